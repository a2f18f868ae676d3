/**
 * The streaming quantile method of LaneSim: a fixed log-linear histogram (the layout of
 * HdrHistogram) whose bins are exact integers, so replications, blocks, workers and shard
 * files merge their counts without re-reading passengers and in any order, bit for bit.
 *
 * Layout (seconds): bin 0 holds exactly 0 (nobody waited); bins 1…512 split (0, 1 s) into
 * 512 equal bins of 1/512 s; then every octave [2^e, 2^(e+1)) for e = 0…23 is split into
 * 512 equal bins of 2^e/512 s; one last bin holds everything from 2^24 s (194 days) on.
 * A quantile is computed as `quantileSorted` of simple-statistics computes it on the
 * sorted values (position (n − 1)·p, linear between the two neighbouring ranks), each
 * ranked value read as the centre of its bin, clamped to the exact minimum and maximum
 * kept beside the counts. Error bound: half a bin per value, so |error| ≤ 1/1024 s +
 * q/1024 for a quantile q (0.1 % of the value above 1 s, 1 ms below); 0 stays 0.
 * The bin of a value is read from the bits of its double (no logarithm: bit-identical in
 * every engine). Memory: 12,802 counts (100 kB) per histogram, whatever the passengers.
 */

/** log2 of the bins per octave. */
export const SUB_BITS = 9;
const SUB = 1 << SUB_BITS;
/** Octaves 2^0 … 2^23 seconds. */
export const OCTAVES = 24;
/** Every bin: zero, the linear bins below 1 s, the octaves, the overflow bin. */
export const BIN_COUNT = 1 + SUB + OCTAVES * SUB + 1;
const OVERFLOW = BIN_COUNT - 1;
const TOP = 16_777_216; // 2^OCTAVES
/** Largest relative error of a quantile at or above 1 s (half a bin). */
export const RELATIVE_ERROR = 1 / (2 * SUB);
/** Largest absolute error of a quantile below 1 s, in seconds. */
export const ABSOLUTE_ERROR_BELOW_1S = 1 / (2 * SUB);

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const POW2 = new Float64Array(OCTAVES + 1);
POW2[0] = 1;
for (let e = 1; e <= OCTAVES; e++) POW2[e] = POW2[e - 1] * 2;

/** The bin of a value: its exponent and top mantissa bits, read from the double. */
export function binOf(x: number): number {
  if (!(x > 0)) return 0;
  if (x < 1) return 1 + ((x * SUB) | 0);
  if (x >= TOP) return OVERFLOW;
  f64[0] = x;
  const hi = u32[HI];
  return 1 + SUB + ((hi >>> 20) - 1023) * SUB + ((hi >>> (20 - SUB_BITS)) & (SUB - 1));
}

/** Lower edge of a bin, seconds. */
export function binLower(b: number): number {
  if (b <= 0) return 0;
  if (b <= SUB) return (b - 1) / SUB;
  if (b >= OVERFLOW) return TOP;
  const k = b - 1 - SUB;
  const e = k >> SUB_BITS;
  return POW2[e] * (1 + (k & (SUB - 1)) / SUB);
}

/** Width of a bin, seconds (0 for the zero bin, Infinity for the overflow bin). */
export function binWidth(b: number): number {
  if (b <= 0) return 0;
  if (b <= SUB) return 1 / SUB;
  if (b >= OVERFLOW) return Infinity;
  return POW2[(b - 1 - SUB) >> SUB_BITS] / SUB;
}

/** A histogram as plain data (JSON, structured clone): the counts of bins `offset`, `offset + 1`, … */
export interface HistogramData {
  offset: number;
  counts: number[];
  /** Exact extremes of the values counted (0 when empty). */
  min: number;
  max: number;
}

export const EMPTY_HISTOGRAM: HistogramData = Object.freeze({ offset: 0, counts: [], min: 0, max: 0 }) as HistogramData;

/**
 * The in-loop side: counts in a full-size typed array, with the touched range kept so a
 * replication's histogram is folded into its block and cleared in time proportional to
 * the range of its values, not to the number of bins.
 */
export class StreamingHistogram {
  readonly counts = new Float64Array(BIN_COUNT);
  n = 0;
  min = Infinity;
  max = -Infinity;
  lo = BIN_COUNT;
  hi = -1;

  add(x: number): void {
    const b = binOf(x);
    this.counts[b]++;
    if (b < this.lo) this.lo = b;
    if (b > this.hi) this.hi = b;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.n++;
  }

  /** The quantile `p` (see the file comment), 0 when empty. */
  quantile(p: number): number {
    return quantileOf(this.counts, this.lo, this.hi, this.n, this.min, this.max, p);
  }

  /** Adds this histogram into `into` and empties this one (end of a replication). */
  flushInto(into: StreamingHistogram): void {
    const c = this.counts;
    const d = into.counts;
    for (let i = this.lo; i <= this.hi; i++) {
      d[i] += c[i];
      c[i] = 0;
    }
    if (this.n > 0) {
      if (this.lo < into.lo) into.lo = this.lo;
      if (this.hi > into.hi) into.hi = this.hi;
      if (this.min < into.min) into.min = this.min;
      if (this.max > into.max) into.max = this.max;
      into.n += this.n;
    }
    this.n = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.lo = BIN_COUNT;
    this.hi = -1;
  }

