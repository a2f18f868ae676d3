/**
 * Level of service: lanes built to sit in each band get that band, on wait and on space,
 * overall and per interval; the scenario's override replaces the table; bad input is refused
 * with its JSON path.
 */
import { describe, expect, test } from 'vitest';
import { run, validateScenario, type Scenario } from '../../../sim/index.js';
import { classifySpace, classifyWait, combineLos } from '../../../sim/stats/level-of-service.js';
import { histogramQuantile, WAIT_BIN_EDGES, WAIT_BINS, waitBin, waitBinBySearch } from '../../../sim/stats/wait-histogram.js';
import { RandomStream } from '../../../sim/engine/random-stream.js';

/**
 * A bus of `n` passengers stepping off at once onto one desk with a constant service of
 * `service` s: the k-th waits k × service, so waits and the queue are known exactly.
 */
function busToOneDesk(n: number, service: number, extra: Partial<Scenario['stations'][number]> = {}, scenario: Partial<Scenario> = {}): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'bus to one desk',
    horizon: { arrivalsSeconds: 3600 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'vehicles', vehicles: [{ id: 'bus', atSeconds: 0, passengers: n, alightPerMinute: 10_000 }] }],
    entry: 'desk',
    stations: [{ id: 'desk', mode: 'queue', checks: ['border'], servers: 1, service: { dist: 'constant', value: service }, next: 'exit', ...extra }],
    ...scenario,
  };
}

function losOf(s: Scenario) {
  const r = run(s, { replications: 1 });
  const los = r.stations[0].los;
  if (!los) throw new Error('no level of service');
  return { los, result: r };
}

describe('bands', () => {
  test('waits sit in the band their p95 falls in (immigration 5 / 10 / 20 min)', () => {
    // p95 of waits 0, S, …, (n−1)S is about 0.95 (n−1) S.
    const cases: Array<[number, number, string]> = [
      [50, 6, 'over-design'], // ≈ 279 s
      [100, 6, 'optimum'], // ≈ 564 s
      [100, 10, 'sub-optimum'], // ≈ 940 s
      [100, 15, 'under-provided'], // ≈ 1410 s
    ];
    for (const [n, service, band] of cases) {
      const { los, result } = losOf(busToOneDesk(n, service));
      expect(los.processType).toBe('immigration');
      expect(los.processTypeInferred).toBe(true);
      expect(los.wait.class, `${n} × ${service} s`).toBe(band);
      expect(los.wait.p95Seconds).toBe(result.stations[0].p95Wait);
      // The first interval holds every passenger: its p95 (from the histogram) agrees within 2 %.
      expect(los.intervals.passengers[0]).toBe(n);
      expect(los.intervals.p95Wait[0]!).toBeGreaterThan(result.stations[0].p95Wait * 0.98);
      expect(los.intervals.p95Wait[0]!).toBeLessThan(result.stations[0].p95Wait * 1.02);
      expect(los.intervals.wait[0]).toBe(band);
    }
  });

  test('space per queuing passenger from the time-weighted queue of the busiest interval', () => {
    // 100 passengers, 9 s each: the queue drains in exactly 900 s (one 15-min interval); the
    // queue integral is 9 × (0 + 1 + … + 99) = 44,550 passenger-seconds, a mean of 49.5.
    const cases: Array<[number, string]> = [
      [62, 'over-design'], // 1.25 m²
      [55, 'optimum'], // 1.11 m²
      [45, 'sub-optimum'], // 0.91 m²
      [35, 'under-provided'], // 0.71 m²
    ];
    for (const [area, band] of cases) {
      const { los } = losOf(busToOneDesk(100, 9, { queueAreaM2: area, processType: 'security' }));
      expect(los.processTypeInferred).toBe(false);
      expect(los.intervals.intervalSeconds).toBe(900);
      expect(los.space!.peakMeanQueue).toBeCloseTo(49.5, 1);
      expect(los.space!.m2PerPassenger!).toBeCloseTo(area / 49.5, 2);
      expect(los.space!.class, `${area} m²`).toBe(band);
      expect(los.intervals.space[0]).toBe(band);
    }
  });

  test('wait and space together: both sub-optimum make under-provided', () => {
    const { los } = losOf(busToOneDesk(100, 9, { queueAreaM2: 45 }));
    expect(los.wait.class).toBe('sub-optimum');
    expect(los.space!.class).toBe('sub-optimum');
    expect(los.class).toBe('under-provided');
    expect(los.worstInterval).toBe('under-provided');
  });

  test('without an area there is no space figure and the wait decides', () => {
    const { los } = losOf(busToOneDesk(100, 6));
    expect(los.space).toBeNull();
    expect(los.queueAreaM2).toBeNull();
    expect(los.class).toBe(los.wait.class);
  });

  test('a scenario override replaces the table for its process type', () => {
    const s = busToOneDesk(100, 6, {}, { levelOfService: { immigration: { waitSeconds: [60, 120, 240] } } });
    expect(validateScenario(s).ok).toBe(true);
    const { los } = losOf(s);
    expect(los.thresholds.source).toBe('scenario');
    expect(los.thresholds.waitSeconds).toEqual([60, 120, 240]);
    expect(los.thresholds.spaceM2).toEqual([1.2, 1.0, 0.8]);
    expect(los.wait.class).toBe('under-provided');
  });

  test('classifiers at their edges', () => {
    const w: [number, number, number] = [300, 600, 1200];
    expect([0, 299.9, 300, 600, 600.1, 1200, 1200.1].map((x) => classifyWait(x, w))).toEqual([
      'over-design',
      'over-design',
      'optimum',
      'optimum',
      'sub-optimum',
      'sub-optimum',
      'under-provided',
    ]);
    const sp: [number, number, number] = [1.2, 1.0, 0.8];
    expect([null, 1.21, 1.2, 1.0, 0.99, 0.8, 0.79].map((x) => classifySpace(x, sp))).toEqual([
      'over-design',
      'over-design',
      'optimum',
      'optimum',
      'sub-optimum',
      'sub-optimum',
      'under-provided',
    ]);
    expect(combineLos('over-design', 'optimum')).toBe('optimum');
    expect(combineLos('over-design', 'over-design')).toBe('over-design');
    expect(combineLos('optimum', 'under-provided')).toBe('under-provided');
    expect(combineLos('sub-optimum', 'over-design')).toBe('sub-optimum');
  });

  test('delay stations have no level of service; bundled-style queue stations all do', () => {
    const s = busToOneDesk(10, 5);
    s.stations = [
      { id: 'walk', mode: 'delay', service: { dist: 'constant', value: 5 }, next: 'desk' },
      { ...s.stations[0] },
    ];
    s.entry = 'walk';
    const r = run(s, { replications: 1 });
    expect(r.stations[0].los).toBeUndefined();
    expect(r.stations[1].los).toBeDefined();
  });
});

