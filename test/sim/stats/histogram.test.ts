/**
 * The streaming quantile method (sim/stats/histogram.ts) against exact percentiles of the
 * sorted values (simple-statistics' quantileSorted, which the summary used before): within
 * half a bin at each ranked value, i.e. 1/1024 s plus 0.1 % of the value; zero stays zero; the
 * extremes are exact; merging is exact in any order.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { quantileSorted } from 'simple-statistics';
import { RandomStream } from '../../../sim/engine/random-stream.js';
import {
  ABSOLUTE_ERROR_BELOW_1S,
  BIN_COUNT,
  binLower,
  binOf,
  binWidth,
  histogramQuantiles,
  mergeHistograms,
  RELATIVE_ERROR,
  StreamingHistogram,
  type HistogramData,
} from '../../../sim/stats/histogram.js';

const PS = Array.from({ length: 101 }, (_, k) => k / 100);

/** The stated bound: half a bin at each of the two ranked values a quantile interpolates. */
function tolerance(x: number): number {
  return (ABSOLUTE_ERROR_BELOW_1S + Math.abs(x) * RELATIVE_ERROR) * (1 + 1e-9);
}

function histogramOf(values: number[]): HistogramData {
  const h = new StreamingHistogram();
  for (const v of values) h.add(v);
  const block = new StreamingHistogram();
  h.flushInto(block);
  return block.toData();
}

function expectWithinBound(values: number[]): void {
  const sorted = Float64Array.from(values).sort();
  const got = histogramQuantiles(histogramOf(values), PS);
  PS.forEach((p, k) => {
    const exact = quantileSorted(sorted as unknown as number[], p);
    expect(Math.abs(got[k] - exact), `p${k}: ${got[k]} vs exact ${exact}`).toBeLessThanOrEqual(tolerance(exact));
  });
}

describe('log-linear histogram', () => {
  test('every value falls in a bin whose edges hold it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2e7, noNaN: true }), (x) => {
        const b = binOf(x);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(BIN_COUNT);
        if (x === 0) expect(b).toBe(0);
        else if (x < 16_777_216) {
          expect(binLower(b)).toBeLessThanOrEqual(x);
          expect(x).toBeLessThan(binLower(b) + binWidth(b));
          expect(binWidth(b)).toBeLessThanOrEqual(Math.max(1 / 512, x / 512));
        }
      }),
    );
  });

  test('bins are contiguous: each ends where the next begins', () => {
    for (let b = 1; b < BIN_COUNT - 2; b++) expect(binLower(b) + binWidth(b)).toBe(binLower(b + 1));
  });

  test('the 101 percentiles of exponential, lognormal-like and discrete samples are within the stated bound', () => {
    const rng = new RandomStream(7, 0, 'histogram-test');
    for (const n of [1, 2, 3, 10, 101, 1000, 20_000]) {
      const exp = Array.from({ length: n }, () => -rng.logUniform() * 300);
      const spread = Array.from({ length: n }, () => (rng.uniform() < 0.4 ? 0 : rng.uniform() * rng.uniform() * 5000));
      const small = Array.from({ length: n }, () => rng.uniform() * 0.9);
      const ties = Array.from({ length: n }, () => Math.floor(rng.uniform() * 5) * 30);
      for (const values of [exp, spread, small, ties]) expectWithinBound(values);
    }
  });

  test('property: any sample, any percentile, within the bound', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), (values) => {
        expectWithinBound(values);
      }),
      { numRuns: 200 },
    );
  });

  test('zero stays zero, extremes are exact, an empty histogram gives zeros', () => {
    const q = histogramQuantiles(histogramOf([0, 0, 0, 12.3456, 99.87654]), [0, 0.5, 1]);
    expect(q).toEqual([0, 0, 99.87654]);
    expect(histogramQuantiles(histogramOf([5.4321]), [0, 0.5, 0.95, 1])).toEqual([5.4321, 5.4321, 5.4321, 5.4321]);
    expect(histogramQuantiles(histogramOf([]), [0.5])).toEqual([0]);
  });

  test('merging is exact and does not depend on the split or the order', () => {
    const rng = new RandomStream(3, 0, 'histogram-merge');
    const values = Array.from({ length: 5000 }, () => -rng.logUniform() * 120);
    const whole = histogramOf(values);
    const parts = [values.slice(0, 700), values.slice(700, 701), values.slice(701, 4000), values.slice(4000)].map(histogramOf);
    expect(mergeHistograms(parts)).toEqual(whole);
    expect(mergeHistograms([...parts].reverse())).toEqual(whole);
    expect(mergeHistograms([parts[0], mergeHistograms(parts.slice(1))])).toEqual(whole);
  });
});
