/** Cutting replications into blocks and slices: every replication exactly once, in order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutBlocks, sliceOf } from '../../../cli/pool/blocks.js';

function expand(ranges: Array<{ first: number; count: number }>): number[] {
  return ranges.flatMap((r) => Array.from({ length: r.count }, (_, i) => r.first + i));
}

describe('blocks and slices', () => {
  it('the N slices of [0, total) cover it once, in order, sizes within one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 64 }), (total, n) => {
        const slices = Array.from({ length: n }, (_, k) => sliceOf(total, k + 1, n));
        expect(expand(slices)).toEqual(Array.from({ length: total }, (_, i) => i));
        const sizes = slices.map((s) => s.count);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('blocks of a range cover it once, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 40 }),
        (first, count, size) => {
          const blocks = cutBlocks({ first, count }, size);
          expect(expand(blocks)).toEqual(Array.from({ length: count }, (_, i) => first + i));
          expect(blocks.every((b) => b.count >= 1 && b.count <= size)).toBe(true);
        },
      ),
    );
  });
});
