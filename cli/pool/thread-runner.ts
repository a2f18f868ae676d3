/**
 * Several workers: a tinypool of worker threads running dist/cli-worker.mjs. An abort
 * terminates the threads at once (mid-replication); a thread that dies (out of memory,
 * a crash) rejects its block with a WorkerCrashError carrying the thread's own message.
 */
import { Tinypool } from 'tinypool';
import { unwrapBlockAnswer, type BlockAnswer, type BlockTask } from './block-task.js';
import type { BlockRunner } from './block-runner.js';
import { blockSize } from './blocks.js';
import type { BlockOutput } from './job.js';
import { WorkerCrashError } from './pool-errors.js';
import { workerFile } from './worker-file.js';

export interface ThreadRunnerOptions {
  workers: number;
  /** Heap limit of each worker thread in MB (V8's old generation); unlimited when omitted. */
  maxHeapMb?: number;
}

export class ThreadRunner implements BlockRunner {
  readonly workers: number;
  private readonly pool: Tinypool;
  private closed = false;

  constructor(options: ThreadRunnerOptions) {
    this.workers = options.workers;
    this.pool = new Tinypool({
      filename: workerFile(),
      minThreads: options.workers,
      maxThreads: options.workers,
      isolateWorkers: false,
      ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
    });
    // A dying thread also emits 'error' on the pool; its task's rejection already carries it.
    this.pool.on('error', () => {});
  }

  blockSize(replications: number): number {
    return blockSize(replications, this.workers);
  }

  async run(task: BlockTask, signal: AbortSignal): Promise<BlockOutput> {
    signal.throwIfAborted();
    let answer: BlockAnswer;
    try {
      answer = (await this.pool.run(task, { signal })) as BlockAnswer;
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      const message = e instanceof Error ? e.message : String(e);
      throw new WorkerCrashError(`a worker thread failed: ${message}`);
    }
    return unwrapBlockAnswer(answer);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.destroy();
  }
}
