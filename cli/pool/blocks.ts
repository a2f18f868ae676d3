/**
 * Cutting replications into blocks for the pool and into slices for shards. Any cut gives
 * the same result (the core sums replications in index order), so these choose only how
 * work is spread: blocks small enough to balance workers and show progress, few enough to
 * keep messages cheap.
 */

export interface Range {
  first: number;
  count: number;
}

/** Replications [first, first+count) cut into blocks of about `size` (the last may be shorter). */
export function cutBlocks(range: Range, size: number): Range[] {
  const out: Range[] = [];
  const step = Math.max(1, Math.floor(size));
  for (let r = range.first; r < range.first + range.count; r += step) out.push({ first: r, count: Math.min(step, range.first + range.count - r) });
  return out;
}

/** At most this many replications per block, so progress moves and work balances. */
export const MAX_BLOCK = 16;

/**
 * Replications per block for `workers` workers: about eight blocks each (progress and
 * balance), at least one, at most MAX_BLOCK. Few replications a block cost more CPU per
 * replication (each block builds its collectors and is merged once), so one worker takes the
 * same sizes as threads and gets its turns between replications instead (inline-runner.ts).
 */
export function blockSize(replications: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BLOCK, Math.floor(replications / (Math.max(1, workers) * 8))));
}

/** The k-th (1-based) of n contiguous slices of [0, total): sizes differ by at most one. */
export function sliceOf(total: number, k: number, n: number): Range {
  const lo = Math.floor(((k - 1) * total) / n);
  const hi = Math.floor((k * total) / n);
  return { first: lo, count: hi - lo };
}
