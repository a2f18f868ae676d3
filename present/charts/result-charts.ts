/**
 * Option builders for the result charts: pure functions of a RunResult (and the labels in
 * the current language), so they are unit-tested without a DOM and the export feature can
 * render the very same charts to PNG or SVG.
 */
import { own, type RunResult } from '../../sim/index.js';
import { fmtPercent } from '../format.js';
import { baseTextStyle, clockAxis, grid, SERIES_COLORS, valueAxis, wholeLegend } from './chart-theme.js';
import { stationTimeHeatmapOption } from './heat-map.js';

export interface AxisLabels {
  x: string;
  y: string;
}

/** Clearance-time histogram: passengers per bin, in minutes. */
export function clearanceHistogramOption(result: RunResult, labels: AxisLabels & { series: string; target: string }) {
  const { binSeconds, counts } = result.distribution;
  // Trim empty bins on the right so the shape fills the chart.
  let last = counts.length - 1;
  while (last > 0 && counts[last] === 0) last--;
  const data = counts.slice(0, last + 1).map((c, i) => [((i + 0.5) * binSeconds) / 60, c / result.replications]);
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid,
    tooltip: { trigger: 'axis' as const },
    xAxis: { ...valueAxis(labels.x), min: 0, nameLocation: 'middle' as const, nameGap: 26 },
    yAxis: valueAxis(labels.y),
    series: [
      {
        name: labels.series,
        type: 'bar' as const,
        barWidth: '96%',
        barCategoryGap: '0%',
        data,
        markLine: {
          symbol: 'none',
          label: { formatter: labels.target, color: '#b91c1c' },
          lineStyle: { color: '#b91c1c', type: 'dashed' as const },
          data: [{ xAxis: result.withinTarget.seconds / 60 }],
        },
      },
    ],
  };
}

/** Cumulative share cleared by time: one curve per run (1 to 4 runs), from the percentiles. */
export function clearanceCdfOption(runs: Array<{ name: string; result: RunResult }>, labels: AxisLabels) {
  const { legend, top } = wholeLegend(runs.map((r) => r.name));
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top: runs.length > 1 ? top : 36 },
    legend: runs.length > 1 ? legend : undefined,
    tooltip: { trigger: 'axis' as const },
    xAxis: { ...valueAxis(labels.x), min: 0, nameLocation: 'middle' as const, nameGap: 26 },
    yAxis: { ...valueAxis(labels.y), min: 0, max: 100 },
    series: runs.map(({ name, result }) => ({
      name,
      type: 'line' as const,
      showSymbol: false,
      data: result.distribution.percentiles.map((s, p) => [s / 60, p]),
    })),
  };
}

/** The queue stations that have a series in `series`, in lane order: one line each on the time charts. */
function queueStationsIn(result: RunResult, series: Readonly<Record<string, readonly number[]>>): string[] {
  return result.stations.filter((s) => s.mode === 'queue').map((s) => s.id).filter((id) => own(series, id));
}

/** Queue length over time, one line per queueing station. */
export function queueOverTimeOption(result: RunResult, labels: AxisLabels, stationLabel: (id: string) => string) {
  const { t, queue, intervalSeconds } = result.timeseries;
  const ids = queueStationsIn(result, queue);
  const { legend, top } = wholeLegend(ids.map(stationLabel));
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top },
    legend,
    tooltip: { trigger: 'axis' as const },
    xAxis: clockAxis(t, intervalSeconds, labels.x, result.clock),
    yAxis: valueAxis(labels.y),
    series: ids.map((id) => ({ name: stationLabel(id), type: 'line' as const, showSymbol: false, data: queue[id].map((v) => Math.round(v * 10) / 10) })),
  };
}

