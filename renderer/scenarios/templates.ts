/**
 * Starting points for a new scenario: a one-desk lane with steady arrivals, and a classic
 * entry lane built from palette presets. Plain data, checked by the same validator as any file.
 */
import { SCENARIO_FORMAT, type Scenario } from '../../sim/index.js';

export interface ScenarioTemplate {
  id: string;
  scenario: Scenario;
}

export const TEMPLATES: readonly ScenarioTemplate[] = [
  {
    id: 'blank',
    scenario: {
      format: SCENARIO_FORMAT,
      name: 'New lane',
      seed: 1,
      horizon: { arrivalsSeconds: 7200, warmupSeconds: 0 },
      targets: { clearanceSeconds: 600 },
      classes: [{ id: 'all', label: 'All passengers', share: 1 }],
      arrivals: [{ kind: 'poisson', ratePerHour: 300 }],
      entry: 'desks',
      stations: [{ id: 'desks', label: 'Passport desks', mode: 'queue', checks: ['border'], servers: 6, service: { dist: 'lognormal', mean: 50, cv: 0.5 }, next: 'exit', preset: 'manual-desk' }],
    },
  },
  {
    id: 'entry-lane',
    scenario: {
      format: SCENARIO_FORMAT,
      name: 'New entry lane',
      seed: 1,
      horizon: { arrivalsSeconds: 7200, warmupSeconds: 0 },
      targets: { clearanceSeconds: 600 },
      classes: [
        { id: 'citizen', label: 'Citizens', share: 0.6 },
        { id: 'foreign', label: 'Foreign nationals', share: 0.4 },
      ],
      arrivals: [{ kind: 'flights', flights: [{ id: 'FL1', atSeconds: 600, passengers: 180, deplanePerMinute: 30, walk: { dist: 'uniform', min: 60, max: 180 } }] }],
      entry: 'thermal',
      stations: [
        { id: 'thermal', label: 'Thermal gate', mode: 'delay', checks: ['temperature'], service: { dist: 'uniform', min: 2, max: 5 }, next: 'desks', preset: 'thermal-gate' },
        { id: 'desks', label: 'Passport desks', mode: 'queue', checks: ['border'], servers: 6, service: { dist: 'lognormal', mean: 50, cv: 0.5 }, next: 'xray', preset: 'manual-desk' },
        { id: 'xray', label: 'Carry-on X-ray', mode: 'queue', checks: ['baggage'], servers: 2, service: { dist: 'gamma', mean: 12, cv: 0.5 }, next: 'exit', preset: 'carry-on-xray' },
      ],
    },
  },
];
