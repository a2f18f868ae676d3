/**
 * Runs a sweep on several workers at once, and a capacity plan on one, from the UI thread
 * without touching the model. A sweep's work is every point's replications in blocks,
 * handed out in order from a shared counter (as the replication pool hands out blocks), so
 * all workers stay busy whatever the number of points or replications; each block comes
 * back as one merged BlockStats; a point is summarised in the worker that ran its last block, and the sweep by the
 * core's `summarizeSweep`: the result is `sweep()`'s for the same seed, whatever the split.
 * Points come back as they finish, for a table that fills in. Cancel terminates the workers
 * at once.
 */
import * as Comlink from 'comlink';
import {
  SimulationError,
  summarizeSweep,
  sweepPoints,
  type PlanProgress,
  type PlanResult,
  type PlanSpec,
  type PointOutcome,
  type BlockStats,
  type Scenario,
  type SweepPoint,
  type SweepResult,
  type SweepSpec,
  type StaffingResult,
  type StaffingSpec,
} from '../../sim/index.js';
import { unwrapAnswer, type WorkerAnswer } from '../workers/replication-api.js';
import { workerCount, type WorkerHandle } from '../workers/worker-pool.js';
import type { StaffProgress, SweepApi, WorkerPlanOptions, WorkerStaffOptions } from './sweep-api.js';

export interface SweepRunProgress {
  replicationsDone: number;
  replicationsTotal: number;
  pointsDone: number;
  points: number;
}

export interface SweepRunOptions {
  seed: number;
  replications: number;
  /** Cores to use (one worker each, never more than the work items). */
  workers: number;
  createWorker: () => WorkerHandle;
  onProgress?: (p: SweepRunProgress) => void;
  /** The sweep so far (finished points only), each time a point finishes. */
  onPartial?: (partial: SweepResult) => void;
  now?: () => number;
}

export interface Cancellable<T> {
  result: Promise<T>;
  cancel(): void;
}


/**
 * Replications per block of a sweep: about four blocks per worker over the whole sweep,
 * at most 250 and never more than a point's replications.
 */
export function sweepBlockSize(replications: number, total: number, workers: number): number {
  return Math.max(1, Math.min(replications, 250, Math.ceil(total / (workers * 4))));
}

/** A promise that settles with the work or rejects with 'cancelled' as soon as `cancel` is called. */
function cancellable<T>(start: (isCancelled: () => boolean) => Promise<T>, handles: WorkerHandle[], what: string): Cancellable<T> {
  let cancelled = false;
  let rejectCancel: (e: Error) => void = () => {};
  const cancelPromise = new Promise<never>((_, reject) => {
    rejectCancel = reject;
  });
  cancelPromise.catch(() => {});
  let terminated = 0;
  const terminateAll = () => {
    // Each worker once, also those a cancel already ended.
    for (; terminated < handles.length; terminated++) handles[terminated].terminate();
  };
  const work = start(() => cancelled);
  work.catch(() => {});
  return {
    result: Promise.race([work, cancelPromise]).finally(terminateAll),
    cancel() {
      if (cancelled) return;
      cancelled = true;
      terminateAll();
      rejectCancel(new SimulationError('cancelled', `The ${what} was cancelled.`));
    },
  };
}

/**
 * Starts a sweep. Bad paths, values or metrics throw here, before any worker starts
 * (`sweepPoints` validates every point up front, as the CLI does).
 */
