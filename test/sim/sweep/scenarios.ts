/** Small scenarios for sweep and planner tests. */
import type { Scenario } from '../../../sim/index.js';

/** Two M/M/c stations in tandem (a Jackson network: each behaves as its own M/M/c). */
export function tandem(opts: { ratePerHour: number; serviceA: number; serviceB: number; a: number; b: number; hours: number; warmup: number }): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'Tandem M/M/c',
    seed: 7,
    horizon: { arrivalsSeconds: opts.hours * 3600, warmupSeconds: opts.warmup * 3600 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'poisson', ratePerHour: opts.ratePerHour }],
    entry: 'border',
    stations: [
      { id: 'border', mode: 'queue', servers: opts.a, service: { dist: 'exponential', mean: opts.serviceA }, next: 'xray' },
      { id: 'xray', mode: 'queue', servers: opts.b, service: { dist: 'exponential', mean: opts.serviceB }, next: 'exit' },
    ],
  };
}

/** A lane with every kind of thing a path can address: alarms, schedules, flights, vehicles. */
export function richLane(): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'Rich lane',
    seed: 3,
    horizon: { arrivalsSeconds: 3600, warmupSeconds: 0 },
    classes: [
      { id: 'citizen', share: 0.6 },
      { id: 'foreign', share: 0.4 },
    ],
    arrivals: [
      { kind: 'poisson', ratePerHour: 200 },
      { kind: 'poisson', id: 'peak', schedule: [{ fromSeconds: 0, ratePerHour: 100 }, { fromSeconds: 1800, ratePerHour: 300 }] },
      { kind: 'flights', flights: [{ id: 'CZ1', atSeconds: 600, passengers: 101, deplanePerMinute: 20 }] },
      { kind: 'vehicles', vehicles: [{ id: 'bus-1', atSeconds: 0, passengers: 45, alightPerMinute: 20 }] },
    ],
    entry: 'corridor',
    stations: [
      {
        id: 'corridor',
        mode: 'delay',
        checks: ['temperature', 'radiation'],
        service: { dist: 'uniform', min: 6, max: 12 },
        alarms: [
          { check: 'temperature', probability: 0.01, to: 'quarantine' },
          { check: 'radiation', probability: 0.002, to: 'quarantine' },
        ],
        next: 'border',
      },
      { id: 'border', mode: 'queue', servers: 8, service: { dist: 'lognormal', mean: 45, cv: 0.5 }, next: 'xray' },
      { id: 'xray', mode: 'queue', servers: [{ fromSeconds: 0, servers: 2 }, { fromSeconds: 1800, servers: 3 }], service: { dist: 'exponential', mean: 20 }, next: 'exit' },
      { id: 'quarantine', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 300 }, next: 'exit' },
    ],
  };
}

/**
 * A lane where more border desks make p95 clearance worse (not monotonic): two flights of
 * 240, border desks of 60 s (constant), a reclaim whose bags come off from 15 min at 30 a
 * minute, and a small X-ray of 6 s. Fewer desks meter passengers into the X-ray; with
 * more, they reach it in a wave and queue there. Today's 12 desks give p95 ≈ 1,481 s,
 * 9 desks ≈ 1,375 s (seed 11, 10 replications).
 */
export function meteredLane(desks = 12): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'Metered lane',
    seed: 11,
    horizon: { arrivalsSeconds: 7200, warmupSeconds: 0 },
    classes: [{ id: 'pax', share: 1, bags: [{ count: 1, probability: 1 }] }],
    arrivals: [
      {
        kind: 'flights',
        flights: [
          { id: 'F1', atSeconds: 0, passengers: 240, deplanePerMinute: 40 },
          { id: 'F2', atSeconds: 3600, passengers: 240, deplanePerMinute: 40 },
        ],
      },
    ],
    entry: 'border',
    stations: [
      { id: 'border', mode: 'queue', servers: desks, service: { dist: 'constant', value: 60 }, next: 'reclaim' },
      { id: 'reclaim', mode: 'reclaim', service: { dist: 'constant', value: 10 }, reclaim: { firstBagSeconds: 900, bagsPerMinute: 30 }, next: 'xray' },
      { id: 'xray', mode: 'queue', servers: 2, service: { dist: 'constant', value: 6 }, next: 'exit' },
    ],
  };
}
