/**
 * "Run these blocks on the pool": hands tasks to the runner's workers as they free up,
 * reports each finished block, and returns the statistics in task order. The first
 * failure stops the other workers and is rethrown; Ctrl-C (the caller's signal) becomes an
 * InterruptedError (exit 130).
 */
import type { BlockTask } from './block-task.js';
import type { BlockRunner } from './block-runner.js';
import type { BlockOutput } from './job.js';
import { InterruptedError, WorkerCrashError } from './pool-errors.js';

export interface RunBlocksOptions {
  /** The command's name, for the interrupted message. */
  command: string;
  /** Ctrl-C. */
  signal?: AbortSignal;
  /** After each block, with the block's task. */
  onBlock?: (task: BlockTask) => void;
  /** Replaces a block's error before it is thrown (e.g. to name the scenario file). */
  mapError?: (task: BlockTask, error: unknown) => unknown;
}

/** Runs every task on the runner; resolves to one BlockOutput per task, in task order. */
export async function runBlocks(runner: BlockRunner, tasks: readonly BlockTask[], options: RunBlocksOptions): Promise<BlockOutput[]> {
  const stop = new AbortController();
  const onAbort = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const results: BlockOutput[] = new Array<BlockOutput>(tasks.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (failure === null && !stop.signal.aborted && next < tasks.length) {
      const i = next++;
      try {
        results[i] = await runner.run(tasks[i], stop.signal);
        options.onBlock?.(tasks[i]);
      } catch (error) {
        failure ??= { error: options.mapError && !stop.signal.aborted ? options.mapError(tasks[i], error) : error };
        stop.abort(error);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(runner.workers, tasks.length) }, lane));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (options.signal?.aborted) throw new InterruptedError(options.command);
  if (failure !== null) {
    const { error } = failure as { error: unknown };
    throw error instanceof WorkerCrashError ? new WorkerCrashError(`lanesim ${options.command}: ${error.message}`) : error;
  }
  return results;
}
