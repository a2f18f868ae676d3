/**
 * Property tests on generated lanes: whatever valid lane fast-check builds, a run does not
 * throw, every passenger who entered leaves, waits are never negative, utilisation stays
 * in [0, 1], and the queue never goes below zero.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { prepareRun, runRecorded, validateScenario, type Distribution, type Scenario } from '../../../sim/index.js';

const dist: fc.Arbitrary<Distribution> = fc.oneof(
  fc.record({ dist: fc.constant('constant' as const), value: fc.double({ min: 0, max: 30, noNaN: true }) }),
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.double({ min: 1, max: 30, noNaN: true }) }),
  fc.record({ dist: fc.constant('uniform' as const), min: fc.double({ min: 0, max: 10, noNaN: true }), max: fc.double({ min: 10, max: 30, noNaN: true }) }),
  fc.record({ dist: fc.constant('triangular' as const), min: fc.constant(1), mode: fc.double({ min: 1, max: 10, noNaN: true }), max: fc.constant(20) }),
  fc.record({ dist: fc.constant('normal' as const), mean: fc.double({ min: 0, max: 20, noNaN: true }), sd: fc.double({ min: 0, max: 10, noNaN: true }) }),
  fc.record({ dist: fc.constant('lognormal' as const), mean: fc.double({ min: 1, max: 30, noNaN: true }), cv: fc.double({ min: 0, max: 2, noNaN: true }) }),
  fc.record({ dist: fc.constant('gamma' as const), mean: fc.double({ min: 1, max: 30, noNaN: true }), cv: fc.double({ min: 0.1, max: 2, noNaN: true }) }),
  fc.record({ dist: fc.constant('erlang' as const), mean: fc.double({ min: 1, max: 30, noNaN: true }), k: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ dist: fc.constant('empirical' as const), values: fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { minLength: 1, maxLength: 5 }) }),
);

/** A tandem of 1–5 stations, each a queue (with enough servers, maybe on a schedule), a delay or a baggage reclaim, with an optional alarm to a secondary desk. */
const lane: fc.Arbitrary<Scenario> = fc
  .record({
    rate: fc.integer({ min: 10, max: 600 }),
    stages: fc.array(fc.record({ mode: fc.constantFrom('queue' as const, 'delay' as const, 'reclaim' as const), schedule: fc.boolean(), service: dist, alarm: fc.double({ min: 0, max: 0.3, noNaN: true }), walk: fc.option(dist, { nil: undefined }) }), { minLength: 1, maxLength: 5 }),
    withFlight: fc.boolean(),
    warmup: fc.integer({ min: 0, max: 1800 }),
  })
  .map(({ rate, stages, withFlight, warmup }) => {
    const ids = stages.map((_, i) => `s${i}`);
    const stations: Scenario['stations'] = stages.map((st, i) => ({
      id: ids[i],
      mode: st.mode,
      ...(st.mode === 'queue' ? { servers: st.schedule ? [{ fromSeconds: 0, servers: 40 }, { fromSeconds: 1200, servers: 25 }, { fromSeconds: 2400, servers: 40 }] : 40 } : {}),
      ...(st.mode === 'reclaim' ? { reclaim: { firstBagSeconds: 300, bagsPerMinute: 40 } } : {}),
      service: st.service,
      next: i + 1 < ids.length ? ids[i + 1] : 'exit',
      ...(st.alarm > 0 ? { alarms: [{ check: 'c', probability: st.alarm, to: 'secondary' }] } : {}),
      ...(st.walk ? { walk: st.walk } : {}),
    }));
    stations.push({ id: 'secondary', mode: 'queue', servers: 40, service: { dist: 'exponential', mean: 60 }, next: 'exit' });
    return {
      format: 'lanesim/scenario@1',
      name: 'generated',
      horizon: { arrivalsSeconds: 3600, warmupSeconds: warmup },
      classes: [{ id: 'a', share: 0.5, bags: [{ count: 0, probability: 0.5 }, { count: 2, probability: 0.5 }] }, { id: 'b', share: 0.5 }],
      arrivals: [
        { kind: 'poisson', ratePerHour: rate },
        ...(withFlight ? [{ kind: 'flights' as const, flights: [{ id: 'F1', atSeconds: 600, passengers: 120, deplanePerMinute: 20 }] }] : []),
      ],
      entry: 's0',
      stations,
    } satisfies Scenario;
  });

describe('generated lanes', () => {
  test('run without error and conserve passengers; waits ≥ 0; 0 ≤ utilisation ≤ 1', () => {
    fc.assert(
      fc.property(lane, fc.integer({ min: 0, max: 1000 }), (scenario, seed) => {
        const checked = validateScenario(scenario);
        expect(checked.ok, JSON.stringify(!checked.ok && checked.errors)).toBe(true);
        const prepared = prepareRun(scenario, { seed, replications: 1, recordVisits: 100_000 });
        const { block: rep, log: recorded } = runRecorded(prepared, 0);
        // Everyone who entered left (the run drains the lane), and the log agrees.
        const log = recorded!;
        expect(log.passengers.length).toBe(rep.entered[0]);
        for (let i = 0; i < log.passengers.length; i++) {
          expect(log.passengers.exit[i]).toBeGreaterThanOrEqual(log.passengers.entry[i]);
        }
        const afterWarmup = Array.from(log.passengers.entry).filter((t) => t >= rep.warmup[0]).length;
        expect(rep.clearance.passengers[0]).toBe(afterWarmup);
        expect(rep.histograms.clearance.min).toBeGreaterThanOrEqual(0);
        rep.stations.forEach((st, s) => {
          expect(rep.histograms.waits[s].min).toBeGreaterThanOrEqual(0);
          expect(st.busyArea[0]).toBeLessThanOrEqual(st.availableArea[0] + 1e-6);
          expect(st.queueArea[0]).toBeGreaterThanOrEqual(0);
        });
        for (let v = 0; v < log.visits.length; v++) {
          expect(log.visits.start[v]).toBeGreaterThanOrEqual(log.visits.arrive[v]);
          expect(log.visits.end[v]).toBeGreaterThanOrEqual(log.visits.start[v]);
        }
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
