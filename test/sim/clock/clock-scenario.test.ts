/**
 * Clock strings in scenarios: a file that writes "08:30" runs exactly like the same file in
 * seconds; bad clock strings are refused by path; every bundled scenario is passed through
 * untouched (the same object, so its results cannot change).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveClockTimes } from '../../../sim/clock/resolve-clock.js';
import { run, validateScenario, type Scenario } from '../../../sim/index.js';

const SCENARIOS = new URL('../../../scenarios/', import.meta.url);

function inSeconds(): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'clock',
    horizon: { arrivalsSeconds: 14400 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [
      { kind: 'flights', flights: [{ id: 'CZ1', atSeconds: 9000, passengers: 120, deplanePerMinute: 30 }, { id: 'CZ2', atSeconds: 12600, passengers: 80, deplanePerMinute: 30 }] },
      { kind: 'poisson', schedule: [{ fromSeconds: 0, ratePerHour: 60 }, { fromSeconds: 3600, ratePerHour: 120 }] },
    ],
    entry: 'desk',
    stations: [{ id: 'desk', mode: 'queue', servers: [{ fromSeconds: 0, servers: 2 }, { fromSeconds: 7200, servers: 6 }], service: { dist: 'exponential', mean: 40 }, next: 'exit' }],
  };
}

function inClock(): unknown {
  return {
    format: 'lanesim/scenario@1',
    name: 'clock',
    startTime: '06:00',
    horizon: { arrivalsUntil: '10:00' },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [
      { kind: 'flights', flights: [{ id: 'CZ1', at: '08:30', passengers: 120, deplanePerMinute: 30 }, { id: 'CZ2', at: '09:30', passengers: 80, deplanePerMinute: 30 }] },
      { kind: 'poisson', schedule: [{ from: '06:00', ratePerHour: 60 }, { fromSeconds: 3600, ratePerHour: 120 }] },
    ],
    entry: 'desk',
    stations: [{ id: 'desk', mode: 'queue', servers: [{ from: '06:00', servers: 2 }, { from: '08:00', servers: 6 }], service: { dist: 'exponential', mean: 40 }, next: 'exit' }],
  };
}

describe('clock strings in a scenario', () => {
  it('resolve to the seconds of the same scenario, and run to the same numbers', () => {
    const v = validateScenario(inClock());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const { startTime, ...rest } = v.scenario;
    expect(startTime).toBe('06:00');
    expect(rest).toEqual(inSeconds());
    const a = run(inSeconds(), { seed: 5, replications: 3 });
    const b = run(v.scenario, { seed: 5, replications: 3 });
    expect(b.clearance).toEqual(a.clearance);
    expect(b.timeseries).toEqual(a.timeseries);
    expect(b.perReplication).toEqual(a.perReplication);
    expect(a.clock).toBeUndefined();
    expect(b.clock).toEqual({ startTime: '06:00', startSecondsOfDay: 21600 });
  });

  it('does not change the input object (documents in the editor are immutable)', () => {
    const input = inClock();
    const before = JSON.stringify(input);
    validateScenario(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('refuses bad clock strings by JSON path, once each', () => {
    const s = inClock() as { startTime?: string; arrivals: Array<{ flights?: Array<Record<string, unknown>> }> };
    const flights = s.arrivals[0].flights!;
    flights[0].at = '25:61';
    flights[1].atSeconds = 100;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors).toMatchObject([
      { path: 'arrivals[0].flights[0].at', message: 'expected a clock time from 00:00 to 23:59:59, got "25:61"' },
      { path: 'arrivals[0].flights[1].at', message: 'give either at (a clock time) or atSeconds, not both' },
    ]);
  });

  it('needs a startTime for a clock string', () => {
    const s = inClock() as Record<string, unknown>;
    delete s.startTime;
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.path)).toContain('arrivals[0].flights[0].at');
    expect(v.errors[0].message).toMatch(/needs the scenario's startTime/);
  });

  it('refuses a bad startTime', () => {
    const s = { ...(inClock() as object), startTime: '6 am' };
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]).toMatchObject({ path: 'startTime', message: 'expected a clock time such as "08:30" or "08:30:15", got "6 am"' });
  });

  it('leaves every bundled scenario untouched (same object: results are bit-identical)', () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const json: unknown = JSON.parse(readFileSync(new URL(f, SCENARIOS), 'utf8'));
      const r = resolveClockTimes(json);
      expect(r.errors, f).toEqual([]);
      expect(r.value, f).toBe(json);
    }
  });
});
