/**
 * The figures a sweep plots and a planner targets, read from a RunResult with their 95 %
 * interval over replications. Pooled figures (p95 of all passengers) keep the result's
 * own value as the centre; the interval comes from the spread of the per-replication
 * values, as everywhere else in the result.
 */
import { interval95 } from '../stats/confidence.js';
import type { Interval, RunResult } from '../stats/result-types.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { SimulationError } from '../simulation-error.js';
import { own } from '../scenario/own-key.js';

export const LANE_METRICS = ['mean', 'p95', 'withinTarget', 'throughput'] as const;
export const STATION_METRICS = ['meanWait', 'p95Wait', 'utilization', 'waitOver5Min'] as const;
export type LaneMetricName = (typeof LANE_METRICS)[number];
export type StationMetricName = (typeof STATION_METRICS)[number];
export type MetricName = LaneMetricName | StationMetricName;

export type MetricSpec = { name: LaneMetricName } | { name: StationMetricName; station: string };

export interface MetricInfo {
  label: string;
  unit: 's' | 'share' | 'pax/h';
  /** Which way is better, for charts and for reading a target. */
  better: 'lower' | 'higher';
}

const INFO: Record<MetricName, MetricInfo> = {
  mean: { label: 'mean clearance', unit: 's', better: 'lower' },
  p95: { label: 'p95 clearance', unit: 's', better: 'lower' },
  withinTarget: { label: 'share cleared within target', unit: 'share', better: 'higher' },
  throughput: { label: 'throughput', unit: 'pax/h', better: 'higher' },
  meanWait: { label: 'mean wait', unit: 's', better: 'lower' },
  p95Wait: { label: 'p95 wait', unit: 's', better: 'lower' },
  utilization: { label: 'utilisation', unit: 'share', better: 'lower' },
  waitOver5Min: { label: 'share waiting over 5 min', unit: 'share', better: 'lower' },
};

export interface MetricValue {
  value: number;
  ci95: Interval;
}

export function metricInfo(metric: MetricSpec): MetricInfo {
  return INFO[metric.name];
}

/** "p95 clearance", "p95 wait at border". */
export function metricLabel(metric: MetricSpec): string {
  return 'station' in metric ? `${INFO[metric.name].label} at ${metric.station}` : INFO[metric.name].label;
}

/** Short key for tables and CSV headers: "p95", "border.p95Wait". */
export function metricKey(metric: MetricSpec): string {
  return 'station' in metric ? `${metric.station}.${metric.name}` : metric.name;
}

function isStationMetric(name: string): name is StationMetricName {
  return (STATION_METRICS as readonly string[]).includes(name);
}

function isLaneMetric(name: string): name is LaneMetricName {
  return (LANE_METRICS as readonly string[]).includes(name);
}

/**
 * Reads a metric name, optionally prefixed by a station ("border.p95Wait"), with the
 * station given separately otherwise. Throws 'invalid' naming the accepted names.
 */
export function parseMetric(text: string, station?: string): MetricSpec {
  let name = text.trim();
  let at = station?.trim() || undefined;
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    at = name.slice(0, dot);
    name = name.slice(dot + 1);
  }
  if (isLaneMetric(name)) {
    if (at !== undefined) throw new SimulationError('invalid', `metric "${name}" is a figure of the whole lane: it takes no station`);
    return { name };
  }
  if (isStationMetric(name)) {
    if (at === undefined) throw new SimulationError('invalid', `metric "${name}" needs a station (e.g. border.${name} or --metric-station border)`);
    return { name, station: at };
  }
  throw new SimulationError(
    'invalid',
    `unknown metric "${text}": expected one of ${LANE_METRICS.join(', ')}, or per station ${STATION_METRICS.join(', ')}`,
  );
}

/** Refuses a station metric whose station the scenario does not have. */
export function checkMetric(scenario: Scenario, metric: MetricSpec): void {
  if (!('station' in metric)) return;
  if (!scenario.stations.some((s) => s.id === metric.station)) {
    throw new SimulationError(
      'invalid',
      `metric ${metricKey(metric)}: unknown station id "${metric.station}" (known: ${scenario.stations.map((s) => s.id).join(', ')})`,
    );
  }
}

/** The metric's value and 95 % interval in a result. */
export function readMetric(result: RunResult, metric: MetricSpec): MetricValue {
  const per = result.perReplication;
  switch (metric.name) {
    case 'mean':
      return { value: result.clearance.mean, ci95: result.clearance.meanCI95 };
    case 'p95':
      return { value: result.clearance.p95, ci95: result.clearance.p95CI95 };
    case 'withinTarget':
      return { value: result.withinTarget.share, ci95: result.withinTarget.shareCI95 };
    case 'throughput':
      return { value: result.throughputPerHour, ci95: interval95(per.throughputPerHour, result.throughputPerHour) };
  }
  const st = result.stations.find((s) => s.id === metric.station);
  if (!st) throw new SimulationError('invalid', `metric ${metricKey(metric)}: the result has no station "${metric.station}"`);
  switch (metric.name) {
    case 'meanWait':
      return { value: st.meanWait, ci95: st.meanWaitCI95 };
    case 'p95Wait':
      return { value: st.p95Wait, ci95: interval95(own(per.stationP95Wait, st.id) ?? [], st.p95Wait) };
    case 'utilization':
      return { value: st.utilization, ci95: interval95(own(per.stationUtilization, st.id) ?? [], st.utilization) };
    case 'waitOver5Min':
      return { value: st.shareWaitOver5Min, ci95: interval95(own(per.stationShareWaitOver5Min, st.id) ?? [], st.shareWaitOver5Min) };
  }
}
