/** Unit tests of the engine pieces: calendar order, random streams, distribution moments. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EventCalendar } from '../../../sim/engine/event-calendar.js';
import { RandomStream } from '../../../sim/engine/random-stream.js';
import { compileDist, sample, type Distribution } from '../../../sim/index.js';

describe('EventCalendar', () => {
  test('pops in time order, equal times first in first out', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 500 }), (times) => {
        const cal = new EventCalendar(2);
        times.forEach((t, i) => cal.schedule(t, i, 0));
        const out: Array<[number, number]> = [];
        while (cal.size > 0) {
          const t = cal.pop();
          out.push([t, cal.poppedA]);
        }
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
    );
  });

  test('interleaved schedule and pop keeps the order', () => {
    const cal = new EventCalendar(4);
    cal.schedule(5, 1, 0);
    cal.schedule(1, 2, 0);
    expect(cal.pop()).toBe(1);
    cal.schedule(5, 3, 0);
    cal.schedule(3, 4, 7);
    expect(cal.pop()).toBe(3);
    expect(cal.poppedB).toBe(7);
    expect(cal.pop()).toBe(5);
    expect(cal.poppedA).toBe(1);
    expect(cal.pop()).toBe(5);
    expect(cal.poppedA).toBe(3);
    expect(cal.peekTime()).toBe(Infinity);
  });
});

describe('EventCalendar: the event held beside the heap', () => {
  // Any mix of schedule and scheduleBeside, popped between, leaves in (time, order scheduled):
  // the held place must never change which event comes next.
  test('leaves in the same order as if every event were in the heap', () => {
    const op = fc.record({ t: fc.integer({ min: 0, max: 12 }), beside: fc.boolean(), pops: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const cal = new EventCalendar(2);
        const ref = new EventCalendar(2);
        const out: number[][] = [];
        const want: number[][] = [];
        let now = 0;
        ops.forEach((o, i) => {
          if (o.beside) cal.scheduleBeside(now + o.t, i, 1);
          else cal.schedule(now + o.t, i, 2);
          ref.schedule(now + o.t, i, o.beside ? 1 : 2);
          for (let k = 0; k < o.pops && cal.size > 0; k++) {
            expect(cal.peekTime()).toBe(ref.peekTime());
            now = cal.pop();
            out.push([now, cal.poppedA, cal.poppedB]);
            const r = ref.pop();
            want.push([r, ref.poppedA, ref.poppedB]);
          }
          expect(cal.size).toBe(ref.size);
        });
        while (cal.size > 0) {
          out.push([cal.pop(), cal.poppedA, cal.poppedB]);
          want.push([ref.pop(), ref.poppedA, ref.poppedB]);
        }
        expect(out).toEqual(want);
        expect(ref.size).toBe(0);
      }),
    );
  });

  test('an equal time leaves in the order scheduled, held or not', () => {
    const cal = new EventCalendar(2);
    cal.schedule(4, 1, 0);
    cal.scheduleBeside(4, 2, 0);
    cal.schedule(4, 3, 0);
    cal.scheduleBeside(4, 4, 0); // the held place is taken: into the heap
    const order: number[] = [];
    while (cal.size > 0) {
      cal.pop();
      order.push(cal.poppedA);
    }
    expect(order).toEqual([1, 2, 3, 4]);
  });

  test('grows past its first capacity with slots reused', () => {
    const cal = new EventCalendar(2);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 100; i++) cal.schedule(100 - i, i, round);
      const seen: number[] = [];
      while (cal.size > 0) {
        cal.pop();
        seen.push(cal.poppedA);
      }
      expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => 99 - i));
    }
  });
});

describe('RandomStream', () => {
  test('is reproducible and keyed by every part of its name', () => {
    const draw = (s: RandomStream) => Array.from({ length: 5 }, () => s.nextUint32());
    expect(draw(new RandomStream(1, 0, 'service', 'border'))).toEqual(draw(new RandomStream(1, 0, 'service', 'border')));
    const base = draw(new RandomStream(1, 0, 'service', 'border'));
    expect(draw(new RandomStream(2, 0, 'service', 'border'))).not.toEqual(base);
    expect(draw(new RandomStream(1, 1, 'service', 'border'))).not.toEqual(base);
    expect(draw(new RandomStream(1, 0, 'route', 'border'))).not.toEqual(base);
    expect(draw(new RandomStream(1, 0, 'service', 'desk'))).not.toEqual(base);
  });

  test('uniform draws are in (0, 1) with mean ½ and variance 1/12', () => {
    const s = new RandomStream(123, 0, 'u');
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = s.uniform();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
      sq += u * u;
    }
    expect(outside).toBe(0);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 3);
  });

  test('neighbouring streams are uncorrelated', () => {
    const a = new RandomStream(1, 0, 'service', 's1');
    const b = new RandomStream(1, 0, 'service', 's2');
    const n = 50_000;
    let sab = 0;
    for (let i = 0; i < n; i++) sab += (a.uniform() - 0.5) * (b.uniform() - 0.5);
    expect(Math.abs(sab / n / (1 / 12))).toBeLessThan(0.02);
  });
});

describe('distributions', () => {
  const cases: Distribution[] = [
    { dist: 'constant', value: 7 },
    { dist: 'exponential', mean: 30 },
    { dist: 'uniform', min: 6, max: 12 },
    { dist: 'triangular', min: 2, mode: 5, max: 14 },
    { dist: 'normal', mean: 20, sd: 5 },
    { dist: 'normal', mean: 2, sd: 5 },
    { dist: 'lognormal', mean: 45, cv: 0.5 },
    { dist: 'gamma', mean: 60, cv: 0.4 },
    { dist: 'gamma', mean: 10, cv: 2 },
    { dist: 'erlang', mean: 30, k: 3 },
    { dist: 'erlang', mean: 30, k: 900 },
    { dist: 'empirical', values: [5, 10, 10, 40] },
  ];
  test.each(cases.map((d) => [JSON.stringify(d), d] as const))('%s: sample mean and variance match', (_label, d) => {
    const c = compileDist(d);
    const rng = new RandomStream(99, 0, 'dist', JSON.stringify(d));
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const x = sample(c, rng);
      if (x < min) min = x;
      sum += x;
      sq += x * x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    const m = sum / n;
    const v = sq / n - m * m;
    const se = Math.sqrt(c.variance / n);
    expect(Math.abs(m - c.mean)).toBeLessThanOrEqual(4 * se + 1e-9);
    if (c.variance > 0) expect(Math.abs(v - c.variance) / c.variance).toBeLessThan(0.06);
    else expect(v).toBeCloseTo(0, 9);
  });
});
