/**
 * The reproducible logarithm and exponential agree with the platform's to within about one
 * unit in the last place, and give fixed bits (a golden check that would catch any engine
 * difference if this suite ran elsewhere; the e2e suite runs the same model in Chromium).
 */
import { describe, expect, test } from 'vitest';
import { detExp, detLog, detPow, detPowInt, logOfUniformBits } from '../../../sim/engine/det-math.js';
import { RandomStream } from '../../../sim/engine/random-stream.js';

function ulpDistance(a: number, b: number): number {
  if (a === b) return 0;
  const ulp = Math.abs(a) * Number.EPSILON;
  return Math.abs(a - b) / (ulp || Number.MIN_VALUE);
}

describe('det-math', () => {
  test('detLog is within 1 ulp of Math.log over (0, 1) and beyond', () => {
    const rng = new RandomStream(7, 0, 'log');
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const u = rng.uniform();
      worst = Math.max(worst, ulpDistance(Math.log(u), detLog(u)));
      const big = u * 1e6;
      worst = Math.max(worst, ulpDistance(Math.log(big), detLog(big)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  test('detLog special values', () => {
    expect(detLog(1)).toBe(0);
    expect(detLog(0)).toBe(-Infinity);
    expect(detLog(-1)).toBeNaN();
    expect(detLog(Infinity)).toBe(Infinity);
    expect(detLog(Math.E)).toBeCloseTo(1, 15);
    expect(detLog(5e-324)).toBeCloseTo(Math.log(5e-324), 10);
    expect(detLog(2.2250738585072014e-308 / 8)).toBeCloseTo(Math.log(2.2250738585072014e-308 / 8), 10);
  });

  test('detExp is within 1 ulp of Math.exp', () => {
    const rng = new RandomStream(8, 0, 'exp');
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = (rng.uniform() - 0.5) * 80;
      worst = Math.max(worst, ulpDistance(Math.exp(x), detExp(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(detExp(0)).toBe(1);
    expect(detExp(1000)).toBe(Infinity);
    expect(detExp(-1000)).toBe(0);
    expect(ulpDistance(Math.exp(709), detExp(709))).toBeLessThanOrEqual(1);
    expect(detExp(-740) / Math.exp(-740)).toBeCloseTo(1, 1);
  });

  test('integer and real powers', () => {
    expect(detPowInt(0.97, 0)).toBe(1);
    expect(detPowInt(0.5, 10)).toBe(1 / 1024);
    expect(detPowInt(0.97, 3)).toBeCloseTo(0.912673, 12);
    expect(detPow(0.25, 0.5)).toBeCloseTo(0.5, 14);
  });

  test('golden bits: the same inputs give these exact outputs in every engine', () => {
    expect(detLog(0.3)).toBe(-1.2039728043259361);
    expect(detLog(123456.789)).toBe(11.723646487185881);
    expect(detExp(-2.5)).toBe(0.0820849986238988);
    expect(detExp(3.75)).toBe(42.52108200006278);
  });
});

describe('logOfUniformBits', () => {
  test('equals the logarithm of the uniform draw to within 1 ulp, at the ends too', () => {
    const rng = new RandomStream(9, 0, 'bits');
    let worst = 0;
    const check = (n: number) => {
      worst = Math.max(worst, ulpDistance(Math.log((n + 0.5) / 4294967296), logOfUniformBits(n)));
    };
    for (let i = 0; i < 100_000; i++) check(rng.nextUint32());
    for (const n of [0, 1, 2, 3, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff]) check(n);
    expect(worst).toBeLessThanOrEqual(1);
  });
});
