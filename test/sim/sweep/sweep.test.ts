import { describe, expect, it } from 'vitest';
import {
  parseMetric,
  parseRange,
  parseValueList,
  runSweepPoint,
  summarizeSweep,
  sweep,
  sweepPoints,
  SimulationError,
  type SweepResult,
  type SweepSpec,
} from '../../../sim/index.js';
import { singleStation } from '../helpers.js';
import { tandem } from './scenarios.js';

const small = () => tandem({ ratePerHour: 300, serviceA: 60, serviceB: 30, a: 6, b: 3, hours: 3, warmup: 0.5 });

function stable(r: SweepResult): unknown {
  return { ...r, wallMs: 0 };
}

describe('sweep values', () => {
  it('reads lists and inclusive ranges', () => {
    expect(parseValueList('2, 4,6')).toEqual([2, 4, 6]);
    expect(parseRange('2:10:2')).toEqual([2, 4, 6, 8, 10]);
    expect(parseRange('0.1:0.3:0.1')).toEqual([0.1, 0.2, 0.3]);
    expect(parseRange('1:2:0.3')).toEqual([1, 1.3, 1.6, 1.9]);
    expect(() => parseValueList('2,x')).toThrow(/values item 2: expected a number, got "x"/);
    expect(() => parseValueList('2,2')).toThrow(/listed twice/);
    expect(() => parseRange('2:10')).toThrow(/from:to:step/);
    expect(() => parseRange('10:2:1')).toThrow(/to ≥ from/);
    expect(() => parseRange('1:2:0')).toThrow(/step > 0/);
    expect(() => parseRange('0:1e6:1')).toThrow(/at most 500 values/);
  });
});

describe('sweep', () => {
  it('builds one validated scenario per value, or per pair for two parameters', () => {
    const spec: SweepSpec = {
      params: [
        { path: 'stations[id=border].servers', values: [6, 7] },
        { path: 'stations[id=xray].service.mean', values: [20, 30, 40] },
      ],
      metric: parseMetric('p95'),
    };
    const points = sweepPoints(small(), spec);
    expect(points.map((p) => p.values)).toEqual([[6, 20], [6, 30], [6, 40], [7, 20], [7, 30], [7, 40]]);
    expect(points[4].scenario.stations[0].servers).toBe(7);
    expect(points[4].scenario.stations[1].service).toEqual({ dist: 'exponential', mean: 30 });
    expect(() => sweepPoints(small(), { ...spec, params: [{ path: 'stations[id=desk].servers', values: [1] }] })).toThrow(/unknown station id "desk"/);
    expect(() => sweepPoints(small(), { ...spec, metric: parseMetric('meanWait', 'desk') })).toThrow(/unknown station id "desk"/);
    expect(() => sweepPoints(small(), { ...spec, params: [{ path: 'stations[id=border].servers', values: [3, 3.5] }] })).toThrow(/= 3\.5 makes the scenario invalid/);
  });

  it('is deterministic: the same seed gives the same numbers, another seed others', () => {
    const spec: SweepSpec = { params: [{ path: 'stations[id=border].servers', values: [6, 7, 8] }], metric: parseMetric('border.meanWait') };
    const a = sweep(small(), spec, { replications: 4, seed: 11 });
    const b = sweep(small(), spec, { replications: 4, seed: 11 });
    const c = sweep(small(), spec, { replications: 4, seed: 12 });
    expect(stable(a)).toEqual(stable(b));
    expect(a.rows.map((r) => r.value)).not.toEqual(c.rows.map((r) => r.value));
    expect(a.seed).toBe(11);
    expect(a.metric).toMatchObject({ key: 'border.meanWait', label: 'mean wait at border', unit: 's', better: 'lower' });
    expect(a.params[0]).toEqual({ path: 'stations[id=border].servers', values: [6, 7, 8], base: 6 });
  });

  it('uses common random numbers: more servers never lengthen the wait, point by point', () => {
    const spec: SweepSpec = { params: [{ path: 'stations[id=border].servers', values: [6, 7, 8, 10] }], metric: parseMetric('border.meanWait') };
    const r = sweep(small(), spec, { replications: 3 });
    const waits = r.rows.map((row) => row.value ?? NaN);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeLessThan(waits[i - 1]);
    for (const row of r.rows) {
      expect(row.status).toBe('ok');
      expect(row.ci95![0]).toBeLessThanOrEqual(row.value!);
      expect(row.ci95![1]).toBeGreaterThanOrEqual(row.value!);
    }
  });

  it('reports overloaded points as unstable, not as failures, and the split API gives the same result', () => {
    const sc = singleStation({ ratePerHour: 300, meanService: 60, servers: 6, hours: 2, warmup: 0 });
    const spec: SweepSpec = { params: [{ path: 'stations[id=desk].servers', values: [4, 5, 6, 8] }], metric: parseMetric('desk.p95Wait') };
    const whole = sweep(sc, spec, { replications: 3, seed: 5 });
    expect(whole.rows.map((r) => r.status)).toEqual(['unstable', 'unstable', 'ok', 'ok']);
    expect(whole.rows[0]).toMatchObject({ value: null, ci95: null, passengers: 0, stations: ['desk'] });
    expect(whole.rows[0].message).toMatch(/cannot keep up/);
    // The way the UI's workers will do it: points anywhere, in any order, then summarise.
    const points = sweepPoints(sc, spec);
    const outcomes = [...points].reverse().map((p) => runSweepPoint(p, { seed: 5, replications: 3 })).reverse();
    expect(stable(summarizeSweep(sc, spec, points, outcomes, { seed: 5, replications: 3, wallMs: 0 }))).toEqual(stable(whole));
  });

  it('reports progress and stops when aborted', () => {
    const spec: SweepSpec = { params: [{ path: 'arrivals.scale', values: [0.5, 1] }], metric: parseMetric('throughput') };
    const seen: number[] = [];
    const r = sweep(small(), spec, { replications: 2, onProgress: (p) => seen.push(p.replicationsDone) });
    expect(seen.at(-1)).toBe(4);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(r.rows[1].value! / r.rows[0].value!).toBeCloseTo(2, 0);
    const ctl = new AbortController();
    let err: unknown;
    try {
      sweep(small(), spec, { replications: 2, signal: ctl.signal, onProgress: () => ctl.abort() });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SimulationError);
    expect((err as SimulationError).code).toBe('cancelled');
  });
});
