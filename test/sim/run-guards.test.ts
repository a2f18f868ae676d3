/** Runs that cannot finish sensibly end with a clear error instead of hanging or eating memory. */
import { describe, expect, test } from 'vitest';
import { run, SimulationError } from '../../sim/index.js';
import { singleStation } from './helpers.js';

function caught(fn: () => unknown): SimulationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SimulationError) return e;
    throw e;
  }
  throw new Error('expected a SimulationError');
}

describe('run guards', () => {
  test('an overloaded station is refused with its load named', () => {
    const e = caught(() => run(singleStation({ ratePerHour: 100, meanService: 40, servers: 1 }), { replications: 1 }));
    expect(e.code).toBe('unstable');
    expect(e.stations).toEqual(['desk']);
    expect(e.message).toMatch(/"desk" load 1\.11/);
  });

  test('allowOverload runs it anyway, and the queue grows', () => {
    const r = run(singleStation({ ratePerHour: 100, meanService: 40, servers: 1, hours: 2, warmup: 0 }), { replications: 1, allowOverload: true });
    expect(r.stations[0].maxQueue).toBeGreaterThan(10);
  });

  test('the event budget stops a run', () => {
    const e = caught(() => run(singleStation({ ratePerHour: 3000, meanService: 1, servers: 1, hours: 100 }), { replications: 1, maxEventsPerReplication: 100_000 }));
    expect(e.code).toBe('budget');
    expect(e.message).toMatch(/budget of 100,000 events/);
  });

  test('the memory budget stops a lane that piles up', () => {
    const e = caught(() => run(singleStation({ ratePerHour: 3600, meanService: 2, servers: 1, hours: 5, warmup: 0 }), { replications: 1, allowOverload: true, maxInLane: 2000 }));
    expect(e.code).toBe('budget');
    expect(e.message).toMatch(/2,000 passengers are in the lane/);
  });

  test('an aborted signal cancels between replications and inside one', () => {
    const controller = new AbortController();
    const e = caught(() =>
      run(singleStation({ ratePerHour: 600, meanService: 5, servers: 1, hours: 100 }), {
        replications: 5,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(e.code).toBe('cancelled');
    const c2 = new AbortController();
    c2.abort();
    expect(caught(() => run(singleStation({ ratePerHour: 600, meanService: 5, servers: 1, hours: 100 }), { replications: 1, signal: c2.signal })).code).toBe('cancelled');
  });

  test('bad replication counts and seeds are rejected', () => {
    const s = singleStation({ ratePerHour: 60, meanService: 30, servers: 1 });
    expect(caught(() => run(s, { replications: 0 })).message).toMatch(/replications: expected a whole number from 1/);
    expect(caught(() => run(s, { seed: -1 })).message).toMatch(/seed/);
  });

  test('a passenger far in a delay tail stops at the time-series budget instead of filling memory', () => {
    const s = singleStation({ ratePerHour: 60, meanService: 1, servers: 1, hours: 1, warmup: 0 });
    s.stations[0] = { id: 'corridor', mode: 'delay', service: { dist: 'constant', value: 100_000 }, next: 'exit' };
    s.entry = 'corridor';
    const e = caught(() => run(s, { replications: 1, maxSeriesSamples: 500 }));
    expect(e.code).toBe('budget');
    expect(e.message).toMatch(/time series passed its budget of 500 intervals of 60 s.*heavy-tailed/);
    // Within the budget the same lane runs.
    expect(run(s, { replications: 1 }).passengers).toBeGreaterThan(0);
  });
});
