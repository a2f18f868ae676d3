/**
 * timeseries.csv: one row per interval: passengers in the lane, arrival and exit rates, queue
 * per station, and utilisation per queue station (share 0..1 of the server time available in
 * the interval) — the file behind the "when do desks saturate" question.
 */
import type { RunResult } from '../stats/result-types.js';
import { provenanceOf, toCsv, type CsvCell, type CsvOptions } from './csv.js';
import { clockStamp } from '../clock/format-clock.js';
import { own } from '../scenario/own-key.js';

export function timeseriesCsv(result: RunResult, options: CsvOptions = {}): string {
  const ts = result.timeseries;
  const ids = result.stations.map((s) => s.id).filter((id) => own(ts.queue, id));
  // Results written before utilisation over time existed have no `utilization`: no columns then.
  const util = ts.utilization ?? {};
  const utilIds = result.stations.filter((s) => s.mode === 'queue' && own(util, s.id)).map((s) => s.id);
  // With a scenario clock, a `clock` column (time of day of the interval's start) after t_s.
  const clock = result.clock;
  const header = ['t_s', ...(clock ? ['clock'] : []), 'inLane', 'arrivalsPerHour', 'throughputPerHour', ...ids.map((id) => `queue.${id}`), ...utilIds.map((id) => `utilization.${id}`)];
  const rows: CsvCell[][] = ts.t.map((t, i) => [
    t,
    ...(clock ? [clockStamp(t, clock)] : []),
    ts.inLane[i],
    ts.arrivalsPerHour[i],
    ts.throughputPerHour[i],
    ...ids.map((id) => ts.queue[id][i]),
    ...utilIds.map((id) => util[id][i]),
  ]);
  return toCsv(header, rows, { provenance: provenanceOf(result), ...options });
}
