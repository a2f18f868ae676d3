/**
 * What streaming statistics change in the bundled scenarios: percentiles and the
 * distribution now come from the histogram (sim/stats/histogram.ts), so they may differ from
 * the exact percentiles of the sorted clearance and wait times by at most 1/1024 s + 0.1 % of
 * the value (the stated bound); the mean and the spread are sums in another order (relative
 * difference below 1e-12); counts and shares are exact. The exact figures are computed
 * here from replication 0's full trace of every passenger and visit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from 'simple-statistics';
import { runDetailed, validateScenario, type Scenario } from '../../../sim/index.js';
import { ABSOLUTE_ERROR_BELOW_1S, RELATIVE_ERROR } from '../../../sim/stats/histogram.js';

const DIR = join(__dirname, '../../../scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const PS = Array.from({ length: 101 }, (_, k) => k / 100);

function load(file: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  if (!v.ok) throw new Error(file);
  return v.scenario;
}

const bound = (x: number) => (ABSOLUTE_ERROR_BELOW_1S + x * RELATIVE_ERROR) * (1 + 1e-9);
const exactQ = (sorted: Float64Array, p: number) => (sorted.length ? quantileSorted(sorted as unknown as number[], p) : 0);

describe('histogram percentiles against exact percentiles, bundled scenarios', () => {
  it.each(files)('%s: within the stated bound; mean and counts as exact as before', (file) => {
    const scenario = load(file);
    const { result, log } = runDetailed(scenario, { seed: 3, replications: 1, recordVisits: 2_000_000, allowOverload: true });
    expect(log!.truncated).toBe(false);
    const warmup = result.warmupSeconds;
    const pas = log!.passengers;
    const clearance: number[] = [];
    for (let p = 0; p < pas.length; p++) if (pas.entry[p] >= warmup) clearance.push(pas.exit[p] - pas.entry[p]);
    const sorted = Float64Array.from(clearance).sort();
    expect(result.passengers).toBe(sorted.length);
    const c = result.clearance;
    for (const [p, got] of [[0.5, c.p50], [0.9, c.p90], [0.95, c.p95], [0.99, c.p99]] as const) {
      const exact = exactQ(sorted, p);
      expect(Math.abs(got - exact), `p${p * 100}: ${got} vs ${exact}`).toBeLessThanOrEqual(bound(exact));
    }
    PS.forEach((p, k) => expect(Math.abs(result.distribution.percentiles[k] - exactQ(sorted, p))).toBeLessThanOrEqual(bound(exactQ(sorted, p))));
    expect(c.min).toBe(sorted[0]);
    expect(c.max).toBe(sorted[sorted.length - 1]);
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    expect(Math.abs(c.mean - mean) / mean).toBeLessThan(1e-12);
    const sd = Math.sqrt(sorted.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (sorted.length - 1));
    expect(Math.abs(c.sd - sd) / sd).toBeLessThan(1e-9);
    expect(result.withinTarget.share).toBe(sorted.filter((x) => x <= result.withinTarget.seconds).length / sorted.length);
    // The chart's histogram counts every passenger once.
    expect(result.distribution.counts.reduce((a, b) => a + b, 0)).toBe(sorted.length);

    // Waits per station, from the visits (arrival after the warm-up).
    const v = log!.visits;
    result.stations.forEach((st, s) => {
      const waits: number[] = [];
      for (let i = 0; i < v.length; i++) if (v.station[i] === s && v.arrive[i] >= warmup) waits.push(v.start[i] - v.arrive[i]);
      const w = Float64Array.from(waits).sort();
      const exact = exactQ(w, 0.95);
      expect(Math.abs(st.p95Wait - exact), `${st.id} p95 wait: ${st.p95Wait} vs ${exact}`).toBeLessThanOrEqual(bound(exact));
    });
  });
});
