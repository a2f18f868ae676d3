/**
 * Reproducibility: the same scenario, seed and replications give identical numbers, however
 * the replications are split (as across workers); different seeds give different numbers;
 * and changing one station does not shift the random numbers of the arrivals (common
 * random numbers for comparisons).
 */
import { describe, expect, test } from 'vitest';
import { blockSteps, finishRun, prepareRun, run, runBlock, type RunResult, type Scenario } from '../../sim/index.js';

const lane: Scenario = {
  format: 'lanesim/scenario@1',
  name: 'Two-step lane',
  horizon: { arrivalsSeconds: 4 * 3600 },
  classes: [
    { id: 'citizen', share: 0.6, bags: [{ count: 0, probability: 0.3 }, { count: 1, probability: 0.5 }, { count: 2, probability: 0.2 }] },
    { id: 'foreign', share: 0.4 },
  ],
  arrivals: [
    { kind: 'poisson', schedule: [{ fromSeconds: 0, ratePerHour: 120 }, { fromSeconds: 3600, ratePerHour: 300 }] },
    { kind: 'flights', flights: [{ id: 'CZ1', atSeconds: 1800, passengers: 150, deplanePerMinute: 25, walk: { dist: 'uniform', min: 60, max: 240 } }] },
  ],
  entry: 'border',
  stations: [
    { id: 'border', mode: 'queue', servers: 6, service: { dist: 'lognormal', mean: 45, cv: 0.5 }, next: 'xray', alarms: [{ check: 'border', probability: 0.02, to: 'office' }] },
    { id: 'office', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 120 }, next: 'xray' },
    { id: 'xray', mode: 'queue', servers: 2, service: { dist: 'uniform', min: 5, max: 10 }, perBag: { dist: 'constant', value: 6 }, next: 'exit', walk: { dist: 'uniform', min: 20, max: 40 } },
  ],
};

function strip(r: RunResult): Omit<RunResult, 'wallMs'> {
  const { wallMs: _wallMs, ...rest } = r;
  return rest;
}

describe('determinism', () => {
  test('same scenario, seed and replications give identical results', () => {
    const a = run(lane, { seed: 42, replications: 4 });
    const b = run(structuredClone(lane), { seed: 42, replications: 4 });
    expect(strip(b)).toEqual(strip(a));
  });

  test('replications split across workers, in any order, give the same result', () => {
    const whole = run(lane, { seed: 9, replications: 5 });
    const prepared = prepareRun(lane, { seed: 9, replications: 5 });
    const reps = [4, 1, 3, 0, 2].map((r) => runBlock(prepareRun(lane, { seed: 9, replications: 5 }), r, 1));
    const split = finishRun(prepared, reps, 0);
    expect(strip(split)).toEqual(strip(whole));
    const blocks = [runBlock(prepared, 3, 2), runBlock(prepared, 0, 3)];
    expect(strip(finishRun(prepared, JSON.parse(JSON.stringify(blocks)), 0))).toEqual(strip(whole));
  });

  test("a block run in steps yields each replication once it has run and gives runBlock's statistics", () => {
    const prepared = prepareRun(lane, { seed: 9, replications: 5 });
    const steps = blockSteps(prepared, 1, 3);
    const yielded: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded.push(step.value);
    expect(yielded).toEqual([1, 2, 3]);
    expect(step.value).toEqual(runBlock(prepared, 1, 3));
    expect(step.value.replications).toEqual([1, 2, 3]);
  });

  test('different seeds give different results', () => {
    const a = run(lane, { seed: 1, replications: 2 });
    const b = run(lane, { seed: 2, replications: 2 });
    expect(b.clearance.mean).not.toEqual(a.clearance.mean);
  });

  test('common random numbers: changing a downstream station leaves arrivals untouched', () => {
    const changed = structuredClone(lane);
    changed.stations[2].servers = 3;
    changed.stations.push({ id: 'extra', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'exit' });
    const a = run(lane, { seed: 5, replications: 3 });
    const b = run(changed, { seed: 5, replications: 3 });
    expect(b.timeseries.arrivalsPerHour).toEqual(a.timeseries.arrivalsPerHour);
    // Border desks see the same passengers with the same service draws.
    expect(b.stations[0].meanWait).toEqual(a.stations[0].meanWait);
    expect(b.stations[2].meanWait).not.toEqual(a.stations[2].meanWait);
  });
});

describe('shares', () => {
  test('the interval of the share cleared within target stays inside [0, 1]', () => {
    // A target near the slowest passengers: most replications clear ~100 %, one a little
    // less, so the t-interval's upper end would pass 100 % unless clamped.
    const probe = run(lane, { seed: 3, replications: 3 });
    const target = probe.clearance.p99;
    const r = run({ ...lane, targets: { clearanceSeconds: target } }, { seed: 3, replications: 3 });
    const reps = r.perReplication.withinTarget;
    const mean = reps.reduce((a, b) => a + b, 0) / reps.length;
    const sd = Math.sqrt(reps.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (reps.length - 1));
    expect(r.withinTarget.share + (4.303 * sd) / Math.sqrt(3), 'the unclamped interval would pass 1').toBeGreaterThan(1);
    expect(r.withinTarget.shareCI95[1]).toBe(1);
    expect(r.withinTarget.shareCI95[0]).toBeGreaterThanOrEqual(0);
  });
});

const SEED_WITH_RARE_WAITS = 1;

describe('time intervals', () => {
  test('a station where almost nobody waits gets an interval that does not go below 0 s', () => {
    // One replication in three sees a short wait at the lightly loaded office; the
    // t-interval of such means reaches below zero unless clamped.
    const r = run(lane, { seed: SEED_WITH_RARE_WAITS, replications: 3 });
    const office = r.stations.find((s) => s.id === 'office')!;
    const waits = r.perReplication.stationMeanWait.office;
    const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
    const sd = Math.sqrt(waits.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (waits.length - 1));
    expect(office.meanWait - (4.303 * sd) / Math.sqrt(3), 'the unclamped interval would go below 0').toBeLessThan(0);
    expect(office.meanWaitCI95[0]).toBe(0);
    for (const s of r.stations) expect(s.meanWaitCI95[0]).toBeGreaterThanOrEqual(0);
  });
});
