/**
 * The trainers' replay view: pick a scenario and seed (or open a replay file), the trace is
 * rebuilt in a worker, then the lane plays as an animation with the clock, live counters,
 * legend, a followed passenger, bookmarks and the timeline. Files go through the Host, so
 * the view works the same in the desktop app and in a browser, offline.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host, Language } from '../host/host-api.js';
import { displayNames, ENGINE_VERSION, scenarioClock, validateScenario, type RunLog, type Scenario } from '../../sim/index.js';
import {
  buildReplayModel,
  DEFAULT_RECORD_VISITS,
  serializeReplay,
  type Bookmark,
  type ReplayDocument,
  type ReplayPhase,
} from '../../sim/replay/index.js';
import { openInWorker, type OpenJob } from './open-file.js';
import { BookmarksPanel } from './bookmarks-panel.js';
import { CountersPanel } from './counters-panel.js';
import type { LaneLabels } from './draw-lane.js';
import { FollowPanel } from './follow-panel.js';
import { ReplayClockContext, useFormatClock } from './clock-context.js';
import { REPLAY_NS } from '../i18n/namespaces.js';
import { validationLine } from '../../present/words/validation-words.js';
import { LaneCanvas } from './lane-canvas.js';
import { LegendPanel } from './legend-panel.js';
import { loadTrace, type TraceJob } from './load-trace.js';
import { ReplayControls } from './replay-controls.js';
import { bundledTitle } from '../state/names.js';
import { replayNames, stationChecks, stationTitle, type Lang } from './replay-names.js';
import { ReplayPlayer } from './replay-player.js';
import { TimelineBar } from './timeline-bar.js';
import './replay.css';

export interface ReplayScenarioChoice {
  id: string;
  name: string;
  json: unknown;
  /**
   * The seed to replay this choice with when the trainer types none: in the workbench, the
   * seed its run uses (header override or the scenario's), so the replay is the run just
   * looked at. Without it the scenario's own seed.
   */
  seed?: number;
  /** The seed is the workbench run's: the header line says so when it is used. */
  seedFromRun?: boolean;
  /** Shown after the scenario's (translated) name in the picker, e.g. the document's file name. */
  detail?: string;
}

/**
 * Where a replay survives the view being unmounted (the workbench switching tabs): the
 * document, its trace (or the build of it still under way) and the moment shown. Owned by
 * whoever mounts the view.
 */
export interface ReplaySession {
  doc: ReplayDocument;
  /** The picker choice it was built from and that choice's seed then; null for a file opened. */
  choice: ChoiceRef | null;
  docName: string;
  /** The trace; null while it is still being built (then `build` is the worker building it) or when its build failed. */
  log: RunLog | null;
  /**
   * The trace's build when the view went away before it was done: it goes on in its worker
   * and the view, back, shows its result (the replay left behind, not an older one).
   */
  build?: TraceJob;
  t: number;
  followed: number;
  /** The toolbar as it was left: the picker's choice and the seed typed (the seed stays, so "Build replay" stays enabled). */
  form?: { picker: string; seedText: string };
}

export interface ReplayViewProps {
  host: Host;
  /** Scenarios offered in the picker (the bundled ones, the open document…). */
  scenarios: readonly ReplayScenarioChoice[];
  /** Shows a language switch (the standalone page; in the workbench the shell has one). */
  onLanguageChange?: (language: Language) => void;
  /** Restores the replay shown last time and is told of changes (optional). */
  session?: { get(): ReplaySession | null; set(session: ReplaySession | null): void };
}

/** Which picker choice a replay was built from, with the seed the choice offered at the time. */
export interface ChoiceRef {
  id: string;
  seed?: number;
}

/** A message kept as a key and values, so it follows a change of language. */
type Notice = { kind: 'info' | 'error'; key: string; params?: Record<string, unknown>; details?: string[] } | null;

/** Whether the replay uses the workbench run's seed (the header line then says so). */
function usesRunSeed(scenarios: readonly ReplayScenarioChoice[], choice: ChoiceRef | null, seed: number): boolean {
  const c = choice === null ? undefined : scenarios.find((s) => s.id === choice.id);
  return Boolean(c?.seedFromRun) && c?.seed === seed;
}

