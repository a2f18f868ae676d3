/**
 * The worker-pool benchmark (`npm run bench`, issue 16): replications per second of the
 * bundled day scenario with one worker (this thread, as `--workers 1`) and with one worker
 * thread per core (the CLI's default), through the CLI's own pool (cli/pool), pool start-up
 * included; their ratio against the target (≥ 1.8× on 2 cores, ≥ 0.85 × cores). The two
 * results must be identical: a speed-up that changed the numbers would not count.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { canonicalJson, validateScenario, type Scenario } from '../sim/index.js';
import { createBlockRunner, finishBlocks, makeJob, prepareJob, runJobs } from '../cli/pool/index.js';

export const POOL_BENCH_SCENARIO = 'scenarios/harbin-t1-entry-smart-day.json';

export interface PoolBenchReport {
  scenario: string;
  replications: number;
  cores: number;
  oneWorker: { ms: number; perSecond: number };
  allWorkers: { workers: number; ms: number; perSecond: number };
  ratio: number;
  target: number;
  identical: boolean;
}

async function timed(scenario: Scenario, replications: number, workers: number): Promise<{ ms: number; result: string }> {
  const t0 = performance.now();
  const runner = createBlockRunner(workers);
  try {
    const job = makeJob(scenario, { seed: 1, replications, allowOverload: false, recordVisits: 0 });
    const prepared = prepareJob(job);
    const [blocks] = await runJobs(runner, [{ job, range: { first: 0, count: replications } }], { command: 'bench' });
    const { result } = finishBlocks(prepared, blocks, 0);
    return { ms: performance.now() - t0, result: canonicalJson(result) };
  } finally {
    await runner.close();
  }
}

/** Runs the day scenario with one worker and with one per core. */
export async function runPoolBench(options: { replications?: number; root?: string } = {}): Promise<PoolBenchReport> {
  const replications = options.replications ?? 2000;
  const text = readFileSync(`${options.root ?? '.'}/${POOL_BENCH_SCENARIO}`, 'utf8');
  const v = validateScenario(JSON.parse(text));
  if (!v.ok) throw new Error(`${POOL_BENCH_SCENARIO}: ${v.errors[0].path}: ${v.errors[0].message}`);
  const cores = Math.max(1, availableParallelism());
  await timed(v.scenario, 20, 1); // warm up the JIT of this thread
  const one = await timed(v.scenario, replications, 1);
  const all = await timed(v.scenario, replications, cores);
  const perSecond = (ms: number) => (replications * 1000) / ms;
  return {
    scenario: POOL_BENCH_SCENARIO,
    replications,
    cores,
    oneWorker: { ms: one.ms, perSecond: perSecond(one.ms) },
    allWorkers: { workers: cores, ms: all.ms, perSecond: perSecond(all.ms) },
    ratio: one.ms / all.ms,
    target: cores === 2 ? 1.8 : 0.85 * cores,
    identical: one.result === all.result,
  };
}

export function formatPoolBenchReport(r: PoolBenchReport): string {
  const f = (x: number) => x.toFixed(0);
  return [
    `Worker pool: ${r.scenario}, ${r.replications.toLocaleString('en')} replications (pool start-up included)`,
    `  1 worker (this thread)      ${f(r.oneWorker.perSecond)} replications/s (${(r.oneWorker.ms / 1000).toFixed(2)} s)`,
    `  ${r.allWorkers.workers} workers (one per core)   ${f(r.allWorkers.perSecond)} replications/s (${(r.allWorkers.ms / 1000).toFixed(2)} s)`,
    `  ratio ${r.ratio.toFixed(2)}× on ${r.cores} cores (target ≥ ${r.target.toFixed(2)}×: ${r.ratio >= r.target ? 'met' : 'NOT met'}); results identical: ${r.identical ? 'yes' : 'NO'}`,
  ].join('\n');
}
