/**
 * Several jobs (a run, the scenarios of a compare, the points of a sweep), each over a
 * range of its replications (all of them, or a shard's slice), cut into blocks and run on
 * one pool together, so workers stay busy across job boundaries.
 */
import type { BlockRunner } from './block-runner.js';
import type { BlockTask } from './block-task.js';
import { cutBlocks, type Range } from './blocks.js';
import type { BlockOutput, RunJob } from './job.js';
import { runBlocks } from './run-blocks.js';

export interface JobWork {
  job: RunJob;
  range: Range;
}

export interface RunJobsOptions {
  command: string;
  signal?: AbortSignal;
  /** Replications done of all jobs' ranges. */
  onProgress?: (done: number, total: number) => void;
  /** Replaces an error of job `index` before it is thrown. */
  mapError?: (index: number, error: unknown) => unknown;
}

/** Runs every job's range; resolves to each job's blocks (in replication order). */
export async function runJobs(runner: BlockRunner, work: readonly JobWork[], options: RunJobsOptions): Promise<BlockOutput[][]> {
  const tasks: BlockTask[] = [];
  const owner: number[] = [];
  const ownerOf = new Map<BlockTask, number>();
  work.forEach((w, j) => {
    for (const b of cutBlocks(w.range, runner.blockSize(w.range.count))) {
      const task = { job: w.job, first: b.first, count: b.count };
      tasks.push(task);
      owner.push(j);
      ownerOf.set(task, j);
    }
  });
  const total = work.reduce((n, w) => n + w.range.count, 0);
  let done = 0;
  const stats = await runBlocks(runner, tasks, {
    command: options.command,
    signal: options.signal,
    onBlock: (t) => {
      done += t.count;
      options.onProgress?.(done, total);
    },
    mapError: options.mapError ? (t, e) => options.mapError!(ownerOf.get(t) ?? 0, e) : undefined,
  });
  const out: BlockOutput[][] = work.map(() => []);
  stats.forEach((s, i) => out[owner[i]].push(s));
  return out;
}
