/**
 * A sweep on the worker pool: every point is a job (the point's scenario, the sweep's seed
 * and replications); points where a station cannot keep up are found in this thread and
 * kept as findings; the others' replications run on the pool together. Each point's result
 * is `run()`'s, so the sweep is `sweep()`'s for any number of workers.
 */
import { SimulationError, summarizeSweep, sweepPoints, type PointOutcome, type PreparedRun, type SweepPoint, type SweepResult, type SweepSpec } from '../sim/index.js';
import { InputError } from './errors.js';
import type { LoadedScenario } from './load-scenario.js';
import { finishBlocks, makeJob, prepareJob, runJobs, type BlockOutput, type Range, type RunJob } from './pool/index.js';
import type { PoolContext } from './pooled-run.js';
import { ProgressBar } from './progress.js';

export interface SweepPlan {
  points: SweepPoint[];
  /** Per point: its job and prepared run, or the 'unstable' finding. */
  jobs: Array<{ job: RunJob; prepared: PreparedRun } | { unstable: PointOutcome & { status: 'unstable' } }>;
  seed: number;
  replications: number;
}

function inputError(loaded: LoadedScenario, e: unknown): unknown {
  return e instanceof SimulationError ? new InputError(`${loaded.file}: ${e.message}`) : e;
}

/** The sweep's points, each prepared in this thread (a bad path or value is an InputError naming the file). */
export function planSweep(loaded: LoadedScenario, spec: SweepSpec, settings: { seed?: number; replications: number }): SweepPlan {
  const seed = settings.seed ?? loaded.scenario.seed ?? 1;
  let points: SweepPoint[];
  try {
    points = sweepPoints(loaded.scenario, spec);
  } catch (e) {
    throw inputError(loaded, e);
  }
  const jobs = points.map((p) => {
    const job = makeJob(p.scenario, { seed, replications: settings.replications, allowOverload: false, recordVisits: 0 });
    try {
      return { job, prepared: prepareJob(job) };
    } catch (e) {
      if (e instanceof SimulationError && e.code === 'unstable') return { unstable: { status: 'unstable' as const, message: e.message, stations: e.stations } };
      throw inputError(loaded, e);
    }
  });
  return { points, jobs, seed, replications: settings.replications };
}

/** Runs each stable point's range of replications; resolves to blocks per point (empty for unstable ones). */
export async function runSweepBlocks(loaded: LoadedScenario, plan: SweepPlan, ranges: readonly Range[], ctx: PoolContext): Promise<BlockOutput[][]> {
  const stable = plan.jobs.flatMap((j, i) => ('job' in j ? [{ i, job: j.job }] : []));
  const bar = new ProgressBar(ctx.io, ctx.label);
  try {
    const blocks = await runJobs(
      ctx.runner,
      stable.map((s) => ({ job: s.job, range: ranges[s.i] })),
      { command: ctx.command, signal: ctx.io.signal, onProgress: (d, t) => bar.update(d, t), mapError: (_i, e) => inputError(loaded, e) },
    );
    const out: BlockOutput[][] = plan.jobs.map(() => []);
    stable.forEach((s, k) => (out[s.i] = blocks[k]));
    return out;
  } finally {
    bar.done();
  }
}

/** The sweep result from every point's blocks (all replications of each stable point). */
export function finishSweep(loaded: LoadedScenario, spec: SweepSpec, plan: SweepPlan, blocks: readonly BlockOutput[][], wallMs: number): SweepResult {
  const outcomes: PointOutcome[] = plan.jobs.map((j, i) => ('job' in j ? { status: 'ok', result: finishBlocks(j.prepared, blocks[i], 0).result } : j.unstable));
  return summarizeSweep(loaded.scenario, spec, plan.points, outcomes, { seed: plan.seed, replications: plan.replications, wallMs });
}

/** The whole sweep on the pool: `sweep()`'s result. */
export async function sweepOnPool(loaded: LoadedScenario, spec: SweepSpec, settings: { seed?: number; replications: number }, ctx: PoolContext): Promise<SweepResult> {
  const t0 = ctx.io.now();
  const plan = planSweep(loaded, spec, settings);
  const blocks = await runSweepBlocks(
    loaded,
    plan,
    plan.points.map(() => ({ first: 0, count: plan.replications })),
    ctx,
  );
  return finishSweep(loaded, spec, plan, blocks, Math.round(ctx.io.now() - t0));
}