describe('bad input', () => {
  function errors(s: unknown) {
    const r = validateScenario(s);
    if (r.ok) throw new Error('expected the scenario to be rejected');
    return r.errors;
  }

  test('area ≤ 0, unknown process type and unordered thresholds name their paths', () => {
    expect(errors(busToOneDesk(5, 5, { queueAreaM2: 0 }))[0].path).toBe('stations[0].queueAreaM2');
    expect(errors(busToOneDesk(5, 5, { queueAreaM2: -3 }))[0].path).toBe('stations[0].queueAreaM2');
    const unknown = errors(busToOneDesk(5, 5, { processType: 'teleport' as 'other' }));
    expect(unknown[0].path).toBe('stations[0].processType');
    expect(unknown[0].message).toContain('immigration');
    const unordered = errors(busToOneDesk(5, 5, {}, { levelOfService: { security: { waitSeconds: [600, 300, 1200] } } }));
    expect(unordered[0].path).toBe('levelOfService.security.waitSeconds');
    expect(unordered[0].message).toContain('ascending');
    const badType = errors(busToOneDesk(5, 5, {}, { levelOfService: { teleport: {} } as Scenario['levelOfService'] }));
    expect(badType[0].path).toContain('levelOfService');
  });
});

describe('wait histogram', () => {
  test('percentiles within 2 % of the exact ones', () => {
    const rng = new RandomStream(7, 0, 'test', 'hist');
    const values = Array.from({ length: 20_000 }, () => -rng.logUniform() * 400 * (rng.uniform() < 0.3 ? 0 : 1));
    const counts = new Float64Array(WAIT_BINS);
    for (const v of values) counts[waitBin(v)]++;
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.5, 0.9, 0.95, 0.99]) {
      const exact = sorted[Math.ceil(p * sorted.length) - 1];
      const est = histogramQuantile(counts, p)!;
      expect(Math.abs(est - exact) / exact, `p${p * 100}`).toBeLessThan(0.02);
    }
    expect(histogramQuantile(counts, 0.2)).toBe(0);
    expect(histogramQuantile(new Float64Array(WAIT_BINS), 0.5)).toBeNull();
  });
});

describe('wait bins', () => {
  test('the guess from the bits gives the binary search\'s bin for every edge, its neighbours and random waits', () => {
    const values: number[] = [0, -1, NaN, Infinity, 1e-9, 0.5, 1, 2 ** 24, 3e7];
    for (const e of WAIT_BIN_EDGES) values.push(e, e * (1 - 1e-15), e * (1 + 1e-15), e * 1.02);
    const rng = new RandomStream(11, 0, 'test', 'bins');
    for (let i = 0; i < 50_000; i++) values.push(-rng.logUniform() * 10 ** (rng.uniform() * 7 - 1));
    for (const v of values) expect(waitBin(v), String(v)).toBe(waitBinBySearch(v));
  });
});
