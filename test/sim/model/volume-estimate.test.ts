/**
 * The volume estimate before a run: passengers from rates and groups, visits from the
 * traffic equations solved exactly (loops included), far tails, and the refusals with a
 * JSON path and a figure that validate, run and the editor share.
 */
import { describe, expect, test } from 'vitest';
import { compileDist, compileScenario, run, SimulationError, validateScenario, type Scenario } from '../../../sim/index.js';
import { estimateVolume, exactVisits, figure, tailSeconds } from '../../../sim/model/volume-estimate.js';
import { singleStation } from '../helpers.js';

function loop(back: number): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'loop',
    horizon: { arrivalsSeconds: 3600 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'poisson', ratePerHour: 100 }],
    entry: 'a',
    stations: [
      { id: 'a', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'b' },
      { id: 'b', mode: 'delay', service: { dist: 'constant', value: 1 }, next: [{ to: 'a', probability: back }, { to: 'exit', probability: 1 - back }] },
    ],
  };
}

describe('volume estimate', () => {
  test('passengers are rate × horizon; visits solve the loop exactly', () => {
    const lane = compileScenario(loop(0.75));
    expect(Array.from(exactVisits(lane, 0)).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([4, 4]);
    const est = estimateVolume(lane, 60);
    expect(est.passengers).toBeCloseTo(100, 9);
    expect(est.visits).toBeCloseTo(800, 6);
  });

  test('a loop that almost never lets go is refused at its station with the figure', () => {
    const v = validateScenario(loop(0.9999999));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]).toMatchObject({ path: 'stations[1].next', message: expect.stringMatching(/about 10,000,000 times each.*about 2\.0e9 station visits per replication; at most 50,000,000/) });
  });

  test('far tails: exact for bounded laws, one-in-a-million quantiles for the others', () => {
    expect(tailSeconds(compileDist({ dist: 'uniform', min: 2, max: 9 }))).toBe(9);
    expect(tailSeconds(compileDist({ dist: 'exponential', mean: 10 }))).toBeCloseTo(138.155, 2);
    // Lognormal mean 10, cv 1: the 1 − 1e-6 quantile is exp(mu + 4.7534 sigma).
    const sigma = Math.sqrt(Math.log(2));
    expect(tailSeconds(compileDist({ dist: 'lognormal', mean: 10, cv: 1 }))).toBeCloseTo(Math.exp(Math.log(10) - (sigma * sigma) / 2 + 4.7534 * sigma), 6);
    // Erlang k = 4, mean 10 (shape 4, scale 2.5): the true quantile is 53.4; Wilson–Hilferty gives it within a few %.
    expect(tailSeconds(compileDist({ dist: 'erlang', mean: 10, k: 4 }))).toBeGreaterThan(53);
    expect(tailSeconds(compileDist({ dist: 'erlang', mean: 10, k: 4 }))).toBeLessThan(57);
  });

  test('a heavy-tailed delay station is refused at its service with the drain time', () => {
    const s = singleStation({ ratePerHour: 60, meanService: 1, servers: 1 });
    s.stations[0] = { id: 'corridor', mode: 'delay', service: { dist: 'lognormal', mean: 604800, cv: 10 }, next: 'exit' };
    s.entry = 'corridor';
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors).toMatchObject([{ path: 'stations[0].service', message: expect.stringMatching(/one visit in a million to "corridor" takes about [\d,]+ days.*at most 28 days/) }]);
  });

  test('run refuses the same before any work, and over all replications', () => {
    const big = singleStation({ ratePerHour: 200_000, meanService: 1, servers: 100, hours: 168 });
    let err: unknown;
    try {
      run(big, { replications: 1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SimulationError);
    expect((err as SimulationError).code).toBe('budget');
    expect((err as SimulationError).jsonPath).toBe('arrivals[0].ratePerHour');
    const many = singleStation({ ratePerHour: 20_000, meanService: 1, servers: 100, hours: 24 });
    expect(() => run(many, { replications: 10_000 })).toThrow(/station visits over 10,000 replications.*at most 500,000,000 per run/);
  });

  test('figures read like the issue: 3.4e9, 3,400,000', () => {
    expect(figure(3.36e9)).toBe('3.4e9');
    expect(figure(3_400_000)).toBe('3,400,000');
    expect(figure(Infinity)).toBe('unbounded');
  });
});
