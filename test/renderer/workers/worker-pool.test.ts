import { MessageChannel, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { run, SimulationError } from '../../../sim/index.js';
import { createReplicationApi } from '../../../renderer/workers/replication-api.js';
import { runInPool, workerCount, type WorkerHandle } from '../../../renderer/workers/worker-pool.js';
import { loadFixture } from '../fixtures.js';
import { blocksIn, watchedEndpoint } from './watch.js';

/** A "worker" served over a real MessageChannel in this thread: the pool's protocol end to end, minus the thread. */
function channelWorker(created: MessagePort[]): WorkerHandle {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(createReplicationApi(), port2 as unknown as Comlink.Endpoint);
  created.push(port1, port2);
  return {
    endpoint: port1 as unknown as Comlink.Endpoint,
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
}

describe('worker pool', () => {
  it('gives exactly run()’s result, whatever the number of workers', async () => {
    const scenario = loadFixture('entry-classic');
    const expected = run(scenario, { seed: 11, replications: 5 });
    for (const workers of [1, 3]) {
      const progress: number[] = [];
      const ports: MessagePort[] = [];
      const pool = runInPool(scenario, { seed: 11, replications: 5, workers, createWorker: () => channelWorker(ports), onProgress: (d) => progress.push(d) });
      const result = await pool.result;
      expect({ ...result, wallMs: 0 }).toEqual({ ...expected, wallMs: 0 });
      // Progress comes per block or every 100 ms within one, rising to the total.
      expect(progress.at(-1)).toBe(5);
      expect(progress.every((d, i) => i === 0 || d > progress[i - 1])).toBe(true);
    }
  });

  it('never passes a partial through the calling thread: workers hand partials to each other, only the result comes back', async () => {
    const scenario = loadFixture('entry-classic');
    const expected = run(scenario, { seed: 5, replications: 6 });
    const seen: unknown[] = [];
    const pool = runInPool(scenario, {
      seed: 5,
      replications: 6,
      workers: 3,
      createWorker: () => {
        const h = channelWorker([]);
        return { ...h, endpoint: watchedEndpoint(h.endpoint, seen) };
      },
    });
    const result = await pool.result;
    expect({ ...result, wallMs: 0 }).toEqual({ ...expected, wallMs: 0 });
    expect(seen.length).toBeGreaterThan(0);
    expect(blocksIn(seen)).toEqual([]);
  });

  it('reports an unstable lane with the core’s code', async () => {
    const scenario = loadFixture('entry-classic');
    const bad = { ...scenario, stations: scenario.stations.map((s) => (s.id === 'border' ? { ...s, servers: 1 } : s)) };
    const ports: MessagePort[] = [];
    const pool = runInPool(bad, { seed: 1, replications: 2, workers: 2, createWorker: () => channelWorker(ports) });
    const error = await pool.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as SimulationError).code).toBe('unstable');
    expect((error as SimulationError).stations).toEqual(['border']);
  });

  it('cancels: the promise rejects with "cancelled" and the workers are terminated', async () => {
    const scenario = loadFixture('entry-smart');
    let terminated = 0;
    const pool = runInPool(scenario, {
      seed: 1,
      replications: 400,
      workers: 2,
      createWorker: () => {
        const h = channelWorker([]);
        return { endpoint: h.endpoint, terminate: () => { terminated++; h.terminate(); } };
      },
      onProgress: (done) => {
        if (done >= 2) pool.cancel();
      },
    });
    const error = await pool.result.catch((e: unknown) => e);
    expect((error as SimulationError).code).toBe('cancelled');
    expect(terminated).toBeGreaterThanOrEqual(2);
  });

  it('starts one worker per core, never more than replications', () => {
    expect(workerCount(8, 30)).toBe(8);
    expect(workerCount(8, 3)).toBe(3);
    expect(workerCount(undefined, 30)).toBe(2);
    expect(workerCount(0, 1)).toBe(1);
  });
});
