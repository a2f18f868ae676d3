/**
 * The sweep panel: the form on the left (one or two parameters, metric, replications,
 * seed, run/cancel with progress, the equivalent command line) and the results on the
 * right, filling in point by point while the sweep runs.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { metricInfo, type Scenario } from '../../sim/index.js';
import { useStore } from '../state/store.js';
import { sweepCommandLine } from './cli-text.js';
import { SWEEP_NS } from '../i18n/namespaces.js';
import { JobControls } from './job-controls.js';
import { MetricFields } from './metric-fields.js';
import { ParamField } from './param-field.js';
import { metricSpecOf, paramFormFor, queueStations, readSweepForm, type SweepForm } from './sweep-form.js';
import { SweepResults } from './sweep-results.js';
import type { SweepSession } from './sweep-session.js';
import { editSweepForm, sweepFraction } from './sweep-state.js';

export function SweepPanel({ session, scenario, fileName }: { session: SweepSession; scenario: Scenario; fileName: string }) {
  const { t } = useTranslation(SWEEP_NS);
  const state = useStore(session.state);
  const form = state.sweepForm;
  const job = state.sweep;
  const errors = state.sweepErrors;
  const request = useMemo(() => (form ? readSweepForm(form, scenario) : null), [form, scenario]);
  if (!form) return null;
  const set = (patch: (f: SweepForm) => SweepForm) => session.update((s) => editSweepForm(s, patch));
  const p = job.progress;
  const progressText = job.running
    ? t('progress', { done: p?.replicationsDone ?? 0, total: p?.replicationsTotal ?? 0, points: p?.pointsDone ?? 0, pointsTotal: p?.points ?? 0, workers: job.workers })
    : job.error
      ? t(`errors.${job.error.code}`, { defaultValue: job.error.code })
      : job.result
        ? t('done', { points: job.result.rows.length })
        : t('idle');
  const queues = queueStations(scenario);
  return (
    <div className="sweep-layout">
      <aside className="sweep-form" aria-label={t('panels.sweep')}>
        {form.params.map((pf, i) => (
          <div key={i}>
            <ParamField
              index={i}
              scenario={scenario}
              form={pf}
              pathError={errors[i === 0 ? 'path0' : 'path1']}
              valuesError={errors[i === 0 ? 'values0' : 'values1']}
              onChange={(next) => set((f) => ({ ...f, params: (i === 0 ? [next, ...f.params.slice(1)] : [f.params[0], next]) as SweepForm['params'] }))}
            />
            {i === 1 ? (
              <button type="button" className="btn btn-small" data-testid="sweep-remove-param" onClick={() => set((f) => ({ ...f, params: [f.params[0]] }))}>
                {t('removeParam')}
              </button>
            ) : null}
          </div>
        ))}
        {form.params.length === 1 ? (
          <button
            type="button"
            className="btn btn-small"
            data-testid="sweep-add-param"
            onClick={() => set((f) => ({ ...f, params: [f.params[0], paramFormFor(scenario, f.params[0].path === 'arrivals.scale' ? `stations[id=${queues[0] ?? ''}].servers` : 'arrivals.scale')] }))}
          >
            {t('addParam')}
          </button>
        ) : null}
        <MetricFields
          kind="sweep"
          scenario={scenario}
          metric={form.metric}
          station={form.station}
          stationInvalid={Boolean(errors.station)}
          onMetric={(m) => set((f) => ({ ...f, metric: m }))}
          onStation={(id) => set((f) => ({ ...f, station: id }))}
        />
        <JobControls
          kind="sweep"
          settings={form}
          errors={errors}
          onSetting={(k, v) => set((f) => ({ ...f, [k]: v }))}
          defaultSeed={scenario.seed ?? 1}
          job={job}
          onRun={() => session.startSweep(scenario)}
          onCancel={() => session.cancelSweep()}
          progress={{ fraction: job.running ? sweepFraction(p) : job.result && !job.error ? 1 : 0, text: progressText, indeterminate: false }}
          commandLine={request?.ok ? sweepCommandLine(fileName, request.value) : null}
        />
        <p className="hint">{t(metricInfo(metricSpecOf(form.metric, form.station)).better === 'lower' ? 'betterLower' : 'betterHigher')}</p>
      </aside>
      <section className="sweep-main">{job.result ? <SweepResults result={job.result} scenario={scenario} running={job.running} /> : <p className="panel-empty">{job.running ? progressText : t('idle')}</p>}</section>
    </div>
  );
}
