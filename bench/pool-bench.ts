/**
 * The worker-pool benchmark (`npm run bench`, issue 16): replications per second of the
 * bundled day scenario with one worker (this thread, as `--workers 1`) and with one worker
 * thread per core (the CLI's default), through the CLI's own pool (cli/pool), pool start-up
 * included; their ratio against the target (≥ 1.8× on 2 cores, ≥ 0.85 × cores). The two
 * results must be identical: a speed-up that changed the numbers would not count.
 *
 * On a shared machine the wall-clock ratio measures the neighbours as much as the pool, so
 * the bench is CPU-aware: it runs several rounds (one worker, then all, alternating) and
 * keeps the fastest of each (the round least disturbed), and it reports per setting the CPU
 * time per replication of the whole process (every thread: `process.cpuUsage`) and the cores
 * the run actually got (CPU time ÷ wall time). With those:
 *   - overhead = CPU per replication with all worker threads ÷ with one thread (the same block
 *     sizes; 1.00: more threads add no work);
 *   - CPU-bound ratio = workers ÷ overhead: the speed-up the threads would give with the cores free;
 * and the load average before and after, with a warning when the machine was busy (load above
 * half its cores), because then the wall ratio is not a measurement of the pool.
 *
 * A third setting, one worker *thread* (the pool with a single thread), separates the pool's
 * scaling from the block size: `--workers 1` runs one replication per block in this thread
 * (so Ctrl-C is noticed between replications), while the threads take blocks of up to 16,
 * and every block pays for its collector (its histograms: about 100 kB each per station and
 * class), so CPU per replication differs between the two for reasons other than threads.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { canonicalJson, validateScenario, type Scenario } from '../sim/index.js';
import { createBlockRunner, finishBlocks, makeJob, prepareJob, runJobs, type BlockRunner } from '../cli/pool/index.js';
import { ThreadRunner } from '../cli/pool/thread-runner.js';

export const POOL_BENCH_SCENARIO = 'scenarios/harbin-t1-entry-smart-day.json';

export interface PoolSetting {
  workers: number;
  /** Fastest round. */
  ms: number;
  perSecond: number;
  /** Every round's wall time, in order. */
  roundsMs: number[];
  /** CPU time (user + system, all threads) per replication in the fastest round. */
  cpuMsPerReplication: number;
  /** Cores the fastest round got: its CPU time ÷ its wall time. */
  coresUsed: number;
}

export interface PoolBenchReport {
  scenario: string;
  replications: number;
  rounds: number;
  cores: number;
  oneWorker: PoolSetting;
  /** One worker thread (the pool's block sizes, one thread). */
  oneThread: PoolSetting;
  allWorkers: PoolSetting;
  /** Wall-clock ratio of the fastest rounds (one worker ÷ all). */
  ratio: number;
  /** Wall-clock ratio, one worker thread ÷ all: the pool's own scaling. */
  threadRatio: number;
  /** CPU per replication, all worker threads ÷ one thread. */
  overhead: number;
  /** workers ÷ overhead: the ratio with the cores free. */
  cpuBoundRatio: number;
  target: number;
  /** 1-minute load average before and after. */
  load: { before: number; after: number };
  busy: boolean;
  identical: boolean;
}

interface Round {
  ms: number;
  cpuMs: number;
  result: string;
}

async function timed(scenario: Scenario, replications: number, workers: number | 'one thread'): Promise<Round> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const runner: BlockRunner = workers === 'one thread' ? new ThreadRunner({ workers: 1 }) : createBlockRunner(workers);
  try {
    const job = makeJob(scenario, { seed: 1, replications, allowOverload: false, recordVisits: 0 });
    const prepared = prepareJob(job);
    const [blocks] = await runJobs(runner, [{ job, range: { first: 0, count: replications } }], { command: 'bench' });
    const { result } = finishBlocks(prepared, blocks, 0);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { ms, cpuMs: (c.user + c.system) / 1000, result: canonicalJson(result) };
  } finally {
    await runner.close();
  }
}

