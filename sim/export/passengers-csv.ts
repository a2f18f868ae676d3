/**
 * passengers.csv: one row per passenger of the recorded replication (replication 0):
 * class, bags, lane entry, arrival / service start / end at each station (first visit),
 * exit and clearance time, and the path taken. Analysts pivot this in a spreadsheet; the
 * same flat log drives the replay.
 */
import type { RunLog } from '../stats/result-types.js';
import { toCsv, type CsvCell, type CsvOptions } from './csv.js';

/** `options.provenance` names the run the recorded replication belongs to (the log alone does not know it). */
export function passengersCsv(log: RunLog, options: CsvOptions = {}): string {
  const nS = log.stationIds.length;
  const header = [
    'passenger',
    'class',
    'bags',
    'source',
    'entry_s',
    ...log.stationIds.flatMap((id) => [`${id}.arrive_s`, `${id}.start_s`, `${id}.end_s`]),
    'exit_s',
    'clearance_s',
    'path',
  ];
  const P = log.passengers;
  const V = log.visits;
  // First visit of each passenger to each station, and the full path in order.
  const first = new Int32Array(P.length * nS).fill(-1);
  const paths: number[][] = Array.from({ length: P.length }, () => []);
  for (let v = 0; v < V.length; v++) {
    const p = V.passenger[v];
    const s = V.station[v];
    if (first[p * nS + s] < 0) first[p * nS + s] = v;
    paths[p].push(s);
  }
  const rows: CsvCell[][] = [];
  for (let p = 0; p < P.length; p++) {
    const row: CsvCell[] = [p, log.classIds[P.classIndex[p]], P.bags[p], P.source[p], P.entry[p]];
    for (let s = 0; s < nS; s++) {
      const v = first[p * nS + s];
      if (v < 0) row.push('', '', '');
      else row.push(V.arrive[v], V.start[v], V.end[v]);
    }
    const exit = P.exit[p];
    row.push(exit, Number.isFinite(exit) ? exit - P.entry[p] : '', paths[p].map((s) => log.stationIds[s]).join('>'));
    rows.push(row);
  }
  return toCsv(header, rows, options);
}
