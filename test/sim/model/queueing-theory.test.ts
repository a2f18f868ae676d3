/**
 * The model against queueing theory: each closed-form figure must fall inside the run's
 * own 95 % confidence interval, and Little's law must hold at every station. If routing,
 * service, waiting or the statistics were wrong, these would fail.
 */
import { describe, expect, test } from 'vitest';
import { run, type RunResult, type Scenario } from '../../../sim/index.js';
import { singleStation } from '../helpers.js';
import { mg1MeanWait, mmcMeanWait } from './queueing-formulas.js';

function expectInside(value: number, ci: [number, number], label: string): void {
  expect(ci[0], `${label}: ${value} should be ≥ CI low ${ci[0]}`).toBeLessThanOrEqual(value);
  expect(ci[1], `${label}: ${value} should be ≤ CI high ${ci[1]}`).toBeGreaterThanOrEqual(value);
  // An interval so wide it would accept anything proves nothing.
  expect(ci[1] - ci[0], `${label}: interval too wide`).toBeLessThan(Math.max(0.25 * value, 2));
}

/** Little's law at each queue station: L_q = λ W_q, with λ the station's observed arrival rate. */
function expectLittle(r: RunResult): void {
  const windowSeconds = (r.passengers / r.throughputPerHour) * 3600;
  for (const s of r.stations) {
    const lambda = s.served / windowSeconds;
    expect(s.meanQueue, `Little's law (queue) at ${s.id}`).toBeCloseTo(lambda * s.meanWait, 1);
    const sojourn = s.meanWait + s.meanService;
    expect(Math.abs(s.meanInStation - lambda * sojourn) / Math.max(0.05, lambda * sojourn), `Little's law (station) at ${s.id}`).toBeLessThan(0.03);
  }
}

const REPS = 20;

describe('single-station queues', () => {
  test('M/M/1 at load 0.8: wait, sojourn, utilisation', () => {
    const lambda = 60 / 3600;
    const r = run(singleStation({ ratePerHour: 60, meanService: 48, servers: 1, hours: 60 }), { replications: REPS, seed: 7 });
    const wq = mmcMeanWait(lambda, 48, 1); // 192 s
    expect(wq).toBeCloseTo(192, 6);
    expectInside(wq, r.stations[0].meanWaitCI95, 'M/M/1 Wq');
    expectInside(wq + 48, r.clearance.meanCI95, 'M/M/1 W');
    expect(r.stations[0].utilization).toBeGreaterThan(0.78);
    expect(r.stations[0].utilization).toBeLessThan(0.82);
    expectLittle(r);
  });

  test('M/M/c (Erlang C), c = 3 at load 0.83', () => {
    const lambda = 300 / 3600;
    const r = run(singleStation({ ratePerHour: 300, meanService: 30, servers: 3, hours: 24 }), { replications: REPS, seed: 3 });
    const wq = mmcMeanWait(lambda, 30, 3);
    expectInside(wq, r.stations[0].meanWaitCI95, 'M/M/3 Wq');
    expectInside(wq + 30, r.clearance.meanCI95, 'M/M/3 W');
    expect(r.stations[0].utilization).toBeCloseTo(lambda * 30 / 3, 1);
    expectLittle(r);
  });

  test('M/D/1 (Pollaczek–Khinchine): deterministic service halves the M/M/1 wait', () => {
    const lambda = 60 / 3600;
    const r = run(singleStation({ ratePerHour: 60, meanService: 48, servers: 1, hours: 60, service: { dist: 'constant', value: 48 } }), {
      replications: REPS,
      seed: 11,
    });
    const wq = mg1MeanWait(lambda, 48, 0); // 96 s
    expect(wq).toBeCloseTo(96, 6);
    expectInside(wq, r.stations[0].meanWaitCI95, 'M/D/1 Wq');
    expectLittle(r);
  });

  test('M/G/1 with lognormal service (mean 40 s, cv 0.5)', () => {
    const lambda = 72 / 3600;
    const r = run(singleStation({ ratePerHour: 72, meanService: 40, servers: 1, hours: 60, service: { dist: 'lognormal', mean: 40, cv: 0.5 } }), {
      replications: REPS,
      seed: 5,
    });
    const wq = mg1MeanWait(lambda, 40, (40 * 0.5) ** 2);
    expectInside(wq, r.stations[0].meanWaitCI95, 'M/G/1 Wq');
  });
});

