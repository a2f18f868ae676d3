import { describe, expect, it } from 'vitest';
import { planCapacity, SimulationError, sweep, type SweepResult } from '../../../sim/index.js';
import { runPlanInWorker, runSweepInWorkers, sweepBlockSize, type SweepRunProgress } from '../../../renderer/sweep/sweep-runner.js';
import { blocksIn, watchedEndpoint } from '../workers/watch.js';
import { bundled, channelWorkers } from './helpers.js';

const noWall = (r: SweepResult) => ({ ...r, wallMs: 0 });

describe('sweep in workers', () => {
  const scenario = bundled('harbin-t1-entry-classic');
  const spec = { params: [{ path: 'stations[id=border].servers', values: [2, 8, 10] }], metric: { name: 'p95' as const } };

  it('gives exactly sweep()’s result, overloaded point included, whatever the number of workers', async () => {
    const expected = sweep(scenario, spec, { seed: 3, replications: 3 });
    expect(expected.rows.map((r) => r.status)).toEqual(['unstable', 'ok', 'ok']);
    for (const workers of [1, 2, 3]) {
      const w = channelWorkers();
      const progress: SweepRunProgress[] = [];
      const partial: number[] = [];
      const run = runSweepInWorkers(scenario, spec, { seed: 3, replications: 3, workers, createWorker: w.create, onProgress: (p) => progress.push(p), onPartial: (r) => partial.push(r.rows.length) });
      const result = await run.result;
      expect(noWall(result)).toEqual(noWall(expected));
      expect(w.created()).toBe(workers);
      expect(w.terminated()).toBe(workers);
      expect(progress.at(-1)).toEqual({ replicationsDone: 9, replicationsTotal: 9, pointsDone: 3, points: 3 });
      // Progress never goes back; the table fills in one point at a time.
      for (let i = 1; i < progress.length; i++) expect(progress[i].replicationsDone).toBeGreaterThanOrEqual(progress[i - 1].replicationsDone);
      expect(partial).toEqual([1, 2, 3]);
    }
  });

  it('gets one merged BlockStats per block of a point’s replications, not one per replication', async () => {
    const two = { params: [{ path: 'stations[id=border].servers', values: [8, 10] }], metric: { name: 'p95' as const } };
    const expected = sweep(scenario, two, { seed: 5, replications: 6 });
    const w = channelWorkers();
    const seen: unknown[] = [];
    const run = runSweepInWorkers(scenario, two, {
      seed: 5,
      replications: 6,
      workers: 2,
      createWorker: () => {
        const h = w.create();
        return { ...h, endpoint: watchedEndpoint(h.endpoint, seen) };
      },
    });
    expect(noWall(await run.result)).toEqual(noWall(expected));
    // 12 replications over 2 workers: blocks of 2, three per point.
    expect(sweepBlockSize(6, 12, 2)).toBe(2);
    const blocks = blocksIn(seen);
    expect(blocks).toHaveLength(6);
    for (const b of blocks) expect(b.replications).toHaveLength(2);
  });

  it('gives sweep()’s grid for two parameters', async () => {
    const grid = { params: [{ path: 'stations[id=border].servers', values: [8, 9] }, { path: 'arrivals.scale', values: [0.9, 1.1] }], metric: { name: 'meanWait' as const, station: 'border' } };
    const expected = sweep(scenario, grid, { seed: 2, replications: 2 });
    const run = runSweepInWorkers(scenario, grid, { seed: 2, replications: 2, workers: 2, createWorker: channelWorkers().create });
    expect(noWall(await run.result)).toEqual(noWall(expected));
  });

  it('refuses a bad value before starting any worker, with the core’s message', () => {
    const w = channelWorkers();
    expect(() => runSweepInWorkers(scenario, { params: [{ path: 'stations[id=border].servers', values: [2.5] }], metric: { name: 'p95' } }, { seed: 1, replications: 2, workers: 2, createWorker: w.create })).toThrow(/servers = 2.5 makes the scenario invalid/);
    expect(w.created()).toBe(0);
  });

  it('cancels: rejects with "cancelled" and terminates every worker', async () => {
    const w = channelWorkers();
    const run = runSweepInWorkers(scenario, { params: [{ path: 'stations[id=border].servers', values: [8, 9, 10, 11, 12, 13] }], metric: { name: 'p95' } }, {
      seed: 1,
      replications: 20,
      workers: 2,
      createWorker: w.create,
      onProgress: (p) => {
        if (p.replicationsDone >= 2) run.cancel(); // progress comes per block
      },
    });
    const error = await run.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as SimulationError).code).toBe('cancelled');
    expect(w.terminated()).toBe(2);
  });
});

describe('capacity plan in a worker', () => {
  it('gives exactly planCapacity()’s answer, with progress', async () => {
    const scenario = bundled('harbin-t1-entry-classic');
    const spec = { stations: [{ id: 'border', max: 20 }], target: { metric: { name: 'waitOver5Min' as const, station: 'border' }, op: '<=' as const, value: 0.2 } };
    const options = { seed: 4, replications: 4, maxReplications: 16 };
    const expected = planCapacity(scenario, spec, options);
    expect(expected.found).toBe(true);
    const w = channelWorkers();
    let calls = 0;
    const run = runPlanInWorker(scenario, spec, { ...options, createWorker: w.create, onProgress: () => calls++ });
    const result = await run.result;
    expect({ ...result, wallMs: 0 }).toEqual({ ...expected, wallMs: 0 });
    expect(calls).toBe(expected.replicationsRun);
    expect(w.terminated()).toBe(1);
  });

  it('reports the core’s error for a station that cannot be planned', async () => {
    const scenario = bundled('harbin-t1-entry-classic');
    const run = runPlanInWorker(scenario, { stations: [{ id: 'reclaim' }], target: { metric: { name: 'p95' }, op: '<=', value: 600 } }, { seed: 1, replications: 2, maxReplications: 4, createWorker: channelWorkers().create });
    const error = await run.result.catch((e: unknown) => e);
    expect((error as SimulationError).code).toBe('invalid');
    expect((error as SimulationError).message).toMatch(/only queue stations have servers/);
  });
});