export function runSweepInWorkers(scenario: Scenario, spec: SweepSpec, options: SweepRunOptions): Cancellable<SweepResult> {
  const points: SweepPoint[] = sweepPoints(scenario, spec);
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const { seed, replications } = options;
  const total = points.length * replications;
  const handles: WorkerHandle[] = [];
  const n = workerCount(options.workers, total);

  return cancellable(
    async (isCancelled) => {
      const apis: Array<Comlink.Remote<SweepApi>> = [];
      for (let i = 0; i < n; i++) {
        const h = options.createWorker();
        handles.push(h);
        apis.push(Comlink.wrap<SweepApi>(h.endpoint));
      }
      const outcomes: Array<PointOutcome | undefined> = points.map(() => undefined);
      // Work is handed out in blocks of a point's replications (about four per worker in
      // all); each block comes back as ONE merged BlockStats, not one per replication.
      const size = sweepBlockSize(replications, total, n);
      const blocksPerPoint = Math.ceil(replications / size);
      const blocks: BlockStats[][] = points.map(() => []);
      const repsIn = points.map(() => 0);
      let next = 0;
      let done = 0;
      let pointsDone = 0;
      const report = () => options.onProgress?.({ replicationsDone: done, replicationsTotal: total, pointsDone, points: points.length });
      const partial = () => {
        if (!options.onPartial) return;
        const idx = points.map((_, i) => i).filter((i) => outcomes[i] !== undefined);
        options.onPartial(summarizeSweep(scenario, spec, idx.map((i) => points[i]), idx.map((i) => outcomes[i]!), { seed, replications, wallMs: Math.round(now() - t0) }));
      };
      const settle = (p: number, outcome: PointOutcome) => {
        outcomes[p] = outcome;
        pointsDone++;
        partial();
      };
      const loop = async (api: Comlink.Remote<SweepApi>) => {
        let preparedPoint = -1;
        while (!isCancelled() && next < points.length * blocksPerPoint) {
          const task = next++;
          const p = Math.floor(task / blocksPerPoint);
          const first = (task % blocksPerPoint) * size;
          const count = Math.min(size, replications - first);
          if (outcomes[p]?.status === 'unstable') continue;
          if (preparedPoint !== p) {
            const answer = await api.prepare(p, points[p].scenario, { seed, replications });
            preparedPoint = p;
            if (!answer.ok && answer.code === 'unstable') {
              // Every worker would refuse this point the same way: its work counts as done.
              if (outcomes[p] === undefined) {
                done += replications - repsIn[p];
                settle(p, { status: 'unstable', message: answer.message, stations: answer.stations });
                report();
              }
              continue;
            }
            unwrapAnswer(answer);
          }
          blocks[p].push(unwrapAnswer(await api.runBlock(p, first, count)));
          repsIn[p] += count;
          done += count;
          report();
          if (repsIn[p] === replications) {
            const list = blocks[p];
            blocks[p] = [];
            const result = unwrapAnswer(await api.finish(p, list, 0));
            settle(p, { status: 'ok', result });
            report();
          }
        }
      };
      await Promise.all(apis.map(loop));
      if (isCancelled()) throw new SimulationError('cancelled', 'The sweep was cancelled.');
      return summarizeSweep(scenario, spec, points, outcomes as PointOutcome[], { seed, replications, wallMs: Math.round(now() - t0) });
    },
    handles,
    'sweep',
  );
}

export interface PlanRunOptions extends WorkerPlanOptions {
  createWorker: () => WorkerHandle;
  onProgress?: (p: PlanProgress) => void;
}

/**
 * Starts one call of the sweep API in a worker of its own (a plan, a staffing search); the
 * promise settles with the call's answer, Cancel terminates the worker.
 */
export function runInOneWorker<T>(createWorker: () => WorkerHandle, what: string, call: (api: Comlink.Remote<SweepApi>) => Promise<WorkerAnswer<T>>): Cancellable<T> {
  const handles: WorkerHandle[] = [];
  return cancellable(
    async () => {
      const h = createWorker();
      handles.push(h);
      return unwrapAnswer(await call(Comlink.wrap<SweepApi>(h.endpoint)));
    },
    handles,
    what,
  );
}

/** Starts a capacity plan in one worker; the promise settles with `planCapacity`'s result. */
export function runPlanInWorker(scenario: Scenario, spec: PlanSpec, options: PlanRunOptions): Cancellable<PlanResult> {
  const { seed, replications, maxReplications, onProgress } = options;
  return runInOneWorker(options.createWorker, 'capacity plan', (api) =>
    api.plan(scenario, spec, { seed, replications, maxReplications }, onProgress ? Comlink.proxy((p: PlanProgress) => onProgress(p)) : undefined),
  );
}

export interface StaffRunOptions extends WorkerStaffOptions {
  createWorker: () => WorkerHandle;
  onProgress?: (p: StaffProgress) => void;
}

/** Starts a staffing search in one worker; the promise settles with `planStaffing`'s result. */
export function runStaffInWorker(scenario: Scenario, spec: StaffingSpec, options: StaffRunOptions): Cancellable<StaffingResult> {
  const { seed, replications, onProgress } = options;
  return runInOneWorker(options.createWorker, 'staffing search', (api) =>
    api.staff(scenario, spec, { seed, replications }, onProgress ? Comlink.proxy((p: StaffProgress) => onProgress(p)) : undefined),
  );
}

/** A real Web Worker running the sweep API. */
export function createSweepWorker(): WorkerHandle {
  const worker = new Worker(new URL('./sweep-worker.ts', import.meta.url), { type: 'module', name: 'lanesim-sweep' });
  return { endpoint: worker, terminate: () => worker.terminate() };
}
