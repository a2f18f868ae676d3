/**
 * One worker: blocks run in this thread, one replication at a time with a turn of the event
 * loop between them, so Ctrl-C (a signal handler) is noticed after the current replication.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { answerTask, PreparedCache, unwrapBlockAnswer, type BlockTask } from './block-task.js';
import type { BlockRunner } from './block-runner.js';
import type { BlockOutput } from './job.js';

export class InlineRunner implements BlockRunner {
  readonly workers = 1;
  private readonly cache = new PreparedCache();

  blockSize(): number {
    return 1;
  }

  async run(task: BlockTask, signal: AbortSignal): Promise<BlockOutput> {
    await nextTurn();
    signal.throwIfAborted();
    return unwrapBlockAnswer(answerTask(this.cache, task, signal));
  }

  async close(): Promise<void> {}
}