  /** Plain data of the touched range. */
  toData(): HistogramData {
    if (this.n === 0) return { offset: 0, counts: [], min: 0, max: 0 };
    return { offset: this.lo, counts: Array.from(this.counts.subarray(this.lo, this.hi + 1)), min: this.min, max: this.max };
  }
}

/** Total count of a histogram. */
export function histogramCount(h: HistogramData): number {
  let n = 0;
  for (const c of h.counts) n += c;
  return n;
}

/** Sum of histograms: integer counts, so the same in any order. */
export function mergeHistograms(list: readonly HistogramData[]): HistogramData {
  let lo = BIN_COUNT;
  let hi = -1;
  let min = Infinity;
  let max = -Infinity;
  for (const h of list) {
    if (h.counts.length === 0) continue;
    if (h.offset < lo) lo = h.offset;
    if (h.offset + h.counts.length - 1 > hi) hi = h.offset + h.counts.length - 1;
    if (h.min < min) min = h.min;
    if (h.max > max) max = h.max;
  }
  if (hi < 0) return { offset: 0, counts: [], min: 0, max: 0 };
  const counts = new Array<number>(hi - lo + 1).fill(0);
  for (const h of list) for (let i = 0; i < h.counts.length; i++) counts[h.offset - lo + i] += h.counts[i];
  return { offset: lo, counts, min, max };
}

function quantileOf(counts: ArrayLike<number>, lo: number, hi: number, n: number, min: number, max: number, p: number): number {
  if (n === 0) return 0;
  const q = quantileRanks(n, p);
  const v = valueAtRanks(counts, lo, hi, 0, n, min, max, [q.lower, q.upper]);
  return combine(v[0], v[1], q.fraction);
}

interface Ranks {
  /** 1-based ranks of the two sorted values to interpolate between, and the weight of the upper. */
  lower: number;
  upper: number;
  fraction: number;
}

/**
 * The ranks `quantileSorted` of simple-statistics reads for `p` over `n` sorted values:
 * position (n − 1)·p, interpolated linearly between its neighbours (numpy's type 7).
 */
function quantileRanks(n: number, p: number): Ranks {
  if (p >= 1) return { lower: n, upper: n, fraction: 0 };
  if (p <= 0) return { lower: 1, upper: 1, fraction: 0 };
  const idx = (n - 1) * p;
  const lower = Math.floor(idx);
  return { lower: lower + 1, upper: Math.ceil(idx) + 1, fraction: idx - lower };
}

function combine(lower: number, upper: number, fraction: number): number {
  return fraction === 0 ? lower : lower + fraction * (upper - lower);
}

/**
 * Values at ascending ranks, in one walk over the bins; `counts[i]` is bin `i + offset`.
 * The first and last ranks are the exact minimum and maximum.
 */
function valueAtRanks(
  counts: ArrayLike<number>,
  lo: number,
  hi: number,
  offset: number,
  n: number,
  min: number,
  max: number,
  ranks: readonly number[],
): number[] {
  const out = new Array<number>(ranks.length);
  let cum = 0;
  let i = lo;
  for (let k = 0; k < ranks.length; k++) {
    const r = ranks[k];
    if (r <= 1) out[k] = min;
    else if (r >= n) out[k] = max;
    else {
      while (i < hi && cum + counts[i] < r) cum += counts[i++];
      const c = binCentre(i + offset);
      out[k] = c < min ? min : c > max ? max : c;
    }
  }
  return out;
}

/**
 * Quantiles `ps` (0…1) of a histogram in one walk: the value `quantileSorted` would give
 * on the sorted values, up to half a bin at each of the two values it interpolates (see the
 * file comment).
 */
export function histogramQuantiles(h: HistogramData, ps: readonly number[]): number[] {
  const n = histogramCount(h);
  if (n === 0) return ps.map(() => 0);
  const qs = ps.map((p) => quantileRanks(n, p));
  const want = qs.flatMap((q) => [q.lower, q.upper]);
  const order = want.map((_, i) => i).sort((a, b) => want[a] - want[b]);
  const vals = valueAtRanks(
    h.counts,
    0,
    h.counts.length - 1,
    h.offset,
    n,
    h.min,
    h.max,
    order.map((i) => want[i]),
  );
  const byWant = new Array<number>(want.length);
  order.forEach((i, k) => {
    byWant[i] = vals[k];
  });
  return qs.map((q, k) => combine(byWant[2 * k], byWant[2 * k + 1], q.fraction));
}

/** One quantile of a histogram. */
export function histogramQuantile(h: HistogramData, p: number): number {
  return histogramQuantiles(h, [p])[0];
}

/** The value a bin stands for: its centre (the overflow bin: its lower edge; callers clamp to the maximum). */
export function binCentre(b: number): number {
  return b === 0 ? 0 : b >= OVERFLOW ? TOP : binLower(b) + binWidth(b) / 2;
}
