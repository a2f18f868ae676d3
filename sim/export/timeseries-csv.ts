/** timeseries.csv: one row per interval: passengers in the lane, arrival and exit rates, queue per station. */
import type { RunResult } from '../stats/result-types.js';
import { toCsv, type CsvCell, type CsvOptions } from './csv.js';

export function timeseriesCsv(result: RunResult, options: CsvOptions = {}): string {
  const ts = result.timeseries;
  const ids = result.stations.map((s) => s.id).filter((id) => ts.queue[id]);
  const header = ['t_s', 'inLane', 'arrivalsPerHour', 'throughputPerHour', ...ids.map((id) => `queue.${id}`)];
  const rows: CsvCell[][] = ts.t.map((t, i) => [t, ts.inLane[i], ts.arrivalsPerHour[i], ts.throughputPerHour[i], ...ids.map((id) => ts.queue[id][i])]);
  return toCsv(header, rows, options);
}
