/**
 * Replications, seed, run and cancel, and the progress bar. Everything here has a fixed
 * size, so the layout does not move while a run progresses.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { warmUpCharts } from '../charts/chart-warmup.js';
import { MAX_REPLICATIONS } from '../../sim/index.js';
import { parseNumber } from '../editor/fields.js';
import { useDoc, useRunsLive, useView, useWorkbench } from '../state/context.js';

export function RunBar() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const runs = useRunsLive();
  const doc = useDoc();
  const active = runs.active;
  // Near the end of a run, the idle UI thread compiles the charts' code in short steps, so the
  // results' first chart is not a long task (issue 12). Not at the start: on a run of minutes
  // V8 may drop the compiled code of functions unused that long.
  const ending = active !== null && active.done >= active.total * 0.9;
  useEffect(() => {
    if (ending) warmUpCharts();
  }, [ending]);
  const pct = active ? Math.round((active.done / active.total) * 100) : 0;
  const repsOk = Number.isInteger(view.replications) && view.replications >= 1 && view.replications <= MAX_REPLICATIONS;
  return (
    <div className="run-bar" role="group" aria-label={t('run.title')}>
      <label className="run-field">
        <span>{t('run.replications')}</span>
        <input
          className={`input input-small${repsOk ? '' : ' input-invalid'}`}
          type="text"
          inputMode="numeric"
          data-testid="replications"
          aria-invalid={!repsOk}
          value={Number.isNaN(view.replications) ? '' : String(view.replications)}
          onChange={(e) => wb.setView({ replications: parseNumber(e.target.value) })}
        />
      </label>
      <label className="run-field">
        <span>{t('run.seed')}</span>
        <input
          className="input input-small"
          type="text"
          inputMode="numeric"
          data-testid="seed"
          placeholder={String(doc?.scenario.seed ?? 1)}
          value={view.seed === null ? '' : String(view.seed)}
          onChange={(e) => {
            const n = parseNumber(e.target.value);
            wb.setView({ seed: e.target.value.trim() === '' || !Number.isInteger(n) || n < 0 ? null : n });
          }}
        />
      </label>
      {active ? (
        <button type="button" className="btn btn-danger run-button" data-testid="cancel" onClick={() => wb.cancelRun()}>
          {t('run.cancel')}
        </button>
      ) : (
        <button type="button" className="btn btn-primary run-button" data-testid="run" disabled={!doc || !repsOk} onClick={() => wb.run(t('run.invalidTitle'))}>
          {t('run.run')}
        </button>
      )}
      <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={t('run.progress')} data-testid="progress">
        <div className="progress-fill" style={{ transform: `scaleX(${pct / 100})` }} />
        <span className="progress-text">
          {active
            ? t('run.progressText', { done: active.done, total: active.total, workers: active.workers })
            : runs.error
              ? t(`run.errors.${runs.error.code}`, { defaultValue: runs.error.code })
              : t('run.idle')}
        </span>
      </div>
    </div>
  );
}
