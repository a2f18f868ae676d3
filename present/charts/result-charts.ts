/**
 * Option builders for the result charts: pure functions of a RunResult (and the labels in
 * the current language), so they are unit-tested without a DOM and the export feature can
 * render the very same charts to PNG or SVG.
 */
import { clockLabel, own, type RunResult, type ScenarioClock } from '../../sim/index.js';
import { baseTextStyle, grid, SERIES_COLORS, valueAxis } from './chart-theme.js';

export interface AxisLabels {
  x: string;
  y: string;
}

/**
 * The time-of-day axis shared by the charts over the day (queue, utilisation, throughput), so
 * they line up: the port's clock when the scenario names its startTime, elapsed time otherwise.
 */
function clockAxis(t: readonly number[], name: string, clock: ScenarioClock | undefined) {
  return { type: 'category' as const, data: t.map((x) => clockLabel(x, clock)), name, nameLocation: 'middle' as const, nameGap: 26, axisLabel: { color: '#64748b' } };
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
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top: runs.length > 1 ? 56 : 36 },
    legend: runs.length > 1 ? { top: 0, type: 'scroll' as const } : undefined,
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
  const { t, queue } = result.timeseries;
  const ids = queueStationsIn(result, queue);
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top: 56 },
    legend: { top: 0, type: 'scroll' as const },
    tooltip: { trigger: 'axis' as const },
    xAxis: clockAxis(t, labels.x, result.clock),
    yAxis: valueAxis(labels.y),
    series: ids.map((id) => ({ name: stationLabel(id), type: 'line' as const, showSymbol: false, data: queue[id].map((v) => Math.round(v * 10) / 10) })),
  };
}

/**
 * Utilisation over time, one line per queue station, in % (0–100) with a dashed line at
 * 100 %: when desks saturate, which the day's average hides (desks 16 % busy over a day can
 * be full through each flight bank). The x axis is the queue chart's.
 */
export function utilizationOverTimeOption(result: RunResult, labels: AxisLabels & { full: string }, stationLabel: (id: string) => string) {
  const { t, utilization } = result.timeseries;
  const ids = queueStationsIn(result, utilization);
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top: 56 },
    legend: { top: 0, type: 'scroll' as const },
    tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)} %` : '—') },
    xAxis: clockAxis(t, labels.x, result.clock),
    yAxis: { ...valueAxis(labels.y), min: 0, max: 100, interval: 25 },
    series: ids.map((id, i) => ({
      name: stationLabel(id),
      type: 'line' as const,
      showSymbol: false,
      data: utilization[id].map((v) => Math.round(v * 1000) / 10),
      // The saturation line once, on the first series (it is not a station's).
      ...(i === 0
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              // Slate, not red: a station's own line may be red.
              label: { formatter: labels.full, position: 'insideEndTop' as const, color: '#334155' },
              lineStyle: { color: '#334155', type: 'dashed' as const, width: 1.5 },
              data: [{ yAxis: 100 }],
            },
          }
        : {}),
    })),
  };
}

/** Passengers leaving (and arriving) per interval, as rates per hour. */
export function throughputOption(result: RunResult, labels: AxisLabels & { out: string; in: string }) {
  const { t, throughputPerHour, arrivalsPerHour } = result.timeseries;
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top: 56 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' as const },
    xAxis: clockAxis(t, labels.x, result.clock),
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
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top: 56, bottom: 72 },
    legend: { top: 0, type: 'scroll' as const },
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
