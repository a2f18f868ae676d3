/**
 * Figures per interval and station from a block's interval sums (collectors/interval-collector.ts):
 * the time-weighted mean number of passengers in the waiting area, the passengers who
 * reached the station, and a wait percentile of those passengers, pooled over the block's
 * replications. Staffing runs one replication per block to get each replication's own.
 */
import type { BlockStats } from './block-stats.js';
import { addSparse, AREA_UNITS } from './collectors/interval-collector.js';
import { histogramCount, histogramQuantile, WAIT_BINS } from './wait-histogram.js';

export interface StationIntervals {
  intervalSeconds: number;
  /** Time-weighted mean number waiting in each interval, mean over replications. */
  meanQueue: number[];
  /** Passengers who reached the station in each interval, all replications. */
  passengers: number[];
  /** Wait percentile of those passengers, pooled over replications; null without passengers. */
  waitQuantile: (number | null)[];
}

/** Number of collected intervals in a block. */
export function intervalCount(block: BlockStats): number {
  return block.intervals ? Math.max(0, ...block.intervals.waitingArea.map((a) => a.length)) : 0;
}

/**
 * Station s's figures per interval, pooled over the block (p = the wait percentile, 0..1);
 * `merge` consecutive collected intervals make one (the level of service reads quarter hours
 * where the time series has minutes). Null when the block has no interval sums.
 */
export function stationIntervals(block: BlockStats, s: number, p = 0.95, merge = 1): StationIntervals | null {
  const iv = block.intervals;
  if (!iv) return null;
  const base = iv.intervalSeconds;
  const width = base * merge;
  const n = Math.ceil(intervalCount(block) / merge);
  const area = iv.waitingArea[s] ?? [];
  const waits = iv.waits[s];
  const meanQueue: number[] = [];
  const passengers: number[] = [];
  const waitQuantile: (number | null)[] = [];
  const dense = new Float64Array(WAIT_BINS);
  for (let k = 0; k < n; k++) {
    dense.fill(0);
    let a = 0;
    for (let j = k * merge; j < (k + 1) * merge; j++) {
      a += area[j] ?? 0;
      if (waits) addSparse(waits[j] ?? [], dense);
    }
    // Observed time in the interval, summed over replications: the last one ends with its replication.
    let time = 0;
    for (const end of block.end) {
      const len = Math.min(width, end - k * width);
      time += len > 0 ? len : width;
    }
    meanQueue.push(time > 0 ? a / AREA_UNITS / time : 0);
    passengers.push(histogramCount(dense));
    waitQuantile.push(histogramQuantile(dense, p));
  }
  return { intervalSeconds: width, meanQueue, passengers, waitQuantile };
}
