/**
 * Running scenarios from the command line on the worker pool: each scenario is a job over
 * a range of its replications (all, or a shard's slice), prepared in this thread first so
 * a lane that cannot keep up is refused before any worker starts, with the file named.
 * Progress goes to stderr (cli/progress.ts); Ctrl-C stops the workers (exit 130).
 */
import { SimulationError, type PreparedRun, type RunLog, type RunResult } from '../sim/index.js';
import { InputError } from './errors.js';
import type { CliIo } from './io.js';
import type { LoadedScenario } from './load-scenario.js';
import { finishBlocks, makeJob, prepareJob, runJobs, type BlockRunner, type BlockOutput, type JobOptions, type Range, type RunJob } from './pool/index.js';
import { ProgressBar } from './progress.js';

/** A core error about a scenario as an InputError naming the file (and the stations' servers when overloaded). */
export function scenarioError(loaded: LoadedScenario, e: unknown): unknown {
  if (!(e instanceof SimulationError)) return e;
  const paths = e.stations.map((id) => `stations[${loaded.scenario.stations.findIndex((s) => s.id === id)}].servers`);
  return new InputError(`${loaded.file}: ${paths.length > 0 ? paths.join(', ') + ': ' : ''}${e.message}`);
}

export interface PreparedScenario {
  loaded: LoadedScenario;
  job: RunJob;
  prepared: PreparedRun;
}

/** Jobs for the scenarios, prepared (validated, load checked) in this thread. */
export function prepareScenarios(loaded: readonly LoadedScenario[], options: JobOptions): PreparedScenario[] {
  return loaded.map((l) => {
    const job = makeJob(l.scenario, options);
    try {
      return { loaded: l, job, prepared: prepareJob(job) };
    } catch (e) {
      throw scenarioError(l, e);
    }
  });
}

export interface PoolContext {
  runner: BlockRunner;
  io: CliIo;
  command: string;
  /** Label before the progress bar. */
  label: string;
}

/** Runs each prepared scenario's range of replications on the pool; resolves to each one's blocks. */
export async function runScenarioBlocks(items: readonly PreparedScenario[], ranges: readonly Range[], ctx: PoolContext): Promise<BlockOutput[][]> {
  const bar = new ProgressBar(ctx.io, ctx.label);
  try {
    return await runJobs(
      ctx.runner,
      items.map((it, i) => ({ job: it.job, range: ranges[i] })),
      {
        command: ctx.command,
        signal: ctx.io.signal,
        onProgress: (done, total) => bar.update(done, total),
        mapError: (i, e) => scenarioError(items[i].loaded, e),
      },
    );
  } finally {
    bar.done();
  }
}

/** Runs every replication of each scenario; the results are exactly `runDetailed`'s. */
export async function simulateAll(items: readonly PreparedScenario[], ctx: PoolContext): Promise<Array<{ result: RunResult; log: RunLog | null }>> {
  const t0 = ctx.io.now();
  const blocks = await runScenarioBlocks(
    items,
    items.map((it) => ({ first: 0, count: it.prepared.replications })),
    ctx,
  );
  const wallMs = Math.round(ctx.io.now() - t0);
  return items.map((it, i) => finishBlocks(it.prepared, blocks[i], wallMs));
}
