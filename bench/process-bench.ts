/**
 * The benchmark of what users run: the whole `lanesim run` process (start-up, validation,
 * the replication, the summary, printing) on the benchmark lane (4-station tandem with a 5 %
 * secondary branch, bench/engine-bench.ts) at 1M passengers, beside the same model written
 * by hand with typed arrays (bench/hand-loop.ts) and a bare heap loop with as many events,
 * each as its own process; peak memory (maximum resident set) of `lanesim run` at 1M and at
 * 10M passengers (past the CLI's budget of 5M passengers per replication, docs/limits.md,
 * the same run through bench/memory-run.ts); and `lanesim --version`. Wall and CPU (user + system) time per process,
 * median of `repeats` runs; on a shared machine CPU time is the steadier figure.
 * Needs /usr/bin/time (GNU time) for CPU and memory; without it only wall time is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUDGETS } from '../sim/model/volume-estimate.js';
import { benchScenario } from './engine-bench.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TIME = '/usr/bin/time';

export interface ProcessTiming {
  wallS: number;
  cpuS: number;
  maxRssMB: number;
}

export interface ProcessBenchReport {
  passengers: number;
  repeats: number;
  lanesimRun: ProcessTiming;
  handLoop: ProcessTiming;
  bareHeap: ProcessTiming;
  version: ProcessTiming;
  /** Peak memory of `lanesim run` by passengers in one replication. */
  memory: Array<{ passengers: number; maxRssMB: number; wallS: number }>;
}

function timed(args: string[]): ProcessTiming {
  const gnu = existsSync(TIME);
  const t0 = performance.now();
  const r = gnu
    ? spawnSync(TIME, ['-f', '@@%e %U %S %M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (!m) return { wallS: wall, cpuS: NaN, maxRssMB: NaN };
  return { wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), maxRssMB: Number(m[4]) / 1024 };
}

function median(list: ProcessTiming[]): ProcessTiming {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wallS: mid(list.map((x) => x.wallS)), cpuS: mid(list.map((x) => x.cpuS)), maxRssMB: mid(list.map((x) => x.maxRssMB)) };
}

/** Runs the process benchmark; `memoryPassengers` lists the sizes for the memory figures. */
export async function runProcessBench(options: { passengers?: number; repeats?: number; memoryPassengers?: number[] } = {}): Promise<ProcessBenchReport> {
  const passengers = options.passengers ?? 1_000_000;
  const repeats = options.repeats ?? 3;
  const memoryPassengers = options.memoryPassengers ?? [1_000_000, 10_000_000];
  const hand = join(ROOT, 'dist/bench-hand-loop.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/hand-loop.ts')], outfile: hand, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  const overBudget = join(ROOT, 'dist/bench-memory-run.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/memory-run.ts')], outfile: overBudget, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  if (!existsSync(join(ROOT, 'dist/cli.mjs'))) throw new Error('dist/cli.mjs is missing: run `npm run build:cli` first');
  const dir = mkdtempSync(join(tmpdir(), 'lanesim-bench-'));
  const bin = join(ROOT, 'bin/lanesim.mjs');
  const scenarioFile = (n: number) => {
    const file = join(dir, `tandem-${n}.json`);
    writeFileSync(file, JSON.stringify(benchScenario(n)));
    return file;
  };
  try {
    const file = scenarioFile(passengers);
    const events = 5 * passengers; // the lane's events per passenger: arrival + four services (+5 % secondary)
    const runs = { lanesim: [] as ProcessTiming[], hand: [] as ProcessTiming[], bare: [] as ProcessTiming[], version: [] as ProcessTiming[] };
    for (let i = 0; i < repeats; i++) {
      // Paired: the four processes one after another, so they share the machine's state.
      runs.lanesim.push(timed([bin, 'run', file, '--replications', '1']));
      runs.hand.push(timed([hand, String(passengers)]));
      runs.bare.push(timed([hand, String(passengers), 'bare', String(events)]));
      runs.version.push(timed([bin, '--version']));
    }
    const memory = memoryPassengers.map((n) => {
      const t = n <= BUDGETS.passengersPerReplication ? timed([bin, 'run', scenarioFile(n), '--replications', '1', '--format', 'json']) : timed([overBudget, String(n)]);
      return { passengers: n, maxRssMB: t.maxRssMB, wallS: t.wallS };
    });
    return {
      passengers,
      repeats,
      lanesimRun: median(runs.lanesim),
      handLoop: median(runs.hand),
      bareHeap: median(runs.bare),
      version: median(runs.version),
      memory,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatProcessBenchReport(r: ProcessBenchReport): string {
  const t = (x: ProcessTiming) => `${x.wallS.toFixed(2)} s wall, ${x.cpuS.toFixed(2)} s CPU, ${x.maxRssMB.toFixed(0)} MB peak`;
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
  return [
    `LaneSim process benchmark — whole processes, ${r.passengers.toLocaleString('en')} passengers, tandem-4 lane, median of ${r.repeats}`,
    `  lanesim run            ${t(r.lanesimRun)}`,
    `  hand-written loop      ${t(r.handLoop)}`,
    `  bare heap loop         ${t(r.bareHeap)}`,
    `  lanesim run / hand     ${ratio(r.lanesimRun.wallS, r.handLoop.wallS)} wall, ${ratio(r.lanesimRun.cpuS, r.handLoop.cpuS)} CPU (target ≤ 2×)`,
    `  lanesim --version      ${t(r.version)}`,
    ...r.memory.map(
      (m) =>
        `  peak memory, ${m.passengers.toLocaleString('en').padStart(10)} passengers: ${m.maxRssMB.toFixed(0)} MB (${m.wallS.toFixed(1)} s)${m.passengers > BUDGETS.passengersPerReplication ? ' — past the CLI budget, run by bench/memory-run.ts' : ''}`,
    ),
  ].join('\n');
}
