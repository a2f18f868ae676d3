/**
 * Which charts a run and a comparison export, each built by the UI's own option builder
 * with labels in the report's language. One list for the CLI (`--charts DIR`), the HTML
 * report and the UI's export, so they never disagree about what a chart shows.
 */
import { compareResults, type Comparison, type RunResult } from '../../sim/index.js';
import { decompositionCompareOption, decompositionOption } from '../charts/decomposition-chart.js';
import { stationMapOption, stationMapRowLabel } from '../charts/station-map-chart.js';
import { consolidationWords } from '../words/consolidation-words.js';
import { clearanceCdfOption, clearanceHistogramOption, queueOverTimeOption, stationWaitsOption, throughputOption, utilizationOverTimeOption } from '../charts/result-charts.js';
import { withAxisNames, type ChartOption, type ChartSource } from './chart-svg.js';
import type { ReportStrings } from '../words/report-words.js';

export type RunChartId = 'histogram' | 'cdf' | 'queue' | 'utilization' | 'throughput' | 'decomposition';
/** `compare-stations` maps the first candidate against the baseline, `compare-stations-3` the third run, and so on. */
export type CompareChartId = 'compare-cdf' | 'compare-waits' | 'compare-decomposition' | 'compare-stations' | `compare-stations-${number}`;

export interface ExportChart<Id extends string = string> {
  /** Stable id, also the file name stem (`histogram.svg`). */
  id: Id;
  title: string;
  option: ChartOption;
  /** The run(s) the chart plots, for the file's <metadata>. */
  sources?: ChartSource[];
}

export interface NamedResult {
  name: string;
  result: RunResult;
  /** Station names in the chart's language (the scenario's translation); default: the result's labels. */
  station?: (id: string) => string;
  /** Passenger class names in the chart's language; default: the ids. */
  passengerClass?: (id: string) => string;
}

/** What a chart of this run names as its source. */
function sourceOf(r: RunResult): ChartSource {
  return { scenarioHash: r.scenarioHash, seed: r.seed, replications: r.replications, engine: r.engine };
}

function stationLabeller(runs: readonly NamedResult[]): (id: string) => string {
  const m = new Map<string, string>();
  for (const r of runs) for (const s of r.result.stations) if (!m.has(s.id)) m.set(s.id, r.station?.(s.id) ?? (s.label || s.id));
  return (id) => m.get(id) ?? id;
}

/**
 * The charts of one run: distribution, cumulative share, queues, utilisation and throughput
 * over time, and where each second goes (a stacked bar per passenger group; left out for a
 * result without `decomposition`).
 */
export function runCharts(run: NamedResult, s: ReportStrings): ExportChart<RunChartId>[] {
  const r = run.result;
  const c = s.chart;
  const label = stationLabeller([run]);
  const w = consolidationWords(s.lang);
  const d = r.decomposition;
  const decomposition: ExportChart<RunChartId>[] = d
    ? [
        {
          id: 'decomposition',
          title: w.decompositionChart,
          option: decompositionOption(d, { part: (p) => w.parts[p], all: w.allPassengers, slowest: w.slowest, passengerClass: run.passengerClass ?? ((id) => id), x: w.secondsPerPassenger, y: w.groupAxis }),
        },
      ]
    : [];
  const charts: ExportChart<RunChartId>[] = [
    { id: 'histogram', title: c.histogram, option: clearanceHistogramOption(r, { x: c.clearanceMin, y: c.passengersPerRun, series: c.passengers, target: c.target }) },
    { id: 'cdf', title: c.cumulative, option: clearanceCdfOption([run], { x: c.clearanceMin, y: c.shareCleared }) },
    { id: 'queue', title: c.queueOverTime, option: queueOverTimeOption(r, { x: c.time, y: c.queueLength }, label) },
    { id: 'utilization', title: c.utilizationOverTime, option: utilizationOverTimeOption(r, { x: c.time, y: c.utilizationPct, full: c.saturated }, label) },
    { id: 'throughput', title: c.throughputOverTime, option: throughputOption(r, { x: c.time, y: c.perHour, out: c.throughput, in: c.arrivals }) },
    ...decomposition,
  ];
  return charts.map((chart) => ({ ...chart, sources: [sourceOf(r)] }));
}

/**
 * The charts of a comparison: cumulative curves overlaid, mean wait at every station of
 * every run side by side, where each lane's seconds go (one stacked bar per run), and for
 * each candidate every station of both lanes mapped against the baseline (queueing and
 * service per passenger). `comparisons` (each candidate against the first run) are
 * computed when not given.
 */
export function compareCharts(runs: readonly NamedResult[], s: ReportStrings, comparisons?: readonly Comparison[]): ExportChart<CompareChartId>[] {
  const c = s.chart;
  const list = [...runs];
  const label = stationLabeller(list);
  const w = consolidationWords(s.lang);
  const charts: ExportChart<CompareChartId>[] = [
    { id: 'compare-cdf', title: c.cumulative, option: clearanceCdfOption(list, { x: c.clearanceMin, y: c.shareCleared }) },
    { id: 'compare-waits', title: c.waits, option: withAxisNames(stationWaitsOption(list, { x: c.station, y: c.meanWaitS }, label), { x: c.station }) },
  ];
  const parts = list.flatMap((r) => (r.result.decomposition ? [{ name: r.name, decomposition: r.result.decomposition }] : []));
  if (list.length > 0 && parts.length === list.length) {
    charts.push({ id: 'compare-decomposition', title: w.report.perRunDecompositionChart, option: decompositionCompareOption(parts, { part: (p) => w.parts[p], x: w.secondsPerPassenger, y: w.laneAxis }) });
  }
  const base = list[0];
  list.slice(1).forEach((other, i) => {
    const rows = (comparisons?.[i] ?? compareResults(base.result, other.result)).stationMap;
    if (!rows?.length) return;
    const nameA = stationLabeller([base]);
    const nameB = stationLabeller([other]);
    charts.push({
      id: i === 0 ? 'compare-stations' : `compare-stations-${i + 2}`,
      title: list.length > 2 ? `${w.stationMapChart}: ${other.name}` : w.stationMapChart,
      option: stationMapOption(rows, (row) => stationMapRowLabel(row, nameA, nameB, w, s.lang), { a: base.name, b: other.name, wait: w.wait, service: w.service, y: w.secondsPerPassenger }),
    });
  });
  const sources = list.map((r) => sourceOf(r.result));
  return charts.map((chart) => ({ ...chart, sources }));
}
