/** Scenario validation: every mistake comes back with its JSON path and what was expected. */
import { describe, expect, test } from 'vitest';
import { validateScenario, validateScenarioText, type Scenario } from '../../../sim/index.js';
import { singleStation } from '../helpers.js';

function base(): Scenario {
  return singleStation({ ratePerHour: 100, meanService: 30, servers: 2 });
}

function errorsOf(value: unknown): Array<{ path: string; message: string }> {
  const r = validateScenario(value);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
}

function mutate(fn: (s: Record<string, unknown> & Scenario) => void): unknown {
  const s = structuredClone(base()) as Record<string, unknown> & Scenario;
  fn(s);
  return s;
}

describe('validateScenario', () => {
  test('accepts the DESIGN.md example shape', () => {
    const r = validateScenario({
      format: 'lanesim/scenario@1',
      name: 'Harbin T1 entry — smart lane',
      seed: 1,
      horizon: { arrivalsSeconds: 14400, warmupSeconds: 0 },
      classes: [{ id: 'citizen', share: 0.55 }, { id: 'foreign', share: 0.45 }],
      arrivals: [
        { kind: 'poisson', ratePerHour: 900 },
        { kind: 'poisson', schedule: [{ fromSeconds: 0, ratePerHour: 300 }, { fromSeconds: 3600, ratePerHour: 1200 }] },
        { kind: 'flights', flights: [{ id: 'CZ6101', atSeconds: 600, passengers: 180, deplanePerMinute: 25, walk: { dist: 'uniform', min: 60, max: 240 } }] },
        { kind: 'vehicles', vehicles: [{ id: 'bus-1', atSeconds: 0, passengers: 45, alightPerMinute: 20 }] },
      ],
      entry: 'corridor',
      stations: [
        { id: 'corridor', label: 'Smart corridor', mode: 'delay', checks: ['temperature', 'radiation'], service: { dist: 'uniform', min: 6, max: 12 }, alarms: [{ check: 'temperature', probability: 0.002, to: 'quarantine' }], next: 'border' },
        { id: 'border', label: 'Border control', mode: 'queue', checks: ['border'], servers: 8, service: { dist: 'lognormal', mean: 45, cv: 0.5 }, next: 'exit' },
        { id: 'quarantine', mode: 'queue', checks: ['quarantine'], servers: 1, service: { dist: 'exponential', mean: 300 }, next: 'exit' },
      ],
    });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
  });

  test.each([
    ['unknown key (typo)', (s: Scenario & Record<string, unknown>) => ((s.stations[0] as Record<string, unknown>).sever = 3), 'stations[0].sever', /unknown key/],
    ['wrong type', (s: Scenario) => ((s.stations[0] as Record<string, unknown>).servers = 'two'), 'stations[0].servers', /expected/],
    ['negative mean', (s: Scenario) => (s.stations[0].service = { dist: 'exponential', mean: -3 }), 'stations[0].service.mean', /expected > 0, got -3/],
    ['unknown distribution', (s: Scenario) => ((s.stations[0] as Record<string, unknown>).service = { dist: 'weibull', mean: 3 }), 'stations[0].service.dist', /expected/],
    ['missing station reference', (s: Scenario) => (s.stations[0].next = 'nowhere'), 'stations[0].next', /unknown station "nowhere"/],
    ['unknown entry', (s: Scenario) => (s.entry = 'gate'), 'entry', /unknown station "gate"/],
    ['class shares', (s: Scenario) => (s.classes = [{ id: 'a', share: 0.5 }, { id: 'b', share: 0.4 }]), 'classes', /sum to 1, got 0.9/],
    ['branch probabilities', (s: Scenario) => {
      s.stations.push({ id: 'b', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'exit' });
      s.stations[0].next = [{ to: 'b', probability: 0.5 }, { to: 'exit', probability: 0.4 }];
    }, 'stations[0].next', /sum to 1/],
    ['no way to exit', (s: Scenario) => {
      s.stations.push({ id: 'b', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'desk' });
      s.stations[0].next = 'b';
    }, 'stations[0].next', /no way to exit/],
    ['queue without servers', (s: Scenario) => delete s.stations[0].servers, 'stations[0].servers', /required/],
    ['absurd size', (s: Scenario) => (s.stations[0].servers = 1e9), 'stations[0].servers', /≤ 1000/],
    ['schedule out of order', (s: Scenario) => (s.arrivals = [{ kind: 'poisson', schedule: [{ fromSeconds: 100, ratePerHour: 5 }, { fromSeconds: 50, ratePerHour: 5 }] }]), 'arrivals[0].schedule[1].fromSeconds', /increasing/],
    ['both rate and schedule', (s: Scenario) => (s.arrivals = [{ kind: 'poisson', ratePerHour: 5, schedule: [{ fromSeconds: 0, ratePerHour: 5 }] }]), 'arrivals[0]', /exactly one/],
    ['class routing without catch-all', (s: Scenario) => {
      s.classes = [{ id: 'a', share: 0.5 }, { id: 'b', share: 0.5 }];
      s.stations[0].next = [{ to: 'exit', classes: ['a'] }];
    }, 'stations[0].next', /class "b" has no route/],
    ['uniform max < min', (s: Scenario) => (s.stations[0].service = { dist: 'uniform', min: 10, max: 5 }), 'stations[0].service.max', /max ≥ min/],
    ['unknown arrival kind', (s: Scenario) => ((s.arrivals as unknown[])[0] = { kind: 'trains' }), 'arrivals[0].kind', /expected/],
  ])('%s', (_name, fn, path, message) => {
    const errors = errorsOf(mutate(fn as (s: Scenario & Record<string, unknown>) => void));
    const hit = errors.find((e) => e.path === path);
    expect(hit, `no error at ${path}; got ${JSON.stringify(errors)}`).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  test('a future format version says so', () => {
    const errors = errorsOf({ ...base(), format: 'lanesim/scenario@2' });
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('format');
    expect(errors[0].message).toMatch(/version 2.*reads version 1/);
  });

  test('not a scenario at all', () => {
    expect(errorsOf([1, 2])[0].message).toMatch(/expected a scenario object/);
    expect(errorsOf({ format: 'something' })[0].path).toBe('format');
  });

  test('broken JSON text gives a parse message, not an exception', () => {
    const r = validateScenarioText('{ "format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/not valid JSON/);
  });
});
