/**
 * Collects, per station and interval, what the level of service hour by hour and staffing
 * per interval need: the integral of the passengers in the waiting area (the queue; at a
 * reclaim belt everyone there) and the waits of the passengers who reached the station in
 * the interval, as coarse histograms (wait-histogram.ts, bins 4 % wide) so memory follows
 * intervals, not passengers. Summed over a block's replications as integers (areas in
 * 1/1024 passenger-seconds), so blocks merge exactly in any order.
 */
import type { IntervalSums } from '../block-stats.js';
import { WAIT_BINS, waitBin } from '../wait-histogram.js';

/** Waiting-area integrals are summed in units of 1/1024 passenger-second: integers. */
export const AREA_UNITS = 1024;

export class IntervalCollector {
  private readonly interval: number;
  private readonly collect: boolean[];
  // This replication: histograms by interval, and the waiting-area integral at the last boundary.
  private rows: (Uint32Array | null)[][];
  private readonly snapHeld: Float64Array;
  // The block: summed over replications.
  private readonly area: number[][];
  private readonly hist: (Float64Array | null)[][];

  constructor(intervalSeconds: number, collect: boolean[]) {
    this.interval = intervalSeconds;
    this.collect = collect;
    this.rows = collect.map(() => []);
    this.snapHeld = new Float64Array(collect.length);
    this.area = collect.map(() => []);
    this.hist = collect.map(() => []);
  }

  /** A passenger who reached station `s` at `arrivedAt` starts service (or gets the last bag) after `wait`. */
  wait(s: number, arrivedAt: number, wait: number): void {
    if (!this.collect[s] || !(this.interval > 0)) return;
    const k = Math.max(0, Math.floor(arrivedAt / this.interval));
    const rows = this.rows[s];
    while (rows.length <= k) rows.push(null);
    let row = rows[k];
    if (!row) row = rows[k] = new Uint32Array(WAIT_BINS);
    row[waitBin(wait)]++;
  }

  /** Interval k of station s closes; `held` is the waiting-area integral since the replication began. */
  closeInterval(s: number, k: number, held: number): void {
    const a = this.area[s];
    while (a.length <= k) a.push(0);
    a[k] += Math.round((held - this.snapHeld[s]) * AREA_UNITS);
    this.snapHeld[s] = held;
  }

  /** The replication ends with `len` intervals: its histograms go into the block's. */
  endReplication(len: number): void {
    this.rows.forEach((rows, s) => {
      const a = this.area[s];
      while (a.length < len) a.push(0);
      const into = this.hist[s];
      while (into.length < len) into.push(null);
      for (let k = 0; k < Math.min(len, rows.length); k++) {
        const row = rows[k];
        if (!row) continue;
        let dst = into[k];
        if (!dst) dst = into[k] = new Float64Array(WAIT_BINS);
        for (let b = 0; b < WAIT_BINS; b++) dst[b] += row[b];
      }
    });
    this.rows = this.collect.map(() => []);
    this.snapHeld.fill(0);
  }

  columns(): IntervalSums {
    return {
      intervalSeconds: this.interval,
      waitingArea: this.area,
      waits: this.hist.map((rows, s) => (this.collect[s] ? rows.map(sparse) : null)),
    };
  }
}

/** A dense histogram as [bin, count, bin, count, …] (nothing for an empty one). */
function sparse(row: Float64Array | null): number[] {
  const out: number[] = [];
  if (row) for (let b = 0; b < row.length; b++) if (row[b] > 0) out.push(b, row[b]);
  return out;
}

/** Adds a sparse histogram into a dense one. */
export function addSparse(pairs: readonly number[], into: Float64Array): void {
  for (let i = 0; i + 1 < pairs.length; i += 2) into[pairs[i]] += pairs[i + 1];
}

/** Sum of the interval sections of blocks of one run (integer counts and areas: any order). */
export function mergeIntervalSums(list: readonly IntervalSums[]): IntervalSums {
  const first = list[0];
  const n = first.waitingArea.length;
  const waitingArea: number[][] = [];
  const waits: (number[][] | null)[] = [];
  for (let s = 0; s < n; s++) {
    const area: number[] = [];
    for (const x of list) x.waitingArea[s].forEach((v, k) => (area[k] = (area[k] ?? 0) + v));
    for (let k = 0; k < area.length; k++) area[k] ??= 0;
    waitingArea.push(area);
    if (!first.waits[s]) {
      waits.push(null);
      continue;
    }
    const len = Math.max(...list.map((x) => x.waits[s]?.length ?? 0));
    const rows: number[][] = [];
    const dense = new Float64Array(WAIT_BINS);
    for (let k = 0; k < len; k++) {
      dense.fill(0);
      for (const x of list) addSparse(x.waits[s]?.[k] ?? [], dense);
      rows.push(sparse(dense));
    }
    waits.push(rows);
  }
  return { intervalSeconds: first.intervalSeconds, waitingArea, waits };
}
