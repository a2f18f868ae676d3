/**
 * Attributing a difference in mean clearance to where the time went: b − a split into
 * walking, queueing, service, waiting for bags and secondary inspection, each a paired
 * difference over replications with its 95 % interval. The parts of each replication add
 * up to its mean clearance, so the parts' differences add up to the clearance difference
 * ("−24.7 s [−26.2, −23.2]: −25.1 s service, −0.4 s queueing, +0.8 s walking").
 */
import { PARTS, type Part } from './collectors/decomposition-collector.js';
import { differenceOfMeans } from './confidence.js';
import type { Interval, RunResult } from './result-types.js';

export interface PartDifference {
  part: Part;
  a: number;
  b: number;
  diff: number;
  diffCI95: Interval;
  significant: boolean;
}

/** `attribution` of the comparison JSON (contract, additive). */
export interface Attribution {
  clearance: { diff: number; diffCI95: Interval; significant: boolean };
  parts: PartDifference[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The attribution of b − a, or null when either result has no decomposition. */
export function attributeDifference(a: RunResult, b: RunResult, paired: boolean): Attribution | null {
  const da = a.decomposition;
  const db = b.decomposition;
  if (!da || !db) return null;
  const c = differenceOfMeans(a.perReplication.mean, b.perReplication.mean, paired);
  return {
    clearance: { diff: c.diff, diffCI95: c.ci95, significant: c.significant },
    parts: PARTS.map((part) => {
      const xa = da.perReplication.parts[part];
      const xb = db.perReplication.parts[part];
      const d = differenceOfMeans(xa, xb, paired);
      return { part, a: mean(xa), b: mean(xb), diff: d.diff, diffCI95: d.ci95, significant: d.significant };
    }),
  };
}

/** Per replication, the seconds per cleared passenger at a set of stations (all parts). */
export function stationSecondsPerReplication(r: RunResult, ids: readonly string[]): number[] | null {
  const d = r.decomposition;
  if (!d) return null;
  const n = r.perReplication.replication.length;
  const out = new Array<number>(n).fill(0);
  for (const id of ids) {
    const st = d.perReplication.stations[id];
    if (!st) continue;
    for (const p of PARTS) for (let i = 0; i < n; i++) out[i] += st[p][i];
  }
  return out;
}
