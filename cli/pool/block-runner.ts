/**
 * Where blocks run: in worker threads (tinypool, one thread per worker) or, for one
 * worker, in this thread — the same code path for the numbers either way, so results are
 * byte-identical for every worker count.
 */
import type { BlockOutput } from './job.js';
import type { BlockTask } from './block-task.js';

export interface BlockRunner {
  /** Blocks that can run at the same time. */
  readonly workers: number;
  /** Replications per block for a job of `replications` (balance and progress vs. messages). */
  blockSize(replications: number): number;
  /** Runs one block; rejects with the core's SimulationError, a WorkerCrashError, or an abort. */
  run(task: BlockTask, signal: AbortSignal): Promise<BlockOutput>;
  /** Stops every worker; safe to call twice. */
  close(): Promise<void>;
}
