/**
 * How sweep and plan figures are written on screen: one place, so the end-to-end test can
 * compute the exact text it expects from `sweep()` and `planCapacity()`. Times in seconds
 * with one decimal, shares as percentages with one decimal, rates as whole passengers per
 * hour — the workbench's own formats (present/format.ts).
 */
import type { MetricInfo, PlanEvaluation, SweepResult, SweepRow } from '../sim/index.js';
import { fmtInt, fmtSeconds } from './format.js';

export type MetricUnit = MetricInfo['unit'];

/** A metric value in its display unit, without the unit: "123.4", "97.5", "1,234". */
export function fmtMetric(value: number, unit: MetricUnit): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'share') return (value * 100).toFixed(1);
  if (unit === 'pax/h') return fmtInt(value);
  return fmtSeconds(value);
}

/** The number a chart plots: shares as percentages, the rest as they are. */
export function chartValue(value: number, unit: MetricUnit): number {
  return unit === 'share' ? value * 100 : value;
}

/** "[120.3, 131.9]" in the metric's display unit. */
export function fmtMetricInterval(ci: [number, number], unit: MetricUnit): string {
  return `[${fmtMetric(ci[0], unit)}, ${fmtMetric(ci[1], unit)}]`;
}

/** A parameter value as typed, without float noise: 0.30000000000000004 → "0.3". */
export function fmtParam(v: number): string {
  return String(+v.toPrecision(10));
}

/** "border 9, xray 3" */
export function fmtServers(servers: PlanEvaluation['servers'], station: (id: string) => string = (id) => id): string {
  return Object.entries(servers)
    .map(([id, n]) => `${station(id)} ${n}`)
    .join(', ');
}

/** The short name of a path for axis titles when no picker label is known: its last step. */
export function shortPath(path: string): string {
  return path.split('.').at(-1) ?? path;
}

/**
 * The row of a two-parameter sweep at (i, j), found by its values so a sweep still running
 * (only finished points present) shows each point in its own cell; undefined while pending.
 */
export function gridRow(result: SweepResult, i: number, j: number): SweepRow | undefined {
  const a = result.params[0].values[i];
  const b = result.params[1].values[j];
  return result.rows.find((r) => r.values[0] === a && r.values[1] === b);
}

/** Half the width of a row's interval (the "±" of a heat-map cell). */
export function halfWidth(row: SweepRow): number {
  return row.ci95 ? (row.ci95[1] - row.ci95[0]) / 2 : NaN;
}
