/**
 * The capacity planner panel: the target (metric, station, comparator, value), the stations
 * that may vary with their bounds, replications and seed; run/cancel with what the search
 * is trying; then the answer and how close one server fewer comes.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, metricInfo, type Scenario } from '../../sim/index.js';
import { useStore } from '../state/store.js';
import { planCommandLine } from './cli-text.js';
import { SWEEP_NS } from '../i18n/namespaces.js';
import { useScenarioNames } from '../state/use-display-names.js';
import { JobControls } from './job-controls.js';
import { MetricFields } from './metric-fields.js';
import { currentServers, readPlanForm, switchPlanMetric, type PlanForm } from './plan-form.js';
import { PlanResults } from './plan-results.js';
import { metricSpecOf } from './sweep-form.js';
import { fmtServers } from '../../present/sweep-format.js';
import type { SweepSession } from './sweep-session.js';
import { editPlanForm } from './sweep-state.js';

/** The planner's own default upper bound (capacity-plan.ts), shown as the placeholder. */
function defaultMax(current: number): number {
  return Math.min(LIMITS.servers, Math.max(40, current * 4));
}

export function PlanPanel({ session, scenario, fileName }: { session: SweepSession; scenario: Scenario; fileName: string }) {
  const { t } = useTranslation(SWEEP_NS);
  const state = useStore(session.state);
  const form = state.planForm;
  const job = state.plan;
  const errors = state.planErrors;
  const request = useMemo(() => (form ? readPlanForm(form, scenario) : null), [form, scenario]);
  const names = useScenarioNames(scenario);
  const stationLabel = (id: string) => names.station(id);
  if (!form) return null;
  const set = (patch: (f: PlanForm) => PlanForm) => session.update((s) => editPlanForm(s, patch));
  const unit = metricInfo(metricSpecOf(form.metric, form.station)).unit;
  const p = job.progress;
  const progressText = job.running
    ? p
      ? t('plan.progress', { evaluations: p.evaluations, replications: p.replicationsRun, phase: p.phase === 'search' ? t('plan.phaseSearch') : p.phase === 'check' ? t('plan.phaseCheck') : t('plan.phaseNeighbours'), servers: fmtServers(p.servers, stationLabel) })
      : t('plan.phaseSearch')
    : job.error
      ? t(`errors.${job.error.code}`, { defaultValue: job.error.code })
      : job.result
        ? t('plan.done', { points: job.result.evaluated.length })
        : t('idle');
  const current = (id: string) => currentServers(scenario, id).count;
  return (
    <div className="sweep-layout">
      <aside className="sweep-form" aria-label={t('panels.plan')}>
        <fieldset>
          <legend>{t('plan.target')}</legend>
          <MetricFields
            kind="plan"
            scenario={scenario}
            metric={form.metric}
            station={form.station}
            onMetric={(m) => set((f) => switchPlanMetric(f, m, scenario))}
            onStation={(id) => set((f) => ({ ...f, station: id }))}
          />
          <div className="sweep-row sweep-row-target">
            <div className="field">
              <label htmlFor="plan-op">{t('plan.comparator')}</label>
              <select id="plan-op" className="input" data-testid="plan-op" value={form.op} onChange={(e) => set((f) => ({ ...f, op: e.target.value === '>=' ? '>=' : '<=' }))}>
                <option value="<=">≤</option>
                <option value=">=">≥</option>
              </select>
            </div>
            <div className={`field${errors.value ? ' field-invalid' : ''}`}>
              <label htmlFor="plan-value">{t('plan.value')}</label>
              <div className="field-control">
                <input id="plan-value" className="input input-number" data-testid="plan-value" aria-invalid={Boolean(errors.value)} value={form.value} onChange={(e) => set((f) => ({ ...f, value: e.target.value }))} />
                <span className="field-unit">{t(`units.${unit}`)}</span>
              </div>
              {errors.value ? (
                <div className="field-error" role="alert">
                  {errors.value}
                </div>
              ) : null}
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('plan.stations')}</legend>
          <table className="table table-edit sweep-stations">
            <thead>
              <tr>
                <th>{t('plan.vary')}</th>
                <th className="num">{t('plan.current')}</th>
                <th>{t('plan.min')}</th>
                <th>{t('plan.max')}</th>
              </tr>
            </thead>
            <tbody>
              {form.stations.map((s, i) => (
                <tr key={s.id}>
                  <td>
                    <label className="check-row sweep-check">
                      <input
                        type="checkbox"
                        data-testid={`plan-vary-${s.id}`}
                        checked={s.vary}
                        onChange={(e) => set((f) => ({ ...f, stations: f.stations.map((x, k) => (k === i ? { ...x, vary: e.target.checked } : x)) }))}
                      />
                      <span title={s.id}>{stationLabel(s.id)}</span>
                    </label>
                  </td>
                  <td className="num" data-testid={`plan-current-${s.id}`}>
                    {current(s.id)}
                    {currentServers(scenario, s.id).scheduled ? <span className="hint"> ({t('plan.peak')})</span> : null}
                  </td>
                  {(['min', 'max'] as const).map((k) => (
                    <td key={k}>
                      <input
                        className="input input-number sweep-bound"
                        data-testid={`plan-${k}-${s.id}`}
                        aria-label={`${stationLabel(s.id)} ${t(`plan.${k}`)}`}
                        aria-invalid={Boolean(errors[`${k}:${s.id}`])}
                        title={errors[`${k}:${s.id}`]}
                        disabled={!s.vary}
                        placeholder={k === 'min' ? '1' : String(defaultMax(current(s.id)))}
                        value={s[k]}
                        onChange={(e) => set((f) => ({ ...f, stations: f.stations.map((x, n) => (n === i ? { ...x, [k]: e.target.value } : x)) }))}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {errors.stations ? (
            <div className="field-error" role="alert">
              {errors.stations}
            </div>
          ) : null}
        </fieldset>
        <JobControls
          kind="plan"
          settings={form}
          errors={errors}
          onSetting={(k, v) => set((f) => ({ ...f, [k]: v }))}
          defaultSeed={scenario.seed ?? 1}
          job={job}
          onRun={() => session.startPlan(scenario)}
          onCancel={() => session.cancelPlan()}
          progress={{ fraction: job.result && !job.running ? 1 : 0, text: progressText, indeterminate: job.running }}
          commandLine={request?.ok ? planCommandLine(fileName, request.value) : null}
        />
        <p className="hint">{t('plan.soundness')}</p>
      </aside>
      <section className="sweep-main">{job.result && !job.running ? <PlanResults plan={job.result} scenario={scenario} /> : <p className="panel-empty">{job.running ? progressText : t('idle')}</p>}</section>
    </div>
  );
}
