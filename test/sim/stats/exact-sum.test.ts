/**
 * closeSum: parts made of rounded differences are moved by their rounding residual so that,
 * added in order, they give the total exactly; zero parts stay zero, and parts that do not
 * describe the total are refused unchanged.
 */
import { describe, expect, it } from 'vitest';
import { closeSum, nextDouble, sumInOrder } from '../../../sim/stats/exact-sum.js';

/** A seeded stream (a 32-bit LCG): the same cases every run. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('exact sums of parts', () => {
  it('telescoped event times: parts added in order equal the clearance exactly', () => {
    const rnd = lcg(7);
    let missedBefore = 0;
    for (let trial = 0; trial < 5000; trial++) {
      const entry = rnd() * 50_000;
      const times = [entry];
      for (let k = 0; k < 7; k++) times.push(times[k] + rnd() ** 3 * 900);
      const parts = [0, 0, 0, 0, 0];
      for (let k = 1; k < times.length; k++) parts[k % 3 === 0 ? 4 - (k % 2) : k % 3] += times[k] - times[k - 1];
      parts[0] = 0; // a part the passenger never had
      const clearance = times[times.length - 1] - entry;
      if (sumInOrder(parts, 0, 5) !== clearance) missedBefore++;
      const before = [...parts];
      expect(closeSum(parts, 0, 5, clearance)).toBe(true);
      expect(sumInOrder(parts, 0, 5)).toBe(clearance);
      expect(parts[0]).toBe(0);
      for (let k = 0; k < 5; k++) expect(Math.abs(parts[k] - before[k])).toBeLessThanOrEqual(1e-9 * Math.max(1, clearance));
    }
    // The rounding is real: without the closure some of these miss.
    expect(missedBefore).toBeGreaterThan(0);
  });

  it('works at an offset in a Float64Array and refuses parts that are not a rounding away', () => {
    const a = new Float64Array([9, 0.1, 0.2, 0.3, 9]);
    expect(closeSum(a, 1, 3, 0.6)).toBe(true);
    expect(a[1] + a[2] + a[3]).toBe(0.6);
    expect([a[0], a[4]]).toEqual([9, 9]);
    const b = [1, 2, 3];
    expect(closeSum(b, 0, 3, 7)).toBe(false);
    expect(b).toEqual([1, 2, 3]);
  });

  it('steps one unit in the last place', () => {
    expect(nextDouble(1, true)).toBe(1 + Number.EPSILON);
    expect(nextDouble(1, false)).toBe(1 - Number.EPSILON / 2);
    expect(nextDouble(-1, true)).toBe(-1 + Number.EPSILON / 2);
    expect(nextDouble(0, true)).toBe(Number.MIN_VALUE);
  });
});
