/**
 * The staffing panel: staff needed per interval (the core's `planStaffing`, run in a
 * worker) as a step chart over the day against today's servers, today's schedule as duty
 * bars, and a roster opened from `lanesim roster --format json` as a Gantt chart of its
 * shifts with the roster's CSV export. Rosters are solved in the command line (HiGHS);
 * the panel says why and shows the command.
 */
import { useMemo, type ChangeEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { scheduleBars, type Scenario, type StaffingStop } from '../../sim/index.js';
import { rosterCsv } from '../../sim/export/index.js';
import { rosterGanttOption, staffingStepOption } from '../../present/charts/staffing-charts.js';
import { onDutyPerInterval } from '../../present/report/roster-report.js';
import { fmtClock, fmtInt, fmtSeconds } from '../../present/format.js';
import { STAFFING_WORDS } from '../../present/words/staffing-words.js';
import { EChart } from '../charts/echart.js';
import { fileStem, CSV_MIME } from '../export/export-files.js';
import { useReportLanguage, useSaveExport } from '../export/use-export.js';
import { SWEEP_NS } from '../i18n/namespaces.js';
import { useStore } from '../state/store.js';
import { useScenarioNames } from '../state/use-display-names.js';
import type { SweepSession } from './sweep-session.js';

const INTERVALS = [900, 1800, 3600];

function ganttHeight(rows: number): number {
  return Math.max(220, Math.min(900, 90 + rows * 22));
}

export function StaffPanel({ session, scenario, fileName }: { session: SweepSession; scenario: Scenario; fileName: string }) {
  const { t } = useTranslation(SWEEP_NS);
  const state = useStore(session.state);
  const names = useScenarioNames(scenario);
  const language = useReportLanguage();
  const w = STAFFING_WORDS[language];
  const save = useSaveExport();
  const form = state.staffForm;
  const job = state.staff;
  const result = job.result && !job.running ? job.result : null;
  const station = result?.stations[0] ?? null;
  const queueIds = scenario.stations.filter((s) => s.mode === 'queue').map((s) => s.id);
  const stepOption = useMemo(() => (station && result ? staffingStepOption(station.intervals, result.intervalSeconds, w) : null), [station, result, w]);
  const todayBars = useMemo(() => {
    const st = scenario.stations.find((s) => s.id === (station?.id ?? form?.station));
    if (!st || st.servers === undefined) return [];
    const steps = typeof st.servers === 'number' ? [{ fromSeconds: 0, servers: st.servers }] : st.servers;
    return scheduleBars(steps, scenario.horizon.arrivalsSeconds);
  }, [scenario, station, form?.station]);
  const roster = state.roster;
  const rosterStep = useMemo(
    () => (roster ? staffingStepOption(roster.doc.requirement.map((r) => ({ fromSeconds: r.fromSeconds, servers: r.servers, ...(r.today !== undefined ? { today: r.today } : {}) })), roster.doc.intervalSeconds, w, onDutyPerInterval(roster.doc)) : null),
    [roster, w],
  );
  const rosterEnd = roster && roster.doc.requirement.length ? roster.doc.requirement[roster.doc.requirement.length - 1].fromSeconds + roster.doc.intervalSeconds : undefined;
  // The core says why an interval is short as a code and figures; the words are the UI's.
  const stopText = (stop: StaffingStop) =>
    stop.code === 'iterationBound' ? t('staff.stop.iterationBound') : t(`staff.stop.${stop.code}`, { servers: stop.servers, wait: t('staff.seconds', { value: fmtSeconds(stop.waitSeconds) }) });
  if (!form) return null;
  const set = (patch: Partial<typeof form>) => session.update((v) => (v.staffForm ? { ...v, staffForm: { ...v.staffForm, ...patch }, staffError: null } : v));
  const p = job.progress;
  const status = job.running
    ? p
      ? t('staff.progress', { iteration: p.iteration, max: p.maxIterations, missing: p.missing })
      : t('staff.run')
    : job.error
      ? `${t(`errors.${job.error.code}`, { defaultValue: job.error.code })}: ${job.error.message}`
      : result
        ? t('staff.done', { iterations: result.iterations, reps: fmtInt(result.simulatedReplications) })
        : t('staff.none');
  const interval = form.intervalSeconds >= 3600 ? `${form.intervalSeconds / 3600}h` : `${form.intervalSeconds / 60}min`;
  const cli = `lanesim staff ${fileName} --station ${form.station} --interval ${interval} --target '${form.target}' -r ${form.replications}`;
  const rosterCli = `lanesim roster ${fileName} --station ${form.station} --interval ${interval} --target '${form.target}' --shifts shifts.json --format json > roster.json`;
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    void f.text().then((text) => session.openRoster(text, f.name));
  };
  return (
    <div className="sweep-layout">
      <aside className="sweep-form" aria-label={t('panels.staff')}>
        <fieldset>
          <legend>{t('panels.staff')}</legend>
          <div className="field">
            <label htmlFor="staff-station">{t('staff.station')}</label>
            <select id="staff-station" className="input" data-testid="staff-station" value={form.station} onChange={(e) => set({ station: e.target.value })}>
              {queueIds.map((id) => (
                <option key={id} value={id}>
                  {names.station(id)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="staff-interval">{t('staff.interval')}</label>
            <select id="staff-interval" className="input" data-testid="staff-interval" value={form.intervalSeconds} onChange={(e) => set({ intervalSeconds: Number(e.target.value) })}>
              {INTERVALS.map((s) => (
                <option key={s} value={s}>
                  {s >= 3600 ? t('staff.intervalHour') : t('staff.intervalMinutes', { n: s / 60 })}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${state.staffError ? ' field-invalid' : ''}`}>
            <label htmlFor="staff-target">{t('staff.target')}</label>
            <input id="staff-target" className="input" data-testid="staff-target" aria-invalid={Boolean(state.staffError)} value={form.target} onChange={(e) => set({ target: e.target.value })} />
            <div className="hint">{t('staff.targetHint')}</div>
          </div>
          <div className="field">
            <label htmlFor="staff-reps">{t('staff.replications')}</label>
            <input id="staff-reps" className="input input-number" data-testid="staff-reps" value={form.replications} onChange={(e) => set({ replications: e.target.value })} />
          </div>
          {state.staffError ? (
            <div className="field-error" role="alert" data-testid="staff-error">
              {state.staffError}
            </div>
          ) : null}
          <div className="sweep-actions">
            {job.running ? (
              <button type="button" className="btn" data-testid="staff-cancel" onClick={() => session.cancelStaff()}>
                {t('staff.cancel')}
              </button>
            ) : (
              <button type="button" className="btn btn-primary" data-testid="staff-run" onClick={() => session.startStaff(scenario)}>
                {t('staff.run')}
              </button>
            )}
          </div>
          <p className="hint" data-testid="staff-status" aria-live="polite">
            {status}
          </p>
          <div className="hint">
            {t('staff.cli')}: <code className="cli-line">{cli}</code>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('staff.roster')}</legend>
          <label className="btn" data-testid="roster-open-label">
            {t('staff.openRoster')}
            <input type="file" accept=".json,application/json" data-testid="roster-open" style={{ display: 'none' }} onChange={onFile} />
          </label>
          {state.rosterError ? (
            <div className="field-error" role="alert" data-testid="roster-error">
              {state.rosterError}
            </div>
          ) : null}
          <p className="hint">
            {/* The command as code, the sentence around it in the UI's language. */}
            <Trans t={t} i18nKey="staff.rosterHint" components={{ code: <code /> }} />
          </p>
          <p className="hint" data-testid="roster-why">
            {t('staff.rosterWhy')}
          </p>
          <div className="hint">
            <code className="cli-line">{rosterCli}</code>
          </div>
        </fieldset>
      </aside>
      <section className="sweep-main">
        {station && result && stepOption ? (
          <div className="card" data-testid="staff-result" data-staff-hours={station.staffHours} data-servers={JSON.stringify(station.intervals.map((iv) => iv.servers))}>
            <div className="card-title">
              {w.stepTitle} · {names.station(station.id)} · {result.target.text}
            </div>
            <div className="card-sub" data-testid="staff-summary">
              {t('staff.summary', {
                need: fmtSeconds(station.staffHours),
                today: fmtSeconds(station.todayStaffHours),
                met: station.cannotBeMet.length === 0 ? t('staff.allMet') : t('staff.someMissed', { count: station.cannotBeMet.length }),
              })}
            </div>
            <EChart option={stepOption} height={300} label={w.stepTitle} testId="staff-step-chart" />
            {station.cannotBeMet.length ? (
              <ul className="hint" data-testid="staff-cannot">
                {station.cannotBeMet.map((c) => (
                  <li key={c.fromSeconds}>{t('staff.cannot', { from: fmtClock(c.fromSeconds), best: c.bestMetric === null ? '—' : t('staff.seconds', { value: fmtSeconds(c.bestMetric) }), reason: stopText(c.stop) })}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : (
          <p className="panel-empty">{status}</p>
        )}
        {todayBars.length ? (
          <div className="card">
            <div className="card-title">{t('staff.todayGantt')} · {names.station(station?.id ?? form.station)}</div>
            <EChart option={rosterGanttOption(todayBars, w, scenario.horizon.arrivalsSeconds)} height={ganttHeight(todayBars.length)} label={t('staff.todayGantt')} testId="staff-today-gantt" />
          </div>
        ) : null}
        {roster && rosterStep ? (
          <div className="card" data-testid="roster-view" data-shifts={roster.doc.shifts.length}>
            <div className="plan-answer-head">
              <div className="card-title">
                {w.ganttTitle} · {roster.doc.station}
              </div>
              <button
                type="button"
                className="btn btn-small"
                data-testid="roster-export-csv"
                onClick={() => void save([{ name: `${fileStem(roster.doc.scenario)}-${roster.doc.station}-roster.csv`, data: rosterCsv(roster.doc.shifts, fmtClock, { bom: true }), mime: CSV_MIME }])}
              >
                {t('staff.exportCsv')}
              </button>
            </div>
            <div className="card-sub" data-testid="roster-summary">
              {t('staff.rosterFile', {
                file: roster.file,
                station: roster.doc.station,
                shifts: roster.doc.shifts.length,
                officers: roster.doc.shifts.reduce((a, s) => a + s.officers, 0),
                paid: fmtSeconds(roster.doc.paidStaffHours),
                verified: roster.doc.verified ? t('staff.verified') : t('staff.notVerified'),
              })}
            </div>
            <EChart option={rosterGanttOption(roster.doc.shifts, w, rosterEnd)} height={ganttHeight(roster.doc.shifts.length)} label={w.ganttTitle} testId="roster-gantt" />
            <EChart option={rosterStep} height={260} label={w.stepTitle} testId="roster-step-chart" />
          </div>
        ) : null}
      </section>
    </div>
  );
}