function slug(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'replay';
}

interface StageProps {
  doc: ReplayDocument;
  log: RunLog;
  lang: Lang;
  onBookmarks(b: Bookmark[]): void;
  /** Moment and followed passenger to start from (a restored session). */
  start: { t: number; followed: number } | null;
  onMoment(t: number, followed: number): void;
}

/** The stage, with the scenario's clock for every panel (time of day when it names a startTime). */
function ReplayStage(props: StageProps) {
  const clock = useMemo(() => scenarioClock(props.doc.scenario), [props.doc.scenario]);
  return (
    <ReplayClockContext.Provider value={clock}>
      <ReplayStageBody {...props} />
    </ReplayClockContext.Provider>
  );
}

function ReplayStageBody({ doc, log, lang, onBookmarks, start, onMoment }: StageProps) {
  const { t } = useTranslation(REPLAY_NS);
  const formatClock = useFormatClock();
  const model = useMemo(() => buildReplayModel(doc.scenario, log), [doc.scenario, log]);
  const player = useMemo(() => {
    const p = new ReplayPlayer(model);
    if (start) {
      p.seek(start.t);
      if (start.followed < model.index.nPassengers) p.follow(start.followed);
    }
    return p;
  }, [model, start]);
  const snap = useSyncExternalStore(player.subscribe, player.getSnapshot);
  // Stations, classes and checks by the scenario's names in the current language.
  const names = useMemo(() => replayNames(doc.scenario, lang), [doc.scenario, lang]);
  useEffect(() => {
    if (!snap.playing) onMoment(snap.t, snap.followed);
  }, [snap.t, snap.playing, snap.followed, onMoment]);
  const labels: LaneLabels = useMemo(
    () => ({
      title: (s) => stationTitle(model, s, names),
      subtitle: (s) => {
        const st = model.lane.stations[s];
        const mode = st.mode === 0 ? t('servers', { count: st.schedule?.max ?? 0 }) : st.mode === 1 ? t('modeDelay') : t('modeReclaim');
        const checks = stationChecks(model, s, names);
        const sec = model.layout.stations[s].secondary ? `${t('secondary')} · ` : '';
        return `${sec}${checks ? `${checks} · ` : ''}${mode}`;
      },
      entrance: t('entrance'),
      exit: t('exit'),
      queueBadge: (n) => t('queueBadge', { n }),
      waitingBags: (n) => t('waitingBags', { n }),
      serversOpen: (busy, n) => t('serversOpen', { busy, n }),
    }),
    [model, t, names],
  );
  const truncatedAt = model.index.completeUntil;
  return (
    <div className="rp-stage">
      <div className="rp-main">
        <div className="rp-canvas-wrap">
          <LaneCanvas player={player} labels={labels} ariaLabel={displayNames(doc.scenario, lang).scenario} />
          {Number.isFinite(truncatedAt) ? <div className="rp-banner rp-banner-warn">{t('truncated', { time: formatClock(truncatedAt) })}</div> : null}
        </div>
        <div className="rp-bottom">
          <ReplayControls player={player} snap={snap} names={names} />
          <TimelineBar player={player} bookmarks={doc.bookmarks} label={t('timeline')} curveLabel={t('queueCurve')} laneLabel={t('inLaneCurve')} />
        </div>
      </div>
      <aside className="rp-side">
        <CountersPanel model={model} snap={snap} names={names} />
        <LegendPanel model={model} names={names} />
        <FollowPanel player={player} snap={snap} names={names} />
        <BookmarksPanel
          bookmarks={doc.bookmarks}
          now={snap.t}
          onAdd={(b) => onBookmarks([...doc.bookmarks, b].sort((x, y) => x.atSeconds - y.atSeconds))}
          onRemove={(i) => onBookmarks(doc.bookmarks.filter((_, k) => k !== i))}
          onJump={(at) => {
            player.pause();
            player.seek(at);
          }}
        />
      </aside>
    </div>
  );
}

