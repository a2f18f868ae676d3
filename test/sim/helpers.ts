/** Small builders for test scenarios. */
import type { Scenario } from '../../sim/index.js';

/** M/M/c (or M/G/c with another service) as a one-station scenario. */
export function singleStation(opts: { ratePerHour: number; meanService: number; servers: number; hours?: number; warmup?: number; service?: Scenario['stations'][number]['service'] }): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: `M/M/${opts.servers}`,
    horizon: { arrivalsSeconds: (opts.hours ?? 50) * 3600, warmupSeconds: opts.warmup ?? 3600 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'poisson', ratePerHour: opts.ratePerHour }],
    entry: 'desk',
    stations: [
      {
        id: 'desk',
        mode: 'queue',
        servers: opts.servers,
        service: opts.service ?? { dist: 'exponential', mean: opts.meanService },
        next: 'exit',
      },
    ],
  };
}
