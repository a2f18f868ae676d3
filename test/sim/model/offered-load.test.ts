/**
 * Offered load from the traffic equations solved exactly: a loop that sends passengers back
 * with probability 0.9999 gives 10,000 visits each, so a station near load 1 is seen near 1
 * (an iteration capped at 10,000 rounds stopped at 63 % of the visits and called a load of
 * 1.01 "0.64", letting a lane that cannot keep up run). Stations the entry never reaches get
 * no visits.
 */
import { describe, expect, test } from 'vitest';
import { compileScenario, offeredLoads, prepareRun, SimulationError, validateScenario, type Scenario } from '../../../sim/index.js';
import { visitRatios } from '../../../sim/model/offered-load.js';

/** One desk (1 server, constant service) whose passengers go round a corridor back to it with probability `back`. */
function loopedDesk(back: number, service: number, ratePerHour: number): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'looped desk',
    horizon: { arrivalsSeconds: 36_000 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'poisson', ratePerHour }],
    entry: 'desk',
    stations: [
      { id: 'desk', mode: 'queue', servers: 1, service: { dist: 'constant', value: service }, next: [{ to: 'corridor', probability: back }, { to: 'exit', probability: 1 - back }] },
      { id: 'corridor', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'desk' },
      { id: 'unused', mode: 'queue', servers: 1, service: { dist: 'constant', value: 5 }, next: 'exit' },
    ],
  };
}

describe('offered load with loops', () => {
  // 0.36 passengers an hour, 10,000 visits each: one visit a second at the desk.
  const RATE = 0.36;

  test('visits are 1/(1 − p) however close p is to 1', () => {
    const lane = compileScenario(loopedDesk(0.9999, 0.99, RATE));
    const v = visitRatios(lane, 0);
    expect(v[0]).toBeCloseTo(10_000, 6);
    expect(v[1]).toBeCloseTo(9_999, 6);
    expect(v[2]).toBe(0);
  });

  test('a looped desk just below load 1 is seen just below 1', () => {
    const [desk, corridor, unused] = offeredLoads(compileScenario(loopedDesk(0.9999, 0.99, RATE)));
    expect(desk.ratePerHour).toBeCloseTo(3600, 6);
    expect(desk.load).toBeCloseTo(0.99, 9);
    expect(corridor.load).toBeNaN();
    expect(unused.load).toBe(0);
  });

  test('and one just above load 1 is refused before it runs', () => {
    const sc = loopedDesk(0.9999, 1.01, RATE);
    const v = validateScenario(sc);
    expect(v.ok).toBe(true);
    expect(offeredLoads(compileScenario(sc))[0].load).toBeCloseTo(1.01, 9);
    let err: unknown;
    try {
      prepareRun(sc, { replications: 1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SimulationError);
    expect((err as SimulationError).code).toBe('unstable');
    expect((err as SimulationError).message).toMatch(/"desk" load 1\.01/);
  });
});
