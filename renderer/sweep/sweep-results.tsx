/**
 * A sweep's results: the chart (the metric against the value with its 95 % band, or a
 * heat map for two parameters) and the table. Every figure is the core's SweepResult,
 * formatted only; cells carry the raw value in `data-value` for the end-to-end test. Once
 * every point is done, the chart exports as PNG, SVG and to the clipboard, and the data as
 * JSON and CSV (the CLI's texts); a sweep still running or cancelled exports nothing.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, SweepResult } from '../../sim/index.js';
import { EChart } from '../charts/echart.js';
import { ChartExportBar } from '../export/chart-export-bar.js';
import { fileStem } from '../export/export-files.js';
import { fmtInt } from '../../present/format.js';
import { SWEEP_NS } from '../i18n/namespaces.js';
import { useScenarioNames } from '../state/use-display-names.js';
import { metricLabelOf, paramAxisLabel, paramLabel } from './labels.js';
import { sweepHeatmapOption, sweepLineOption, type SweepChartLabels } from '../../present/charts/sweep-charts.js';
import './sweep-echarts.js';
import { SweepExportBar } from './sweep-export-bar.js';
import { sweepExportChart } from './sweep-export-chart.js';
import { fmtMetric, fmtMetricInterval, fmtParam, gridRow, halfWidth } from '../../present/sweep-format.js';

export function SweepResults({ result, scenario, running }: { result: SweepResult; scenario: Scenario; running: boolean }) {
  const { t } = useTranslation(SWEEP_NS);
  const m = result.metric;
  const unit = m.unit;
  const unitText = t(`units.${unit}`);
  const names = useScenarioNames(scenario);
  const metricName = metricLabelOf(t, m.name, 'station' in m ? m.station : '', names);
  const p1 = paramLabel(t, scenario, result.params[0].path, names);
  const p2 = result.params[1] ? paramLabel(t, scenario, result.params[1].path, names) : '';
  // Axis titles and column headers carry the parameter's unit ("mean service time (s)").
  const x1 = paramAxisLabel(t, scenario, result.params[0].path, names);
  const x2 = result.params[1] ? paramAxisLabel(t, scenario, result.params[1].path, names) : '';
  const labels: SweepChartLabels = useMemo(
    () => ({ x: x1, x2, y: `${metricName} (${unitText})`, metric: metricName, band: t('band'), overload: t('overload'), base: t('baseMark') }),
    [x1, x2, metricName, unitText, t],
  );
  const option = useMemo(() => (result.params.length === 1 ? sweepLineOption(result, labels) : sweepHeatmapOption(result, labels)), [result, labels]);
  const title = result.params.length === 1 ? t('chartTitle', { metric: metricName, param: p1 }) : t('heatTitle', { metric: metricName, p1, p2 });
  const exported = useMemo(() => sweepExportChart(result, labels, title), [result, labels, title]);
  const scenarioName = result.scenario === scenario.name ? names.scenario : result.scenario;
  const complete = !running && result.rows.length === result.params.reduce((n, p) => n * p.values.length, 1);
  const unstable = result.rows.filter((r) => r.status === 'unstable');
  const overloaded = [...new Set(unstable.flatMap((r) => r.stations ?? []))];
  return (
    <div className="sweep-results" data-testid="sweep-results" data-complete={!running}>
      <div className="sweep-results-head">
        <p className="muted sweep-meta" data-testid="sweep-meta">
          {t('sweepMeta', { scenario: scenarioName, seed: result.seed, replications: result.replications, wall: fmtInt(result.wallMs) })}
        </p>
        {complete ? <SweepExportBar result={result} stem={fileStem(scenarioName)} /> : null}
      </div>
      <div className="chart-card">
        <h3>{title}</h3>
        {complete ? <ChartExportBar chart={exported.chart} scenario={scenarioName} testId="sweep-chart" size={{ width: exported.width, height: exported.height }} /> : null}
        <EChart option={option} height={result.params.length === 1 ? 300 : Math.min(420, 140 + 34 * result.params[0].values.length)} label={metricName} testId="sweep-chart" />
        {unstable.length ? <p className="hint sweep-overload-note">{t('unstableNote', { stations: overloaded.map((id) => names.station(id)).join(', ') })}</p> : null}
      </div>
      <div className="table-card">
        <h3>{t('tableTitle')}</h3>
        {result.params.length === 1 ? <LineTable result={result} label={x1} metric={`${metricName} (${unitText})`} /> : <GridTable result={result} p1={x1} p2={x2} metric={metricName} />}
      </div>
    </div>
  );
}

function LineTable({ result, label, metric }: { result: SweepResult; label: string; metric: string }) {
  const { t } = useTranslation(SWEEP_NS);
  const unit = result.metric.unit;
  const base = result.params[0].base;
  return (
    <table className="table table-data" data-testid="sweep-table">
      <thead>
        <tr>
          <th className="num">{label}</th>
          <th className="num">{metric}</th>
          <th className="num">{t('colCi')}</th>
          <th className="num">{t('colPassengers')}</th>
          <th>{t('colStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((r) => (
          <tr key={r.values[0]} data-testid={`sweep-row-${fmtParam(r.values[0])}`} className={r.status === 'unstable' ? 'sweep-row-unstable' : undefined}>
            <td className="num" data-testid="param" data-value={r.values[0]}>
              {fmtParam(r.values[0])}
              {r.values[0] === base ? <span className="badge badge-muted">{t('baseMark')}</span> : null}
            </td>
            <td className="num" data-testid="value" data-value={r.value ?? ''}>
              {r.value === null ? '—' : fmtMetric(r.value, unit)}
            </td>
            <td className="num" data-testid="ci" data-low={r.ci95?.[0] ?? ''} data-high={r.ci95?.[1] ?? ''}>
              {r.ci95 ? fmtMetricInterval(r.ci95, unit) : ''}
            </td>
            <td className="num" data-testid="passengers">
              {r.status === 'ok' ? fmtInt(r.passengers) : ''}
            </td>
            <td>{r.status === 'ok' ? <span className="badge badge-ok">{t('statusOk')}</span> : <span className="badge badge-overload" title={r.message}>{t('overload')} · {r.stations?.join(', ')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GridTable({ result, p1, p2, metric }: { result: SweepResult; p1: string; p2: string; metric: string }) {
  const { t } = useTranslation(SWEEP_NS);
  const unit = result.metric.unit;
  const [a, b] = result.params;
  return (
    <>
      <p className="hint">{t('heatRows', { p1, p2, metric })}</p>
      <div className="sweep-grid-scroll">
        <table className="table table-data" data-testid="sweep-table">
          <thead>
            <tr>
              <th>
                {fmtShort(p1)} \ {fmtShort(p2)}
              </th>
              {b.values.map((v) => (
                <th key={v} className="num">
                  {fmtParam(v)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {a.values.map((v1, i) => (
              <tr key={v1}>
                <th>{fmtParam(v1)}</th>
                {b.values.map((v2, j) => {
                  const r = gridRow(result, i, j);
                  if (!r) return <td key={v2} />;
                  return (
                    <td key={v2} className={`num${r.status === 'unstable' ? ' sweep-cell-unstable' : ''}`} data-testid={`sweep-cell-${fmtParam(v1)}-${fmtParam(v2)}`} data-value={r.value ?? ''}>
                      {r.status === 'ok' && r.value !== null ? `${fmtMetric(r.value, unit)} ± ${fmtMetric(halfWidth(r), unit)}` : t('overload')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function fmtShort(label: string): string {
  return label.length > 24 ? `${label.slice(0, 23)}…` : label;
}
