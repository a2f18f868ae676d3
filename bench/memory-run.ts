/**
 * One replication of the benchmark lane (bench/engine-bench.ts) at a size past the command
 * line's volume budget (docs/limits.md: at most 5,000,000 passengers per replication), for
 * the process benchmark's memory figure at 10M passengers: the same prepareRun, runBlock
 * and finishRun as `lanesim run`, the lane compiled without the budget check. Run as its own
 * process (`node dist/bench-memory-run.mjs <passengers>`); prints passengers and events.
 */
import { finishRun, prepareRun, runBlock } from '../sim/index.js';
import { compileScenario } from '../sim/scenario/compile.js';
import { defaultInterval } from '../sim/run-interval.js';
import { benchScenario } from './engine-bench.js';

/** Runs one replication of `passengers` and returns what it counted. */
export function memoryRun(passengers: number): { passengers: number; events: number } {
  // Prepared at a size within the budget, then given the large lane and its interval.
  const prepared = prepareRun(benchScenario(1_000), { replications: 1 });
  prepared.lane = compileScenario(benchScenario(passengers));
  prepared.replication.intervalSeconds = defaultInterval(prepared.lane.arrivalsSeconds);
  const block = runBlock(prepared, 0, 1);
  const result = finishRun(prepared, [block]);
  return { passengers: result.passengers, events: block.events[0] };
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('bench-memory-run.mjs');
if (isMain) process.stdout.write(JSON.stringify(memoryRun(Number(process.argv[2] ?? 10_000_000))) + '\n');
