/**
 * The run summary in long ("tidy") form, one figure per row: what `lanesim run --format csv`
 * prints. Scope says what the figure is about (lane, class, station), so one sheet holds
 * everything and filters cleanly.
 */
import type { Interval, RunResult } from '../stats/result-types.js';
import { provenanceOf, toCsv, type CsvCell, type CsvOptions } from './csv.js';

export const SUMMARY_CSV_HEADER = ['scope', 'id', 'metric', 'unit', 'value', 'ci95Low', 'ci95High'] as const;

export function summaryCsv(result: RunResult, options: CsvOptions = {}): string {
  const rows: CsvCell[][] = [];
  const add = (scope: string, id: string, metric: string, unit: string, value: number, ci?: Interval) => rows.push([scope, id, metric, unit, value, ci?.[0], ci?.[1]]);
  const c = result.clearance;
  add('lane', '', 'passengers', 'pax', result.passengers);
  add('lane', '', 'clearance.mean', 's', c.mean, c.meanCI95);
  add('lane', '', 'clearance.sd', 's', c.sd);
  add('lane', '', 'clearance.p50', 's', c.p50);
  add('lane', '', 'clearance.p90', 's', c.p90);
  add('lane', '', 'clearance.p95', 's', c.p95, c.p95CI95);
  add('lane', '', 'clearance.p99', 's', c.p99);
  add('lane', '', 'clearance.max', 's', c.max);
  add('lane', '', 'withinTarget', 'share', result.withinTarget.share, result.withinTarget.shareCI95);
  add('lane', '', 'targetSeconds', 's', result.withinTarget.seconds);
  add('lane', '', 'throughputPerHour', 'pax/h', result.throughputPerHour);
  for (const [id, k] of Object.entries(result.byClass)) {
    add('class', id, 'passengers', 'pax', k.passengers);
    add('class', id, 'clearance.mean', 's', k.mean, k.meanCI95);
    add('class', id, 'clearance.p95', 's', k.p95);
  }
  for (const s of result.stations) {
    add('station', s.id, 'served', 'pax', s.served);
    add('station', s.id, 'meanWait', 's', s.meanWait, s.meanWaitCI95);
    add('station', s.id, 'p95Wait', 's', s.p95Wait);
    add('station', s.id, 'meanService', 's', s.meanService);
    add('station', s.id, 'utilization', 'share', s.utilization);
    add('station', s.id, 'peakUtilization', 'share', s.peakUtilization);
    add('station', s.id, 'meanQueue', 'pax', s.meanQueue);
    add('station', s.id, 'maxQueue', 'pax', s.maxQueue);
  }
  return toCsv(SUMMARY_CSV_HEADER, rows, { provenance: provenanceOf(result), ...options });
}