function setting(workers: number, rounds: Round[], replications: number): PoolSetting {
  const best = rounds.reduce((a, b) => (b.ms < a.ms ? b : a));
  return {
    workers,
    ms: best.ms,
    perSecond: (replications * 1000) / best.ms,
    roundsMs: rounds.map((r) => r.ms),
    cpuMsPerReplication: best.cpuMs / replications,
    coresUsed: best.cpuMs / best.ms,
  };
}

/** Runs the day scenario with one worker and with one per core, `rounds` times each, alternating. */
export async function runPoolBench(options: { replications?: number; rounds?: number; root?: string } = {}): Promise<PoolBenchReport> {
  const replications = options.replications ?? 2000;
  const roundCount = Math.max(1, options.rounds ?? 3);
  const text = readFileSync(`${options.root ?? '.'}/${POOL_BENCH_SCENARIO}`, 'utf8');
  const v = validateScenario(JSON.parse(text));
  if (!v.ok) throw new Error(`${POOL_BENCH_SCENARIO}: ${v.errors[0].path}: ${v.errors[0].message}`);
  const cores = Math.max(1, availableParallelism());
  const before = loadavg()[0];
  await timed(v.scenario, 20, 1); // warm up the JIT of this thread
  const one: Round[] = [];
  const thread: Round[] = [];
  const all: Round[] = [];
  for (let i = 0; i < roundCount; i++) {
    one.push(await timed(v.scenario, replications, 1));
    thread.push(await timed(v.scenario, replications, 'one thread'));
    all.push(await timed(v.scenario, replications, cores));
  }
  const after = loadavg()[0];
  const oneWorker = setting(1, one, replications);
  const oneThread = setting(1, thread, replications);
  const allWorkers = setting(cores, all, replications);
  const overhead = allWorkers.cpuMsPerReplication / oneThread.cpuMsPerReplication;
  return {
    scenario: POOL_BENCH_SCENARIO,
    replications,
    rounds: roundCount,
    cores,
    oneWorker,
    oneThread,
    allWorkers,
    ratio: oneWorker.ms / allWorkers.ms,
    threadRatio: oneThread.ms / allWorkers.ms,
    overhead,
    cpuBoundRatio: cores / overhead,
    target: cores === 2 ? 1.8 : 0.85 * cores,
    load: { before, after },
    // Our own run adds up to `cores` to the load average, so "busy" means others use more than half the cores.
    busy: Math.min(before, after) > cores * 0.5,
    identical: [...one, ...thread, ...all].every((r) => r.result === one[0].result),
  };
}

export function formatPoolBenchReport(r: PoolBenchReport): string {
  const f = (x: number) => x.toFixed(0);
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const line = (label: string, p: PoolSetting) =>
    `  ${label.padEnd(26)} ${f(p.perSecond)} replications/s (${s(p.ms)} s; rounds ${p.roundsMs.map(s).join(', ')} s); CPU ${p.cpuMsPerReplication.toFixed(2)} ms per replication, ${p.coresUsed.toFixed(2)} cores used`;
  const verdict = (x: number) => (x >= r.target ? 'met' : 'NOT met');
  return [
    `Worker pool: ${r.scenario}, ${r.replications.toLocaleString('en')} replications, fastest of ${r.rounds} rounds (pool start-up included); load ${r.load.before.toFixed(2)} → ${r.load.after.toFixed(2)} on ${r.cores} cores`,
    line('1 worker (this thread)', r.oneWorker),
    line('1 worker thread', r.oneThread),
    line(`${r.allWorkers.workers} workers (one per core)`, r.allWorkers),
    `  wall ratio ${r.ratio.toFixed(2)}× (target ≥ ${r.target.toFixed(2)}×: ${verdict(r.ratio)}${r.busy ? '; machine busy, not a measurement of the pool' : ''}); 1 thread ÷ ${r.allWorkers.workers} threads ${r.threadRatio.toFixed(2)}×`,
    `  CPU per replication ${r.allWorkers.workers} threads ÷ 1 thread: ${r.overhead.toFixed(3)}; CPU-bound ratio ${r.cpuBoundRatio.toFixed(2)}× (${verdict(r.cpuBoundRatio)}); results identical: ${r.identical ? 'yes' : 'NO'}`,
  ].join('\n');
}
