/**
 * The replay as a tab of the workbench: its label, and the view fed by the workbench's Host,
 * the open document (first, so "replay what I am editing" is one click) and the bundled
 * scenarios. The document is replayed with the seed the workbench's run uses (the header's
 * seed, else the scenario's), so a trainer replays the run just looked at. The replay's
 * strings are added to the shell's i18next instance as the `replay` namespace the first time
 * either is rendered (the shell's init would wipe them if added earlier).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoc, useView, useWorkbench } from '../state/context.js';
import { runSeedOf } from '../state/workbench.js';
import { keepReplay, keptReplay } from '../state/replay-session.js';
import { BUNDLED } from '../scenarios/bundled.js';
import { REPLAY_NS, registerReplayStrings } from '../i18n/namespaces.js';
import { DOCUMENT_CHOICE, keptReplayIsCurrent } from './kept-replay.js';
import { ReplayView, type ReplayScenarioChoice, type ReplaySession } from './replay-view.js';

/** The tab's label ("回放" / "Replay"). */
export function ReplayTabLabel() {
  const { i18n } = useTranslation();
  registerReplayStrings(i18n);
  return <>{i18n.t('title', { ns: REPLAY_NS })}</>;
}

/** The replay view inside the workbench. */
export function ReplayWorkbenchView() {
  const { i18n } = useTranslation();
  registerReplayStrings(i18n);
  const wb = useWorkbench();
  const doc = useDoc();
  const headerSeed = useView().seed;
  const scenario = doc?.scenario;
  const fileName = doc?.fileName;
  const scenarios = useMemo<ReplayScenarioChoice[]>(() => {
    // The header's seed applies to whatever the workbench runs; bundled scenarios otherwise keep their own.
    const list: ReplayScenarioChoice[] = BUNDLED.map((b) => ({ id: b.id, name: b.name, json: b.json, ...(headerSeed === null ? {} : { seed: headerSeed, seedFromRun: true }) }));
    if (scenario) list.unshift({ id: DOCUMENT_CHOICE, name: `${scenario.name}${fileName ? ` — ${fileName}` : ''}`, json: scenario, seed: runSeedOf({ seed: headerSeed }, scenario), seedFromRun: true, ...(fileName ? { detail: fileName } : {}) });
    return list;
  }, [scenario, fileName, headerSeed]);
  const session = useMemo(
    () => ({
      get: () => {
        const last = keptReplay();
        if (!last) return null;
        if (keptReplayIsCurrent(last.session, last.scenario, scenarios, scenario)) return last.session;
        // Replaced by the run the workbench would make now: a build of it still under way is of no use.
        last.session.build?.cancel();
        return null;
      },
      set: (s: ReplaySession | null) => keepReplay(s ? { session: s, scenario } : null),
    }),
    [scenarios, scenario],
  );
  return <ReplayView host={wb.host} scenarios={scenarios} session={session} />;
}
