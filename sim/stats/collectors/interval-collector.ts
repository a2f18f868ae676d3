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
const NO_ROW = new Uint32Array(0);

export class IntervalCollector {
  private readonly interval: number;
  private readonly collect: boolean[];
  // This replication: histograms by interval, and the waiting-area integral at the last boundary.
  private readonly rows: (Uint32Array | null)[][];
  private readonly snapHeld: Float64Array;
  /** 1 where waits are collected (and the interval is positive). */
  private readonly on: Uint8Array;
  /** The row the last wait at each station went to, and its interval (−1: none). */
  private readonly lastK: Float64Array;
  private readonly lastRow: Uint32Array[];
  // The block: summed over replications.
  private readonly area: number[][];
  private readonly hist: (Float64Array | null)[][];

  constructor(intervalSeconds: number, collect: boolean[]) {
    this.interval = intervalSeconds;
    this.collect = collect;
    this.rows = collect.map(() => []);
    this.snapHeld = new Float64Array(collect.length);
    this.on = Uint8Array.from(collect.map((c) => (c && intervalSeconds > 0 ? 1 : 0)));
    this.lastK = new Float64Array(collect.length).fill(-1);
    this.lastRow = collect.map(() => NO_ROW);
    this.area = collect.map(() => []);
    this.hist = collect.map(() => []);
  }

  /** A passenger who reached station `s` at `arrivedAt` starts service (or gets the last bag) after `wait`. */
  wait(s: number, arrivedAt: number, wait: number): void {
    if (this.on[s] === 0) return;
    const k = Math.max(0, Math.floor(arrivedAt / this.interval));
    // Passengers reach a station in nearly the order of time: the row of the last one is usually this one's.
    const row = k === this.lastK[s] ? this.lastRow[s] : this.rowOf(s, k);
    row[waitBin(wait)]++;
  }

  private rowOf(s: number, k: number): Uint32Array {
    const rows = this.rows[s];
    while (rows.length <= k) rows.push(null);
    let row = rows[k];
    if (!row) row = rows[k] = new Uint32Array(WAIT_BINS);
    this.lastK[s] = k;
    this.lastRow[s] = row;
    return row;
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
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k];
        if (!row) continue;
        if (k < len) {
          let dst = into[k];
          if (!dst) dst = into[k] = new Float64Array(WAIT_BINS);
          for (let b = 0; b < WAIT_BINS; b++) dst[b] += row[b];
        }
        // Rows are kept, emptied, for the next replication (no allocation per replication).
        row.fill(0);
      }
    });
    this.lastK.fill(-1);
    this.lastRow.fill(NO_ROW);
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
