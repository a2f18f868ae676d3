/**
 * Runs a scenario on several workers at once (one per core). Replications are handed out one
 * at a time from a shared counter, so a fast worker takes more; each finished replication
 * counts as progress. The summary (`finishRun`, which sorts replications by index) runs in a
 * worker too, so the result is exactly `run()`'s, whatever the split, and the UI thread never
 * touches the model. Cancel terminates the workers at once, mid-replication.
 */
import * as Comlink from 'comlink';
import { SimulationError, type ReplicationStats, type RunResult, type Scenario } from '../../sim/index.js';
import { transferables, unwrapAnswer, type ReplicationApi, type WorkerRunOptions } from './replication-api.js';

/** A worker as the pool needs it: a Comlink endpoint it can terminate. */
export interface WorkerHandle {
  endpoint: Comlink.Endpoint;
  terminate(): void;
}

export interface PoolOptions extends WorkerRunOptions {
  workers: number;
  createWorker: () => WorkerHandle;
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
}

export interface PoolRun {
  result: Promise<RunResult>;
  cancel(): void;
}


/** How many workers to start: one per core, never more than replications. */
export function workerCount(hardwareConcurrency: number | undefined, replications: number): number {
  const cores = Number.isFinite(hardwareConcurrency) && (hardwareConcurrency ?? 0) > 0 ? Math.floor(hardwareConcurrency ?? 1) : 2;
  return Math.max(1, Math.min(cores, replications));
}

/** Starts a run; the promise settles with the result, a SimulationError, or 'cancelled'. */
export function runInPool(scenario: Scenario, options: PoolOptions): PoolRun {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const total = options.replications;
  const n = workerCount(options.workers, total);
  const handles: WorkerHandle[] = [];
  let cancelled = false;
  let rejectCancel: (e: Error) => void = () => {};
  const cancelPromise = new Promise<never>((_, reject) => {
    rejectCancel = reject;
  });
  cancelPromise.catch(() => {});

  const terminateAll = () => {
    for (const h of handles) h.terminate();
  };

  const work = async (): Promise<RunResult> => {
    const apis: Array<Comlink.Remote<ReplicationApi>> = [];
    for (let i = 0; i < n; i++) {
      const h = options.createWorker();
      handles.push(h);
      apis.push(Comlink.wrap<ReplicationApi>(h.endpoint));
    }
    const runOptions: WorkerRunOptions = {
      seed: options.seed,
      replications: total,
      allowOverload: options.allowOverload,
      intervalSeconds: options.intervalSeconds,
    };
    await Promise.all(apis.map(async (api) => unwrapAnswer(await api.prepare(scenario, runOptions))));
    const reps: ReplicationStats[] = [];
    let next = 0;
    let done = 0;
    const loop = async (api: Comlink.Remote<ReplicationApi>) => {
      while (!cancelled && next < total) {
        const r = next++;
        const stats = unwrapAnswer(await api.runReplication(r));
        reps.push(stats);
        done++;
        options.onProgress?.(done, total);
      }
    };
    await Promise.all(apis.map(loop));
    const buffers = reps.flatMap(transferables);
    const wallMs = Math.round(now() - t0);
    return unwrapAnswer(await apis[0].finish(Comlink.transfer(reps, buffers), wallMs));
  };

  const result = Promise.race([work(), cancelPromise]).finally(terminateAll);
  return {
    result,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      terminateAll();
      rejectCancel(new SimulationError('cancelled', 'The run was cancelled.'));
    },
  };
}

/** A real Web Worker running the replication API. */
export function createBrowserWorker(): WorkerHandle {
  const worker = new Worker(new URL('./replication-worker.ts', import.meta.url), { type: 'module', name: 'lanesim-sim' });
  return { endpoint: worker, terminate: () => worker.terminate() };
}
