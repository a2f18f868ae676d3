/**
 * Combining the service times of checks merged into one station. Two rules, as planners
 * describe a merge: "sum" — the checks are done one after another by the same staff (the
 * times add); "max" — the checks run at the same time on the same passenger or bag (one
 * X-ray, two screens: the slowest screen decides). The result is one distribution of the
 * format, so the merged lane runs on the unchanged engine:
 * - sum: means and variances of independent parts add (exact); a gamma with that mean and
 *   coefficient of variation carries them (a constant when every part is constant);
 * - max: the mean and variance of the maximum are estimated from a fixed-seed sample of
 *   the parts (the same numbers every time), then carried by a gamma the same way.
 * The parts themselves are kept in the station's `mergedFrom`, so nothing is lost.
 */
import { sample } from '../engine/distributions.js';
import { compileDist } from './compile-dist.js';
import { RandomStream } from '../engine/random-stream.js';
import type { Distribution } from './distribution-schema.js';

export type CombineRule = 'sum' | 'max';

/** Draws per part for the "max" rule: enough for a mean to about 0.5 % of its spread. */
const MAX_RULE_DRAWS = 20_000;

function round(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** A distribution of the format with this mean and standard deviation (gamma, or constant). */
export function distFromMoments(mean: number, sd: number): Distribution {
  const m = round(mean, 0.01);
  const cv = mean > 0 ? round(sd / mean, 0.001) : 0;
  if (!(m > 0) || cv < 0.001) return { dist: 'constant', value: Math.max(0, m) };
  return { dist: 'gamma', mean: Number(m.toFixed(2)), cv: Number(Math.min(cv, 10).toFixed(3)) };
}

/** Combines parts by the rule; one part is returned unchanged, an empty list is no time. */
export function combineDists(parts: Distribution[], rule: CombineRule, owner: string): Distribution {
  if (parts.length === 0) return { dist: 'constant', value: 0 };
  if (parts.length === 1) return parts[0];
  const compiled = parts.map(compileDist);
  if (parts.every((p) => p.dist === 'constant')) {
    const values = compiled.map((c) => c.mean);
    const value = rule === 'sum' ? values.reduce((a, b) => a + b, 0) : Math.max(...values);
    return { dist: 'constant', value: Number(value.toFixed(6)) };
  }
  if (rule === 'sum') {
    const mean = compiled.reduce((a, c) => a + c.mean, 0);
    const variance = compiled.reduce((a, c) => a + c.variance, 0);
    return distFromMoments(mean, Math.sqrt(variance));
  }
  // One stream per part, keyed by the merged station, so the estimate never changes.
  const streams = compiled.map((_, i) => new RandomStream(1, 0, 'consolidate-max', `${owner}#${i}`));
  let sum = 0;
  let sumSq = 0;
  for (let n = 0; n < MAX_RULE_DRAWS; n++) {
    let m = 0;
    for (let i = 0; i < compiled.length; i++) {
      const x = sample(compiled[i], streams[i]);
      if (x > m) m = x;
    }
    sum += m;
    sumSq += m * m;
  }
  const mean = sum / MAX_RULE_DRAWS;
  const variance = Math.max(0, sumSq / MAX_RULE_DRAWS - mean * mean);
  return distFromMoments(mean, Math.sqrt(variance));
}
