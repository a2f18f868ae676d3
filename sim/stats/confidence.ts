/**
 * Confidence intervals over replications (Student t) and the comparison of two sets of
 * replications: paired when they share seeds (common random numbers), Welch otherwise.
 */
import { mean, sampleStandardDeviation, sampleVariance } from 'simple-statistics';
import type { Interval } from './result-types.js';

/** Two-sided 97.5 % quantiles of Student's t for 1–30 degrees of freedom. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: exact table to 30, then
 * the Cornish–Fisher expansion around the normal quantile (error below 1e-4).
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return Infinity;
  if (df <= 30 && Number.isInteger(df)) return T975[df - 1];
  const z = 1.959963984540054;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  const z7 = z5 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df * df * df);
}

/** Half-width of the 95 % interval of a mean over replications; 0 with fewer than two. */
export function halfWidth95(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const sd = sampleStandardDeviation(Array.from(values));
  return (tQuantile975(n - 1) * sd) / Math.sqrt(n);
}

/** The 95 % interval around `centre` using the spread of per-replication values. */
export function interval95(values: ArrayLike<number>, centre = values.length ? mean(Array.from(values)) : 0): Interval {
  const h = halfWidth95(values);
  return [centre - h, centre + h];
}

export interface Difference {
  /** b − a. */
  diff: number;
  ci95: Interval;
  paired: boolean;
  /** The interval excludes zero. */
  significant: boolean;
}

/** Difference of means b − a: paired over replications when `paired`, else Welch's interval. */
export function differenceOfMeans(a: number[], b: number[], paired: boolean): Difference {
  if (paired && a.length === b.length && a.length >= 2) {
    const d = a.map((x, i) => b[i] - x);
    const m = mean(d);
    const h = halfWidth95(d);
    return { diff: m, ci95: [m - h, m + h], paired: true, significant: h === 0 ? m !== 0 : Math.abs(m) > h };
  }
  const ma = a.length ? mean(a) : 0;
  const mb = b.length ? mean(b) : 0;
  const m = mb - ma;
  if (a.length < 2 || b.length < 2) return { diff: m, ci95: [m, m], paired: false, significant: false };
  const va = sampleVariance(a) / a.length;
  const vb = sampleVariance(b) / b.length;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { diff: m, ci95: [m, m], paired: false, significant: m !== 0 };
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const h = tQuantile975(Math.max(1, Math.floor(df))) * se;
  return { diff: m, ci95: [m - h, m + h], paired: false, significant: Math.abs(m) > h };
}