export function ReplayView({ host, scenarios, onLanguageChange, session }: ReplayViewProps) {
  const { t, i18n } = useTranslation(REPLAY_NS);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [restored] = useState(() => session?.get() ?? null);
  // A restored replay brings back its toolbar: the choice (if still offered) and the seed as typed, else the replay's own seed.
  const [choice, setChoice] = useState(() => (restored?.form && scenarios.some((s) => s.id === restored.form?.picker) ? restored.form.picker : (scenarios[0]?.id ?? '')));
  const [seedText, setSeedText] = useState(() => restored?.form?.seedText ?? (restored ? String(restored.doc.seed) : ''));
  const [doc, setDoc] = useState<ReplayDocument | null>(restored?.doc ?? null);
  const [docName, setDocName] = useState(restored?.docName ?? '');
  const [docChoice, setDocChoice] = useState<ChoiceRef | null>(restored?.choice ?? null);
  const [log, setLog] = useState<RunLog | null>(restored?.log ?? null);
  const moment = useRef({ t: restored?.t ?? NaN, followed: restored?.followed ?? -1 });
  const onMoment = useCallback((t: number, followed: number) => {
    moment.current = { t, followed };
  }, []);
  const restoredMoment = useMemo(() => (restored && restored.log !== null && restored.log === log && Number.isFinite(restored.t) ? { t: restored.t, followed: restored.followed } : null), [restored, log]);
  const [building, setBuilding] = useState(() => Boolean(restored?.build));
  const [notice, setNotice] = useState<Notice>(null);
  const [includeTrace, setIncludeTrace] = useState(false);
  // The trace being built: a restored session's build still under way is taken over.
  const job = useRef<TraceJob | null>(restored?.build ?? null);
  // What the view shows, for handing over when it goes away (read once, at unmount).
  const left = useRef<ReplaySession | null>(null);
  useEffect(() => {
    left.current = doc ? { doc, docName, choice: docChoice, log, t: NaN, followed: -1, form: { picker: choice, seedText }, ...(log === null && building && job.current ? { build: job.current } : {}) } : null;
  });
  // On unmount, keep the replay as it was left — a build under way included, which goes on
  // (the old replay must not come back in its place). Without a keeper, the build stops.
  useEffect(() => {
    return () => {
      const kept = left.current;
      if (!session) job.current?.cancel();
      else if (kept) session.set({ ...kept, t: moment.current.t, followed: moment.current.followed });
    };
  }, [session]);
  // A file being opened in its worker (open-file.ts): its name and phase for the banner; Cancel stops it.
  const [opening, setOpening] = useState<{ name: string; phase: ReplayPhase } | null>(null);
  const openJob = useRef<OpenJob | null>(null);
  useEffect(() => () => openJob.current?.cancel(), []);

  /** Waits for a trace's build and shows it, unless a newer build has replaced it meanwhile. */
  const awaitBuild = useCallback((j: TraceJob) => {
    job.current = j;
    j.result.then(
      (l) => {
        if (job.current !== j) return;
        job.current = null;
        setLog(l);
        setBuilding(false);
      },
      (e: Error) => {
        if (job.current !== j || e.message === 'cancelled') return;
        job.current = null;
        setBuilding(false);
        setNotice({ kind: 'error', key: 'buildFailed', params: { message: e.message } });
      },
    );
  }, []);
  // A build handed over by the session (the tab was left while it ran): its result is shown here.
  useEffect(() => {
    if (restored?.build) awaitBuild(restored.build);
  }, [restored, awaitBuild]);

  /** Shows a document: its stored trace at once, or a trace rebuilt in the worker. */
  const show = useCallback(
    (next: ReplayDocument, name: string, choice: ChoiceRef | null) => {
      job.current?.cancel();
      job.current = null;
      // The moment shown belonged to the replay being replaced.
      moment.current = { t: NaN, followed: -1 };
      setDoc(next);
      setDocName(name);
      setDocChoice(choice);
      setSeedText(String(next.seed));
      if (next.log) {
        setLog(next.log);
        setBuilding(false);
        return;
      }
      setLog(null);
      setBuilding(true);
      awaitBuild(loadTrace({ scenario: next.scenario, seed: next.seed, recordVisits: next.recordVisits }));
    },
    [awaitBuild],
  );

  const buildFromChoice = useCallback(
    (id: string, seed: number | null) => {
      const c = scenarios.find((s) => s.id === id);
      if (!c) return;
      const v = validateScenario(c.json);
      if (!v.ok) {
        setNotice({ kind: 'error', key: 'openFailed', params: { name: c.name }, details: v.errors.map((e) => validationLine(e, lang)) });
        return;
      }
      setNotice(null);
      show({ scenario: v.scenario, seed: seed ?? c.seed ?? v.scenario.seed ?? 1, recordVisits: DEFAULT_RECORD_VISITS, bookmarks: [], log: null, title: c.name }, c.name, { id: c.id, seed: c.seed });
    },
    [scenarios, show, lang],
  );

  // Start with the first scenario so the view is never empty. Cleanup cancels the worker;
  // StrictMode's second mount then starts again.
  const buildRef = useRef(buildFromChoice);
  useEffect(() => {
    buildRef.current = buildFromChoice;
  }, [buildFromChoice]);
  const mountScenarios = useRef(scenarios);
  useEffect(() => {
    // A restored replay stays as it was left; new choices (the header's seed changed, another
    // document opened) rebuild, so the replay is always the run the workbench would make.
    // (A build under way when the view goes away is handed to the session on unmount, or cancelled there.)
    if (scenarios.length > 0 && (!restored || scenarios !== mountScenarios.current)) buildRef.current(scenarios[0].id, null);
  }, [scenarios, restored]);

  const open = async () => {
    let file;
    try {
      file = await host.openScenario();
    } catch (e) {
      setNotice({ kind: 'error', key: 'buildFailed', params: { message: String(e instanceof Error ? e.message : e) } });
      return;
    }
    if (!file) return;
    // Parsing, checking and decoding happen in a worker: a large replay must not freeze the page.
    const name = file.name;
    openJob.current?.cancel();
    setOpening({ name, phase: 'parse' });
    const j = openInWorker(file.text, (phase) => {
      if (openJob.current === j) setOpening({ name, phase });
    });
    openJob.current = j;
    let answer;
    try {
      answer = await j.result;
    } catch (e) {
      if (openJob.current !== j) return;
      openJob.current = null;
      setOpening(null);
      const message = e instanceof Error ? e.message : String(e);
      setNotice(message === 'cancelled' ? { kind: 'info', key: 'openCancelled', params: { name } } : { kind: 'error', key: 'openFailed', params: { name }, details: [message] });
      return;
    }
    if (openJob.current !== j) return;
    openJob.current = null;
    setOpening(null);
    if (answer.type === 'invalid') {
      setNotice({ kind: 'error', key: 'openFailed', params: { name }, details: (answer.kind === 'replay' ? answer.errors.slice(0, 8) : answer.errors).map((e) => validationLine(e, lang)) });
      return;
    }
    if (answer.type === 'scenario') {
      setNotice({ kind: 'info', key: 'opened', params: { name } });
      show({ scenario: answer.scenario, seed: answer.scenario.seed ?? 1, recordVisits: DEFAULT_RECORD_VISITS, bookmarks: [], log: null, title: answer.scenario.name }, name, null);
      return;
    }
    const replay = answer.replay;
    const differs = !replay.log && replay.engine && replay.engine !== ENGINE_VERSION;
    if (replay.digestMismatch) setNotice({ kind: 'error', key: 'digestMismatch', params: { name } });
    else setNotice(differs ? { kind: 'info', key: 'engineDiffers', params: { file: replay.engine, current: ENGINE_VERSION } } : { kind: 'info', key: 'opened', params: { name } });
    show(replay, name, null);
  };

  const save = async () => {
    if (!doc) return;
    const text = serializeReplay({ ...doc, log }, { includeTrace, engine: ENGINE_VERSION });
    const base = docName.replace(/\.replay\.json$|\.json$/i, '');
    try {
      const saved = await host.saveScenario({ suggestedName: `${slug(base)}.replay.json`, text }, { saveAs: true });
      if (saved) setNotice({ kind: 'info', key: 'saved', params: { name: saved.name } });
    } catch (e) {
      setNotice({ kind: 'error', key: 'saveFailed', params: { message: e instanceof Error ? e.message : String(e) } });
    }
  };

  const seed = /^\d{1,10}$/.test(seedText) && Number(seedText) <= 2 ** 32 - 1 ? Number(seedText) : null;
  const scenario: Scenario | null = doc?.scenario ?? null;

  return (
    <div className="rp-view" data-testid="replay-view" lang={lang}>
      <header className="rp-toolbar">
        <div className="rp-title">
          <h2>{t('title')}</h2>
          <span className="rp-muted">{t('subtitle')}</span>
        </div>
        <label className="rp-field">
          {t('scenario')}
          <select className="rp-input rp-scenario" value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="replay-scenario">
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {bundledTitle(s, lang)}
                {s.detail ? ` — ${s.detail}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="rp-field">
          {t('seed')}
          <input className="rp-input rp-seed" value={seedText} inputMode="numeric" onChange={(e) => setSeedText(e.target.value)} aria-invalid={seed === null} data-testid="replay-seed" />
        </label>
        <button type="button" className="rp-btn rp-btn-primary" disabled={building || seed === null} onClick={() => buildFromChoice(choice, seed)} data-testid="replay-build">
          {t('rebuild')}
        </button>
        <span className="rp-spacer" />
        <button type="button" className="rp-btn" onClick={() => void open()} data-testid="replay-open">
          {t('open')}
        </button>
        <label className="rp-check">
          <input type="checkbox" checked={includeTrace} onChange={(e) => setIncludeTrace(e.target.checked)} data-testid="replay-include-trace" />
          {t('includeTrace')}
        </label>
        <button type="button" className="rp-btn" disabled={!doc || !log} onClick={() => void save()} data-testid="replay-save">
          {t('save')}
        </button>
        {onLanguageChange ? (
          <select className="rp-input" value={lang} aria-label={t('language')} onChange={(e) => onLanguageChange(e.target.value as Language)} data-testid="replay-language">
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        ) : null}
      </header>
      {opening ? (
        <div className="rp-banner rp-banner-info" role="status" data-testid="replay-opening" data-phase={opening.phase}>
          <span>{t('opening', { name: opening.name, phase: t(`openPhase_${opening.phase}`) })}</span>
          <button type="button" className="rp-link" onClick={() => openJob.current?.cancel()} data-testid="replay-open-cancel">
            {t('openCancel')}
          </button>
        </div>
      ) : null}
      {notice ? (
        <div className={`rp-banner ${notice.kind === 'error' ? 'rp-banner-error' : 'rp-banner-info'}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="replay-notice">
          <span>{t(notice.key, notice.params)}</span>
          {notice.details ? (
            <ul>
              {notice.details.map((d) => (
                <li key={d}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          ) : null}
          {notice.key === 'digestMismatch' && doc ? (
            <button
              type="button"
              className="rp-link"
              data-testid="replay-rebuild"
              onClick={() => {
                setNotice({ kind: 'info', key: 'rebuilt' });
                show({ ...doc, log: null, digestMismatch: false }, docName, null);
              }}
            >
              {t('rebuildTrace')}
            </button>
          ) : null}
          <button type="button" className="rp-link" onClick={() => setNotice(null)} aria-label="×">
            ×
          </button>
        </div>
      ) : null}
      {scenario && doc ? (
        <div className="rp-docline rp-muted" data-testid="replay-doc">
          <strong>{docChoice ? displayNames(scenario, lang).scenario : (doc.title ?? displayNames(scenario, lang).scenario)}</strong> ·{' '}
          <span data-testid="replay-doc-seed">
            {t('seed')} {doc.seed}
            {usesRunSeed(scenarios, docChoice, doc.seed) ? ` (${t('seedFromRun')})` : ''}
          </span>
          {log ? ` · ${t('stats', { passengers: log.passengers.length.toLocaleString(lang), visits: log.visits.length.toLocaleString(lang) })}` : ''}
        </div>
      ) : null}
      {building ? (
        <div className="rp-empty" data-testid="replay-building">
          {t('building')}
        </div>
      ) : doc && log ? (
        <ReplayStage
          doc={doc}
          log={log}
          lang={lang}
          onBookmarks={(b) => setDoc({ ...doc, bookmarks: b })}
          start={restoredMoment}
          onMoment={onMoment}
        />
      ) : (
        <div className="rp-empty">{t('empty')}</div>
      )}
    </div>
  );
}
