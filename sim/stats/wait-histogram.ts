/**
 * A fixed-resolution histogram of waits: bin 0 holds waits of exactly 0 (served at once),
 * bin 1 holds (0, 1 s), and from 1 s on each bin is 4 % wider than the one before, up to
 * about 50 days. A percentile read from it is off by at most 2 % of its value (half a bin),
 * far inside the spread between replications, and memory is fixed whatever the passengers.
 * Used per station and per interval (level of service, staffing), where keeping every wait
 * of every interval would not scale.
 */

const RATIO = 1.04;
const TOP = 5_000_000;

function buildEdges(): Float64Array {
  const edges: number[] = [0, 0, 1];
  while (edges[edges.length - 1] < TOP) edges.push(edges[edges.length - 1] * RATIO);
  return Float64Array.from(edges);
}

/** Lower edge of each bin (bin 0 is the single value 0); the last bin is open above. */
export const WAIT_BIN_EDGES: Float64Array = buildEdges();
export const WAIT_BINS = WAIT_BIN_EDGES.length;

/** The bin of a wait by binary search over the edges (no logarithm, so the same everywhere). */
export function waitBinBySearch(wait: number): number {
  if (!(wait > 0)) return 0;
  let lo = 1;
  let hi = WAIT_BINS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (WAIT_BIN_EDGES[mid] <= wait) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// A first guess from the bits of the double: the bin of the lower end of each 1/64 of an
// octave from 1 s on (narrower than a bin, so the guess is the bin or the one below it).
const CELL_BITS = 6;
const CELLS = 1 << CELL_BITS;
// Octaves 2^0 … up to the first power of two past TOP (powers by doubling: exact everywhere).
const OCTAVE_LOW: number[] = [1];
while (OCTAVE_LOW[OCTAVE_LOW.length - 1] < TOP) OCTAVE_LOW.push(OCTAVE_LOW[OCTAVE_LOW.length - 1] * 2);
const CELL_TOP = OCTAVE_LOW.pop()!;
const GUESS = (() => {
  const g = new Int32Array(OCTAVE_LOW.length << CELL_BITS);
  for (let i = 0; i < g.length; i++) g[i] = waitBinBySearch(OCTAVE_LOW[i >> CELL_BITS] * (1 + (i & (CELLS - 1)) / CELLS));
  return g;
})();
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * The bin of a wait: the guess from the double's exponent and top mantissa bits, moved up
 * past every edge at or below the wait (exact comparisons: the binary search's answer).
 */
export function waitBin(wait: number): number {
  if (!(wait >= 1)) return wait > 0 ? 1 : 0;
  if (wait >= CELL_TOP) return waitBinBySearch(wait);
  f64[0] = wait;
  const hi = u32[HI];
  let b = GUESS[(((hi >>> 20) - 1023) << CELL_BITS) | ((hi >>> (20 - CELL_BITS)) & (CELLS - 1))];
  while (b + 1 < WAIT_BINS && WAIT_BIN_EDGES[b + 1] <= wait) b++;
  return b;
}

/**
 * The p-quantile (0..1) of the waits counted in `counts[offset … offset + WAIT_BINS)`,
 * interpolated inside its bin; null when the bins are empty.
 */
export function histogramQuantile(counts: ArrayLike<number>, p: number, offset = 0): number | null {
  let n = 0;
  for (let b = 0; b < WAIT_BINS; b++) n += counts[offset + b];
  if (n === 0) return null;
  const rank = p * n;
  let below = 0;
  for (let b = 0; b < WAIT_BINS; b++) {
    const c = counts[offset + b];
    if (c > 0 && below + c >= rank) {
      if (b === 0) return 0;
      const lo = WAIT_BIN_EDGES[b];
      const hi = b + 1 < WAIT_BINS ? WAIT_BIN_EDGES[b + 1] : lo * RATIO;
      return lo + ((hi - lo) * Math.max(0, rank - below)) / c;
    }
    below += c;
  }
  return WAIT_BIN_EDGES[WAIT_BINS - 1];
}

/** Number of waits counted in one histogram. */
export function histogramCount(counts: ArrayLike<number>, offset = 0): number {
  let n = 0;
  for (let b = 0; b < WAIT_BINS; b++) n += counts[offset + b];
  return n;
}
