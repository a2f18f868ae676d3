/** The session's runs, newest last, named by scenario in the UI's language: pick one to see, tick two to four to compare. */
import { useTranslation } from 'react-i18next';
import { useRuns, useWorkbench } from '../state/context.js';
import { fmtSeconds } from '../../present/format.js';
import { namesFor, runTitle } from '../state/names.js';
import { changesSummary } from '../../present/words/change-words.js';
import { MAX_COMPARE, removeRun, selectRun, setBaseline, toggleCompare } from '../state/runs-state.js';
import { useUiLanguage } from '../state/use-display-names.js';

export function RunList() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const runs = useRuns();
  const lang = useUiLanguage();
  return (
    <aside className="run-list" aria-label={t('runs.title')}>
      <h2 className="section-title">{t('runs.title')}</h2>
      {runs.runs.length === 0 ? <p className="hint">{t('runs.empty')}</p> : null}
      <ul data-testid="run-list">
        {runs.runs.map((r) => {
          const inCompare = runs.compareIds.indexOf(r.id);
          const name = runTitle(r, lang);
          return (
            <li key={r.id} className={`run-item${runs.selectedId === r.id ? ' run-item-selected' : ''}`}>
              <input
                type="checkbox"
                aria-label={t('runs.compareThis', { name })}
                checked={inCompare >= 0}
                disabled={inCompare < 0 && runs.compareIds.length >= MAX_COMPARE}
                onChange={() => wb.runs.update((s) => toggleCompare(s, r.id))}
              />
              <button type="button" className="run-item-main" onClick={() => {
                wb.runs.update((s) => selectRun(s, r.id));
                wb.setView({ tab: 'results' });
              }}>
                <span className="run-name" title={name}>
                  {name}
                </span>
                {r.changes.length ? (
                  <span className="run-changes" data-testid="run-changes">
                    {changesSummary(r.changes, lang, namesFor(r.scenario, lang).station)}
                  </span>
                ) : null}
                <span className="run-meta">
                  {t('runs.meta', { mean: fmtSeconds(r.result.clearance.mean), replications: r.result.replications, seed: r.result.seed })}
                  {' · '}
                  <span title={t('runs.hashHint', { hash: r.result.scenarioHash })} data-testid="run-hash">
                    #{r.result.scenarioHash.slice(0, 8)}
                  </span>
                  {inCompare === 0 ? ` · ${t('runs.baseline')}` : ''}
                </span>
              </button>
              {inCompare > 0 ? (
                <button type="button" className="btn btn-small" data-testid="set-baseline" title={t('runs.setBaseline', { name })} onClick={() => wb.runs.update((s) => setBaseline(s, r.id))}>
                  {t('runs.baselineShort')}
                </button>
              ) : null}
              <button type="button" className="btn btn-icon" aria-label={t('runs.remove', { name })} title={t('runs.remove', { name })} onClick={() => wb.runs.update((s) => removeRun(s, r.id))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="btn btn-block" disabled={runs.compareIds.length < 2} data-testid="open-compare" onClick={() => wb.setView({ tab: 'compare' })}>
        {t('runs.compare', { count: runs.compareIds.length })}
      </button>
    </aside>
  );
}