describe('networks', () => {
  test('open Jackson network with a probabilistic branch', () => {
    // λ = 90/h into A (1 server, 30 s); 30 % to B (1 server, 60 s), 70 % to C (2 servers, 80 s).
    const s: Scenario = {
      format: 'lanesim/scenario@1',
      name: 'Jackson',
      horizon: { arrivalsSeconds: 40 * 3600, warmupSeconds: 3600 },
      classes: [{ id: 'all', share: 1 }],
      arrivals: [{ kind: 'poisson', ratePerHour: 90 }],
      entry: 'A',
      stations: [
        { id: 'A', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 30 }, next: [{ to: 'B', probability: 0.3 }, { to: 'C', probability: 0.7 }] },
        { id: 'B', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 60 }, next: 'exit' },
        { id: 'C', mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 80 }, next: 'exit' },
      ],
    };
    const r = run(s, { replications: REPS, seed: 21 });
    const lA = 90 / 3600;
    const wA = mmcMeanWait(lA, 30, 1);
    const wB = mmcMeanWait(0.3 * lA, 60, 1);
    const wC = mmcMeanWait(0.7 * lA, 80, 2);
    const [A, B, C] = r.stations;
    expectInside(wA, A.meanWaitCI95, 'Jackson A');
    expectInside(wB, B.meanWaitCI95, 'Jackson B');
    expectInside(wC, C.meanWaitCI95, 'Jackson C');
    expectInside(wA + 30 + 0.3 * (wB + 60) + 0.7 * (wC + 80), r.clearance.meanCI95, 'Jackson sojourn');
    expect(B.served / (B.served + C.served)).toBeCloseTo(0.3, 2);
    expectLittle(r);
  });

  test('a class split into two M/M/c stations (e-gates and desks)', () => {
    const s: Scenario = {
      format: 'lanesim/scenario@1',
      name: 'Class split',
      horizon: { arrivalsSeconds: 30 * 3600, warmupSeconds: 3600 },
      classes: [
        { id: 'citizen', share: 0.6 },
        { id: 'foreign', share: 0.4 },
      ],
      arrivals: [{ kind: 'poisson', ratePerHour: 200 }],
      entry: 'split',
      stations: [
        { id: 'split', mode: 'delay', service: { dist: 'constant', value: 0 }, next: [{ to: 'egates', classes: ['citizen'] }, { to: 'desks' }] },
        { id: 'egates', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 24 }, next: 'exit' },
        { id: 'desks', mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 60 }, next: 'exit' },
      ],
    };
    const r = run(s, { replications: REPS, seed: 4 });
    const wE = mmcMeanWait(120 / 3600, 24, 1) + 24;
    const wD = mmcMeanWait(80 / 3600, 60, 2) + 60;
    expectInside(wE, r.byClass.citizen.meanCI95, 'citizens via e-gates');
    expectInside(wD, r.byClass.foreign.meanCI95, 'foreigners via desks');
    expect(r.byClass.citizen.passengers / r.passengers).toBeCloseTo(0.6, 2);
    expectLittle(r);
  });

  test('M/G/∞ delay station: mean number inside is λ E[S]', () => {
    const s = singleStation({ ratePerHour: 600, meanService: 0, servers: 1, hours: 10 });
    s.stations[0] = { id: 'desk', mode: 'delay', service: { dist: 'uniform', min: 6, max: 12 }, next: 'exit' };
    const r = run(s, { replications: 5, seed: 2 });
    expect(r.stations[0].meanInStation).toBeCloseTo((600 / 3600) * 9, 1);
    expect(r.clearance.min).toBeGreaterThanOrEqual(6);
    expect(r.clearance.max).toBeLessThanOrEqual(12);
    expect(r.clearance.mean).toBeCloseTo(9, 0);
  });
});
