/**
 * Comparing two to four runs against the first (the baseline): clearance curves overlaid, a
 * table of every metric with the difference, its 95 % interval and whether it is significant
 * (`compareResults`: paired when the runs share seed and replications), and per-station
 * waits side by side.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareResults, type MetricComparison } from '../../sim/index.js';
import { useRuns } from '../state/context.js';
import { clearanceCdfOption, stationWaitsOption } from '../../present/charts/result-charts.js';
import { decompositionCompareOption } from '../../present/charts/decomposition-chart.js';
import { consolidationWords } from '../../present/words/consolidation-words.js';
import { compareCharts, reportStrings } from '../../present/report/index.js';
import { ChartCard } from '../export/chart-card.js';
import { CompareExportBar } from '../export/compare-export-bar.js';
import { useReportLanguage } from '../export/use-export.js';
import { fmtInterval, fmtSigned } from '../../present/format.js';
import { definitionKey, figureDiffText, figureText } from '../../present/figures/figures.js';
import { figureDefinition } from '../../present/figures/figure-definitions.js';
import { RunList } from '../results/run-list.js';
import { ConsolidationSummary } from './consolidation-summary.js';
import { namesFor, runTitle } from '../state/names.js';
import type { RunRecord } from '../state/runs-state.js';
import { useUiLanguage } from '../state/use-display-names.js';

/** The one rule for a figure of this unit (present/figures): the same text as Results, the report and the CLI. */
function metricFormatter(m: MetricComparison): (n: number) => string {
  return (n) => figureText(m.unit, n);
}

function MetricName({ m, stationLabel }: { m: MetricComparison; stationLabel: (id: string) => string }) {
  const { t } = useTranslation();
  const station = /^stations\.(.+)\.meanWait$/.exec(m.key);
  if (station) return <>{t('compare.metrics.stationWait', { station: stationLabel(station[1]) })}</>;
  return <>{t(`compare.metrics.${m.key}`)}</>;
}

/** A station named as the first of the runs that has it names it, in the UI's language. */
function stationNamer(runs: RunRecord[], lang: string): (id: string) => string {
  return (id) => {
    const r = runs.find((x) => x.result.stations.some((s) => s.id === id));
    return r ? namesFor(r.scenario, lang).station(id) : id;
  };
}

function ComparisonTable({ base, other }: { base: RunRecord; other: RunRecord }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const cmp = useMemo(() => compareResults(base.result, other.result), [base, other]);
  const stationLabel = stationNamer([base, other], lang);
  return (
    <section className="table-card">
      <h3>
        {t('compare.tableTitle', { b: runTitle(other, lang), a: runTitle(base, lang) })}
        <span className={`badge ${cmp.paired ? 'badge-ok' : 'badge-muted'}`} data-testid="paired">
          {cmp.paired ? t('compare.paired') : t('compare.unpaired')}
        </span>
      </h3>
      <table className="table table-data" data-testid="compare-table">
        <thead>
          <tr>
            <th>{t('compare.metric')}</th>
            <th className="num">{t('compare.baseline')}</th>
            <th className="num">{t('compare.candidate')}</th>
            <th className="num" title={figureDefinition('compare.diff', lang)}>
              {t('compare.diff')}
            </th>
            <th className="num">{t('compare.interval')}</th>
            <th>{t('compare.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {cmp.metrics.map((m) => (
            <tr key={m.key} data-testid={`metric-${m.key}`}>
              <td title={figureDefinition(definitionKey(m.key), lang)}>
                <MetricName m={m} stationLabel={stationLabel} />
              </td>
              <td className="num" data-testid="value-a" data-figure={m.key} data-value={m.a}>
                {figureText(m.unit, m.a)}
              </td>
              <td className="num" data-testid="value-b" data-figure={m.key} data-value={m.b}>
                {figureText(m.unit, m.b)}
              </td>
              <td className="num" data-testid="diff" data-value={m.diff}>{figureDiffText(m.unit, m.diff)}</td>
              <td className="num">{fmtInterval(m.diffCI95, (n) => fmtSigned(n, metricFormatter(m)))}</td>
              <td>
                <span className={`badge ${m.winner === 'b' ? 'badge-ok' : m.winner === 'a' ? 'badge-bad' : 'badge-muted'}`} data-testid="verdict">
                  {m.significant ? (m.winner === 'b' ? t('compare.better') : t('compare.worse')) : t('compare.notSignificant')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function CompareView() {
  const { t } = useTranslation();
  const runs = useRuns();
  const lang = useUiLanguage();
  const picked = useMemo(() => runs.compareIds.map((id) => runs.runs.find((r) => r.id === id)).filter((r): r is RunRecord => !!r), [runs]);
  // Runs and stations by their names in the UI's language.
  const series = useMemo(() => picked.map((r) => ({ name: runTitle(r, lang), result: r.result })), [picked, lang]);
  const labelOf = useMemo(() => stationNamer(picked, lang), [picked, lang]);
  const language = useReportLanguage();
  const exports = useMemo(
    () => compareCharts(picked.map((r) => ({ name: runTitle(r, language), result: r.result, station: namesFor(r.scenario, language).station })), reportStrings(language)),
    [picked, language],
  );
  const exportName = series.map((r) => r.name).join(' · ');
  const cdf = useMemo(() => clearanceCdfOption(series, { x: t('charts.clearanceMin'), y: t('charts.shareCleared') }), [series, t]);
  const waits = useMemo(() => stationWaitsOption(series, { x: '', y: t('charts.meanWaitS') }, labelOf), [series, t, labelOf]);
  // Where each lane's seconds go, one stacked bar per run (when every run has its decomposition).
  const words = consolidationWords(lang);
  const parts = useMemo(() => {
    const withParts = series.flatMap((s) => (s.result.decomposition ? [{ name: s.name, decomposition: s.result.decomposition }] : []));
    return withParts.length === series.length && series.length > 0 ? decompositionCompareOption(withParts, { part: (p) => words.parts[p], x: words.secondsPerPassenger, y: words.laneAxis }) : null;
  }, [series, words]);
  const partsExport = exports.find((c) => c.id === 'compare-decomposition');
  return (
    <div className="with-runs">
      <RunList />
      <div className="with-runs-main" data-testid="compare">
        {picked.length < 2 ? (
          <p className="panel-empty">{t('compare.pick')}</p>
        ) : (
          <div className="results">
            <header className="results-header">
              <h2>{t('compare.title', { count: picked.length })}</h2>
              <CompareExportBar runs={picked} />
            </header>
            <div className="chart-grid">
              <ChartCard title={t('compare.curves')} testId="chart-compare-cdf" option={cdf} height={260} chart={exports[0]} scenario={exportName} />
              <ChartCard title={t('compare.waits')} testId="chart-compare-waits" option={waits} height={260} chart={exports[1]} scenario={exportName} />
              {parts && partsExport ? (
                <ChartCard title={words.report.perRunDecompositionChart} testId="chart-compare-decomposition" option={parts} height={120 + picked.length * 48} chart={partsExport} scenario={exportName} />
              ) : null}
            </div>
            {picked.slice(1).map((other) => (
              <ConsolidationSummary key={`summary-${other.id}`} base={picked[0]} other={other} />
            ))}
            {picked.slice(1).map((other) => (
              <ComparisonTable key={other.id} base={picked[0]} other={other} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
