/**
 * The shape of a service-time distribution for the editor's small preview: a histogram of
 * draws from the core's own sampler (`compileDist` + `sample`) on a fixed-seed stream, so the
 * picture is the distribution the model will use and is the same every time it is drawn.
 */
import { compileDist, RandomStream, sample, type Distribution } from '../../sim/index.js';

export interface DistPreview {
  /** Bin edges start at `min`, each `width` wide. */
  min: number;
  width: number;
  /** Relative density per bin, the tallest being 1. */
  heights: number[];
  mean: number;
  sd: number;
  p95: number;
}

export const PREVIEW_DRAWS = 4000;
export const PREVIEW_BINS = 32;

/** Draws a histogram of the distribution; null when its parameters are not valid numbers. */
export function distPreview(dist: Distribution, draws = PREVIEW_DRAWS, bins = PREVIEW_BINS): DistPreview | null {
  let compiled;
  try {
    compiled = compileDist(dist);
  } catch {
    return null;
  }
  if (!Number.isFinite(compiled.mean) || !Number.isFinite(compiled.variance)) return null;
  const rng = new RandomStream(1, 0, 'preview');
  const xs = new Float64Array(draws);
  for (let i = 0; i < draws; i++) xs[i] = sample(compiled, rng);
  if (!xs.every(Number.isFinite)) return null;
  const sorted = Float64Array.from(xs).sort();
  const lo = sorted[0];
  // Clip the long tail at p99.5 so one outlier does not flatten the picture.
  const hi = sorted[Math.min(draws - 1, Math.floor(draws * 0.995))];
  const width = hi > lo ? (hi - lo) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  for (const x of xs) {
    const b = hi > lo ? Math.min(bins - 1, Math.floor((x - lo) / width)) : 0;
    if (x <= hi || b === bins - 1) counts[Math.max(0, b)]++;
  }
  const top = Math.max(...counts, 1);
  return {
    min: lo,
    width,
    heights: counts.map((c) => c / top),
    mean: compiled.mean,
    sd: Math.sqrt(compiled.variance),
    p95: sorted[Math.floor(draws * 0.95)],
  };
}

/** Parameters for a distribution kind, keeping the mean of the one it replaces. */
export function defaultDist(kind: Distribution['dist'], mean: number): Distribution {
  const m = Number.isFinite(mean) && mean > 0 ? Math.round(mean * 10) / 10 : 30;
  switch (kind) {
    case 'constant':
      return { dist: 'constant', value: m };
    case 'exponential':
      return { dist: 'exponential', mean: m };
    case 'uniform':
      return { dist: 'uniform', min: Math.round(m * 5) / 10, max: Math.round(m * 15) / 10 };
    case 'triangular':
      return { dist: 'triangular', min: Math.round(m * 5) / 10, mode: m, max: Math.round(m * 15) / 10 };
    case 'normal':
      return { dist: 'normal', mean: m, sd: Math.round(m * 3) / 10 };
    case 'lognormal':
      return { dist: 'lognormal', mean: m, cv: 0.5 };
    case 'gamma':
      return { dist: 'gamma', mean: m, cv: 0.5 };
    case 'erlang':
      return { dist: 'erlang', mean: m, k: 3 };
    case 'empirical':
      return { dist: 'empirical', values: [Math.round(m * 5) / 10, m, Math.round(m * 15) / 10] };
  }
}

/** The mean of a distribution, or NaN when it cannot be computed. */
export function distMean(dist: Distribution): number {
  try {
    return compileDist(dist).mean;
  } catch {
    return NaN;
  }
}
