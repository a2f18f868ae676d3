/**
 * Which charts a run and a comparison export, each built by the UI's own option builder
 * with labels in the report's language. One list for the CLI (`--charts DIR`), the HTML
 * report and the UI's export, so they never disagree about what a chart shows.
 */
import type { RunResult } from '../../sim/index.js';
import { clearanceCdfOption, clearanceHistogramOption, queueOverTimeOption, stationWaitsOption, throughputOption, utilizationOverTimeOption } from '../charts/result-charts.js';
import { withAxisNames, type ChartOption } from './chart-svg.js';
import type { ReportStrings } from '../words/report-words.js';

export type RunChartId = 'histogram' | 'cdf' | 'queue' | 'utilization' | 'throughput';
export type CompareChartId = 'compare-cdf' | 'compare-waits';

export interface ExportChart<Id extends string = string> {
  /** Stable id, also the file name stem (`histogram.svg`). */
  id: Id;
  title: string;
  option: ChartOption;
}

export interface NamedResult {
  name: string;
  result: RunResult;
  /** Station names in the chart's language (the scenario's translation); default: the result's labels. */
  station?: (id: string) => string;
}

function stationLabeller(runs: readonly NamedResult[]): (id: string) => string {
  const m = new Map<string, string>();
  for (const r of runs) for (const s of r.result.stations) if (!m.has(s.id)) m.set(s.id, r.station?.(s.id) ?? (s.label || s.id));
  return (id) => m.get(id) ?? id;
}

/** The five charts of one run: distribution, cumulative share, queues, utilisation and throughput over time. */
export function runCharts(run: NamedResult, s: ReportStrings): ExportChart<RunChartId>[] {
  const r = run.result;
  const c = s.chart;
  const label = stationLabeller([run]);
  return [
    { id: 'histogram', title: c.histogram, option: clearanceHistogramOption(r, { x: c.clearanceMin, y: c.passengersPerRun, series: c.passengers, target: c.target }) },
    { id: 'cdf', title: c.cumulative, option: clearanceCdfOption([run], { x: c.clearanceMin, y: c.shareCleared }) },
    { id: 'queue', title: c.queueOverTime, option: queueOverTimeOption(r, { x: c.time, y: c.queueLength }, label) },
    { id: 'utilization', title: c.utilizationOverTime, option: utilizationOverTimeOption(r, { x: c.time, y: c.utilizationPct, full: c.saturated }, label) },
    { id: 'throughput', title: c.throughputOverTime, option: throughputOption(r, { x: c.time, y: c.perHour, out: c.throughput, in: c.arrivals }) },
  ];
}

/** The two charts of a comparison: cumulative curves overlaid and mean wait per station side by side. */
export function compareCharts(runs: readonly NamedResult[], s: ReportStrings): ExportChart<CompareChartId>[] {
  const c = s.chart;
  const list = [...runs];
  const label = stationLabeller(list);
  return [
    { id: 'compare-cdf', title: c.cumulative, option: clearanceCdfOption(list, { x: c.clearanceMin, y: c.shareCleared }) },
    { id: 'compare-waits', title: c.waits, option: withAxisNames(stationWaitsOption(list, { x: c.station, y: c.meanWaitS }, label), { x: c.station }) },
  ];
}
