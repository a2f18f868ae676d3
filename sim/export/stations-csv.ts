/** stations.csv: one row per station with its waits, load (mean and peak interval) and queue figures (seconds, shares 0..1). */
import type { RunResult } from '../stats/result-types.js';
import { provenanceOf, toCsv, type CsvOptions } from './csv.js';

export const STATIONS_CSV_HEADER = [
  'id',
  'label',
  'mode',
  'checks',
  'served',
  'meanWait_s',
  'meanWaitCI95Low_s',
  'meanWaitCI95High_s',
  'p95Wait_s',
  'meanService_s',
  'utilization',
  'peakUtilization',
  'meanQueue',
  'maxQueue',
  'meanInStation',
  'meanServers',
  'shareWaitOver5Min',
  'alarmsIn',
] as const;

export function stationsCsv(result: RunResult, options: CsvOptions = {}): string {
  const rows = result.stations.map((s) => [
    s.id,
    s.label,
    s.mode,
    s.checks.join(' '),
    s.served,
    s.meanWait,
    s.meanWaitCI95[0],
    s.meanWaitCI95[1],
    s.p95Wait,
    s.meanService,
    s.utilization,
    s.peakUtilization,
    s.meanQueue,
    s.maxQueue,
    s.meanInStation,
    s.meanServers,
    s.shareWaitOver5Min,
    s.alarmsIn,
  ]);
  return toCsv(STATIONS_CSV_HEADER, rows, { provenance: provenanceOf(result), ...options });
}
