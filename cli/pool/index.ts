/**
 * The CLI's worker pool, for every command that runs replications (run, compare, sweep,
 * and later ones such as staff):
 *
 *   const runner = createBlockRunner(workers);          // --workers N; 1 runs in this thread
 *   try {
 *     const job = makeJob(scenario, { seed, replications, allowOverload, recordVisits: 0 });
 *     const prepared = prepareJob(job);                  // main thread: validation, 'unstable'
 *     const tasks = cutBlocks({ first: 0, count: replications }, runner.blockSize(replications))
 *       .map((b) => ({ job, ...b }));
 *     const blocks = await runBlocks(runner, tasks, { command: 'staff', signal: io.signal });
 *     const { result } = finishBlocks(prepared, blocks, wallMs);   // = run(scenario, …)
 *   } finally {
 *     await runner.close();
 *   }
 *
 * `runJobs` (run-jobs.ts) does the middle part for several jobs with progress.
 */
import { InlineRunner } from './inline-runner.js';
import type { BlockRunner } from './block-runner.js';
import { ThreadRunner } from './thread-runner.js';

export type { BlockRunner } from './block-runner.js';
export type { BlockTask } from './block-task.js';
export { makeJob, prepareJob, finishBlocks, type BlockOutput, type JobOptions, type RunJob } from './job.js';
export { cutBlocks, sliceOf, type Range } from './blocks.js';
export { runBlocks, type RunBlocksOptions } from './run-blocks.js';
export { InterruptedError, WorkerCrashError, EXIT_INTERRUPTED } from './pool-errors.js';

/** Heap limit per worker thread in MB, from LANESIM_WORKER_HEAP_MB (unset: V8's default). */
export function workerHeapLimit(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const v = Number(env.LANESIM_WORKER_HEAP_MB);
  return Number.isInteger(v) && v > 0 ? v : undefined;
}

/** A runner for `workers` blocks at a time: this thread for one, worker threads otherwise. */
export function createBlockRunner(workers: number, options: { maxHeapMb?: number } = {}): BlockRunner {
  return workers <= 1 ? new InlineRunner() : new ThreadRunner({ workers, maxHeapMb: options.maxHeapMb ?? workerHeapLimit() });
}
export { runJobs, type JobWork, type RunJobsOptions } from './run-jobs.js';
