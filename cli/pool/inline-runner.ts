/**
 * One worker: blocks run in this thread, with a turn of the event loop between their
 * replications, so Ctrl-C (a signal handler) is noticed after the current replication. The
 * blocks are as large as the threads' (blocks.ts): a block per replication would cost about
 * twice the CPU per replication (each block builds its collectors and is merged once).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { PreparedCache, type BlockTask } from './block-task.js';
import type { BlockRunner } from './block-runner.js';
import { blockSize } from './blocks.js';
import { jobBlockSteps, type BlockOutput } from './job.js';

export class InlineRunner implements BlockRunner {
  readonly workers = 1;
  private readonly cache = new PreparedCache();

  blockSize(replications: number): number {
    return blockSize(replications, 1);
  }

  /** Throws the core's SimulationError as it is (a thread's answer carries the same fields: block-task.ts). */
  async run(task: BlockTask, signal: AbortSignal): Promise<BlockOutput> {
    await nextTurn();
    signal.throwIfAborted();
    const steps = jobBlockSteps(this.cache.get(task.job, signal), task.first, task.count, signal);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await nextTurn();
      signal.throwIfAborted();
    }
  }

  async close(): Promise<void> {}
}