/** The utilisation bands of the heat map, in % (upper bound exclusive but for the last), light to dark, then saturated. */
export const UTILIZATION_BANDS = [
  { min: 0, max: 25, color: '#eef4fa' },
  { min: 25, max: 50, color: '#b7d3ea' },
  { min: 50, max: 75, color: '#5a9bd0' },
  { min: 75, max: 95, color: '#0b5a99' },
  // Saturated: Okabe–Ito vermillion, apart from the blues in hue for every common colour vision.
  { min: 95, max: 100, color: '#d55e00' },
] as const;

/**
 * Utilisation over time as a station × time heat map (one row per queue station, in lane
 * order, one cell per interval, coloured by band; the last band, at least 95 % busy, named
 * as full): when desks saturate, which the day's average hides (desks 16 % busy over a day
 * can be full through each flight bank), without eight lines on top of each other. Each
 * cell's value is the interval's utilisation in % (one decimal); the x axis is the queue
 * chart's.
 */
export function utilizationOverTimeOption(result: RunResult, labels: AxisLabels & { full: string }, stationLabel: (id: string) => string) {
  const { t, utilization, intervalSeconds } = result.timeseries;
  const ids = queueStationsIn(result, utilization);
  const data: Array<[number, number, number]> = [];
  ids.forEach((id, row) => utilization[id].forEach((v, k) => data.push([k, row, Math.round(v * 1000) / 10])));
  const band = (b: (typeof UTILIZATION_BANDS)[number], last: boolean) => (last ? `≥ ${b.min} % · ${labels.full}` : `${b.min}–${b.max} %`);
  return stationTimeHeatmapOption({
    stations: ids.map(stationLabel),
    xAxis: clockAxis(t, intervalSeconds, labels.x, result.clock),
    data,
    pieces: UTILIZATION_BANDS.map((b, i) => (i === UTILIZATION_BANDS.length - 1 ? { gte: b.min, label: band(b, true), color: b.color } : { gte: b.min, lt: b.max, label: band(b, false), color: b.color })),
    seriesName: labels.y,
    yName: labels.y,
    valueText: (v) => fmtPercent(v / 100),
  });
}

/** Passengers leaving (and arriving) per interval, as rates per hour. */
export function throughputOption(result: RunResult, labels: AxisLabels & { out: string; in: string }) {
  const { t, throughputPerHour, arrivalsPerHour, intervalSeconds } = result.timeseries;
  const { legend, top } = wholeLegend([labels.out, labels.in]);
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top },
    legend,
    tooltip: { trigger: 'axis' as const },
    xAxis: clockAxis(t, intervalSeconds, labels.x, result.clock),
    yAxis: valueAxis(labels.y),
    series: [
      { name: labels.out, type: 'bar' as const, data: throughputPerHour.map(Math.round) },
      { name: labels.in, type: 'line' as const, showSymbol: false, data: arrivalsPerHour.map(Math.round) },
    ],
  };
}

/**
 * Mean wait per station, side by side for 1–4 runs: every station of every run (stations in
 * the baseline's order, then each other run's own), queue stations with their queue wait,
 * a reclaim with its wait for bags, a walk-through with 0; a station a run does not have
 * has no bar there. A removed queue and the reclaim wait that grew are in the chart.
 */
export function stationWaitsOption(runs: Array<{ name: string; result: RunResult }>, labels: AxisLabels, stationLabel: (id: string) => string) {
  const ids: string[] = [];
  for (const { result } of runs) for (const s of result.stations) if (!ids.includes(s.id)) ids.push(s.id);
  const { legend, top } = wholeLegend(runs.map((r) => r.name));
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top, bottom: 72 },
    legend,
    tooltip: { trigger: 'axis' as const },
    xAxis: { type: 'category' as const, data: ids.map(stationLabel), axisLabel: { color: '#64748b', interval: 0, rotate: 30, overflow: 'truncate' as const, width: 96 } },
    yAxis: valueAxis(labels.y),
    series: runs.map(({ name, result }) => ({
      name,
      type: 'bar' as const,
      data: ids.map((id) => {
        const s = result.stations.find((x) => x.id === id);
        return s ? Math.round(s.meanWait * 10) / 10 : null;
      }),
    })),
  };
}
