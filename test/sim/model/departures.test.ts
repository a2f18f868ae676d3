/**
 * Departing flights: every passenger a departure brings reaches the lane once (conservation
 * per flight), within its show-up profile before STD; the cut-off counts (reached the lane by
 * it, left the lane after it) agree with the passengers' own entry and exit times; the
 * default profile and cut-off apply when the scenario names none; clock strings work for STD.
 */
import { describe, expect, it } from 'vitest';
import { finishRun, prepareRun, run, runBlock, runDetailed, validateScenario, type Scenario } from '../../../sim/index.js';
import { DEPARTURE_DEFAULTS } from '../../../sim/scenario/departure-defaults.js';

function departures(opts: { servers: number; service: number; flights: unknown[]; stream?: Record<string, unknown> }): Scenario {
  const v = validateScenario({
    format: 'lanesim/scenario@1',
    name: 'departures',
    startTime: '05:00',
    horizon: { arrivalsUntil: '12:00' },
    classes: [
      { id: 'citizen', share: 0.6 },
      { id: 'foreigner', share: 0.4 },
    ],
    arrivals: [{ kind: 'departures', id: 'dep', ...opts.stream, flights: opts.flights }],
    entry: 'border',
    stations: [
      { id: 'border', mode: 'queue', servers: opts.servers, service: { dist: 'exponential', mean: opts.service }, next: 'exit' },
    ],
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('departing flights', () => {
  it('STD as a clock time; every passenger of each flight counted once (conservation per flight)', () => {
    const s = departures({
      servers: 4,
      service: 40,
      flights: [
        { id: 'CZ6079', std: '08:40', passengers: 170 },
        { id: 'HU7917', std: '10:30', passengers: 208 },
      ],
    });
    const flights = s.arrivals[0].kind === 'departures' ? s.arrivals[0].flights : [];
    expect(flights.map((f) => f.stdSeconds)).toEqual([3 * 3600 + 40 * 60, 5 * 3600 + 30 * 60]);
    const r = run(s, { seed: 3, replications: 3 });
    expect(r.groups!.map((g) => [g.id, g.kind, g.passengers, g.cleared, g.atSeconds])).toEqual([
      ['CZ6079', 'flight', 170, 170, 13_200],
      ['HU7917', 'flight', 208, 208, 19_800],
    ]);
    expect(r.passengers).toBe((170 + 208) * 3);
    for (const g of r.groups!) {
      expect(g.departure!.closeBeforeSeconds).toBe(DEPARTURE_DEFAULTS.closeBeforeSeconds.value);
      expect(g.departure!.cutoffSeconds).toBe(g.atSeconds - 2700);
      expect(g.dwellSeconds).toBe(0);
    }
  });

  it('passengers reach the lane inside the default show-up profile (3 h to 40 min before STD, mean about 1 h 53 min)', () => {
    const s = departures({ servers: 50, service: 10, flights: [{ id: 'D1', stdSeconds: 4 * 3600, passengers: 2000 }] });
    const { log } = runDetailed(s, { seed: 9, replications: 1, recordVisits: 1_000_000 });
    const p = log!.passengers;
    expect(p.length).toBe(2000);
    let sum = 0;
    for (let i = 0; i < p.length; i++) {
      const lead = 4 * 3600 - p.entry[i];
      expect(lead).toBeGreaterThanOrEqual(2400);
      expect(lead).toBeLessThanOrEqual(10_800);
      sum += lead;
    }
    // Triangular(2400, 7200, 10800): mean 6800 s, sd about 1720 s; 2000 draws: se about 38 s.
    expect(sum / p.length).toBeGreaterThan(6800 - 200);
    expect(sum / p.length).toBeLessThan(6800 + 200);
  });

  it('the cut-off counts agree with the passengers\' own entry and exit times', () => {
    // One slow desk: the queue grows, late passengers leave after the cut-off.
    const s = departures({ servers: 1, service: 60, flights: [{ id: 'D1', stdSeconds: 4 * 3600, passengers: 150 }] });
    const { result, log } = runDetailed(s, { seed: 5, replications: 1, recordVisits: 1_000_000 });
    const cutoff = 4 * 3600 - 2700;
    const p = log!.passengers;
    let reached = 0;
    let late = 0;
    for (let i = 0; i < p.length; i++) {
      if (p.entry[i] <= cutoff) reached++;
      if (p.exit[i] > cutoff) late++;
    }
    const d = result.groups![0].departure!;
    expect(late).toBeGreaterThan(0);
    expect(d.reachedLane).toBe(reached);
    expect(d.afterCutoff).toBe(late);
    expect(d.afterCutoffShare).toBeCloseTo(late / 150, 12);
  });

  it('show-up after the cut-off: nobody reaches the lane in time; an early profile and an ample lane: nobody late', () => {
    const late = departures({
      servers: 10,
      service: 20,
      stream: { showUp: { dist: 'uniform', min: 600, max: 1200 } },
      flights: [{ id: 'D1', stdSeconds: 4 * 3600, passengers: 100 }],
    });
    const a = run(late, { seed: 1, replications: 2 }).groups![0].departure!;
    expect([a.reachedLane, a.afterCutoff, a.afterCutoffShare]).toEqual([0, 100, 1]);
    const early = departures({
      servers: 10,
      service: 20,
      flights: [{ id: 'D1', stdSeconds: 4 * 3600, passengers: 100, showUp: { dist: 'constant', value: 9000 }, closeBeforeSeconds: 3600 }],
    });
    const b = run(early, { seed: 1, replications: 2 }).groups![0].departure!;
    expect([b.reachedLane, b.afterCutoff, b.afterCutoffShare, b.closeBeforeSeconds]).toEqual([100, 0, 0, 3600]);
  });

  it('a class override of the show-up profile applies to that class only', () => {
    const s = departures({
      servers: 50,
      service: 10,
      stream: { showUp: { dist: 'constant', value: 7200 }, showUpByClass: { foreigner: { dist: 'constant', value: 9000 } } },
      flights: [{ id: 'D1', stdSeconds: 4 * 3600, passengers: 300 }],
    });
    const { log } = runDetailed(s, { seed: 2, replications: 1, recordVisits: 1_000_000 });
    const p = log!.passengers;
    for (let i = 0; i < p.length; i++) expect(p.entry[i]).toBe(p.classIndex[i] === 1 ? 14_400 - 9000 : 14_400 - 7200);
  });

  it('a show-up before the start of the run enters at the start', () => {
    const s = departures({ servers: 50, service: 10, flights: [{ id: 'D1', stdSeconds: 1800, passengers: 40 }] });
    const { log } = runDetailed(s, { seed: 2, replications: 1, recordVisits: 1_000_000 });
    for (let i = 0; i < log!.passengers.length; i++) expect(log!.passengers.entry[i]).toBe(0);
  });

  it('the same figures for any split of the replications into blocks', () => {
    const s = departures({ servers: 2, service: 50, flights: [{ id: 'D1', stdSeconds: 4 * 3600, passengers: 200 }, { id: 'D2', stdSeconds: 5 * 3600, passengers: 120 }] });
    const whole = run(s, { seed: 8, replications: 4 });
    const prepared = prepareRun(s, { seed: 8, replications: 4 });
    const split = finishRun(prepared, [runBlock(prepared, 2, 2), runBlock(prepared, 0, 2)]);
    expect(split.groups).toEqual(whole.groups);
    expect(whole.groups![0].departure!.afterCutoffCI95[1]).toBeGreaterThanOrEqual(whole.groups![0].departure!.afterCutoff);
  });

  it('a bad STD clock string, or both forms, is refused naming the field', () => {
    const scenario = (flight: Record<string, unknown>) => ({
      format: 'lanesim/scenario@1',
      name: 'x',
      startTime: '05:00',
      horizon: { arrivalsSeconds: 3600 },
      classes: [{ id: 'all', share: 1 }],
      arrivals: [{ kind: 'departures', flights: [{ id: 'D1', passengers: 1, ...flight }] }],
      entry: 'd',
      stations: [{ id: 'd', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'exit' }],
    });
    const bad = validateScenario(scenario({ std: '25:61' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['arrivals[0].flights[0].std']);
    const both = validateScenario(scenario({ std: '08:40', stdSeconds: 100 }));
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.errors[0]).toMatchObject({ path: 'arrivals[0].flights[0].std', message: expect.stringContaining('not both') });
    const negative = validateScenario(scenario({ stdSeconds: 100, closeBeforeSeconds: -1 }));
    expect(negative.ok).toBe(false);
    if (!negative.ok) expect(negative.errors[0].path).toBe('arrivals[0].flights[0].closeBeforeSeconds');
  });

  it('unknown classes in a show-up override are refused with their path', () => {
    const v = validateScenario({
      format: 'lanesim/scenario@1',
      name: 'x',
      horizon: { arrivalsSeconds: 3600 },
      classes: [{ id: 'all', share: 1 }],
      arrivals: [{ kind: 'departures', flights: [{ id: 'D1', stdSeconds: 3600, passengers: 1, showUpByClass: { crew: { dist: 'constant', value: 60 } } }] }],
      entry: 'd',
      stations: [{ id: 'd', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'exit' }],
    });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0].path).toBe('arrivals[0].flights[0].showUpByClass.crew');
  });
});
