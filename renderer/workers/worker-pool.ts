/**
 * Runs a scenario on several workers at once (one per core). Replications are handed out in
 * blocks from a shared counter (about four per worker, so a fast worker takes more); each
 * worker keeps its blocks' statistics and, at the end, sends ONE merged partial — a few
 * histograms and per-replication figures, never per-passenger arrays — over a MessagePort
 * straight to the first worker, which merges them and summarises (`finishRun`: any split
 * gives the same result). The result is exactly `run()`'s, and the UI thread never touches
 * the model or a partial: it only receives the result. Each finished replication counts as
 * progress. Cancel terminates the workers at once, mid-replication.
 */
import * as Comlink from 'comlink';
import { SimulationError, type RunResult, type Scenario } from '../../sim/index.js';
import { unwrapAnswer, type ReplicationApi, type WorkerRunOptions } from './replication-api.js';

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

/** Replications per block: about four blocks per worker, at most 250 replications each. */
export function blockSize(replications: number, workers: number): number {
  return Math.max(1, Math.min(250, Math.ceil(replications / (workers * 4))));
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
    const size = blockSize(total, n);
    let next = 0;
    let done = 0;
    const onReplication = Comlink.proxy((replications: number) => {
      done += replications;
      options.onProgress?.(done, total);
    });
    const loop = async (api: Comlink.Remote<ReplicationApi>): Promise<void> => {
      while (!cancelled && next < total) {
        const first = next;
        const count = Math.min(size, total - first);
        next += count;
        unwrapAnswer(await api.runBlock(first, count, onReplication));
      }
    };
    await Promise.all(apis.map(loop));
    const wallMs = Math.round(now() - t0);
    // Each other worker sends its partial to the first over a channel of their own: the
    // partials (thousands of per-replication figures at 10,000 replications) never pass
    // through this thread; only the result comes back.
    const channels = apis.slice(1).map(() => new MessageChannel());
    const into = channels.map((c) => c.port2);
    const finishing = apis[0].finishWith(Comlink.transfer(into, into), wallMs);
    finishing.catch(() => {});
    await Promise.all(apis.slice(1).map(async (api, i) => unwrapAnswer(await api.sendPartial(Comlink.transfer(channels[i].port1, [channels[i].port1])))));
    return unwrapAnswer(await finishing);
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
