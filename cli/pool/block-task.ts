/**
 * The message a worker thread receives (a block of a job) and what it answers. A core
 * error travels as data (code, message, stations, JSON path) so the main thread can rethrow
 * the same SimulationError (the one-worker runner throws it as it is); anything else thrown
 * in a worker is a crash.
 */
import { SimulationError, type PreparedRun, type SimulationErrorCode } from '../../sim/index.js';
import { prepareJob, runJobBlock, type BlockOutput, type RunJob } from './job.js';

export interface BlockTask {
  job: RunJob;
  first: number;
  count: number;
}

export type BlockAnswer = { ok: true; output: BlockOutput } | { ok: false; code: SimulationErrorCode; message: string; stations: string[]; jsonPath: string };

/** Prepared jobs by key, so a worker compiles each scenario once; a few are kept (sweep points run in order). */
export class PreparedCache {
  private readonly map = new Map<string, PreparedRun>();
  constructor(private readonly limit = 4) {}

  get(job: RunJob, signal?: AbortSignal): PreparedRun {
    let p = this.map.get(job.key);
    if (p) return p;
    p = prepareJob(job, signal);
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
    this.map.set(job.key, p);
    return p;
  }
}

/** Runs a task, turning a core error into an answer; other errors propagate (a crash). */
export function answerTask(cache: PreparedCache, task: BlockTask, signal?: AbortSignal): BlockAnswer {
  try {
    return { ok: true, output: runJobBlock(cache.get(task.job, signal), task.first, task.count, signal) };
  } catch (e) {
    if (e instanceof SimulationError) return { ok: false, code: e.code, message: e.message, stations: e.stations, jsonPath: e.jsonPath };
    throw e;
  }
}

/** The answer's block output, or the core error it carries rethrown. */
export function unwrapBlockAnswer(answer: BlockAnswer): BlockOutput {
  if (answer.ok) return answer.output;
  throw new SimulationError(answer.code, answer.message, answer.stations, answer.jsonPath);
}
