/**
 * Running a scenario: prepare once (compile, check the load, derive options), run blocks
 * of replications (possibly in several workers, threads or machines: a replication depends
 * only on the seed and its index), merge the blocks' statistics, then summarise. `run`
 * does all of it in one thread; any split into blocks gives a bit-identical result.
 *
 *   const prepared = prepareRun(scenario, { replications: 100 });
 *   const a = runBlock(prepared, 0, 50);            // in one worker
 *   const b = runBlock(prepared, 50, 50);           // in another
 *   const result = finishRun(prepared, [a, b]);     // = run(scenario, { replications: 100 })
 *
 * A `BlockStats` is plain data (JSON, structured clone) whose size does not grow with
 * passengers; see docs/statistics.md for what it holds and how exact the figures are.
 */
import { compileScenario, type CompiledLane } from './scenario/compile.js';
import type { Scenario } from './scenario/scenario-schema.js';
import { scenarioHash } from './scenario/scenario-hash.js';
import { laneStructure } from './scenario/structure.js';
import { summarizeDecomposition } from './stats/summarize-decomposition.js';
import { LaneReplication, type ReplicationOptions } from './model/lane-replication.js';
import { offeredLoads } from './model/offered-load.js';
import { SimulationError } from './simulation-error.js';
import { mergeBlocks, type BlockStats } from './stats/block-stats.js';
import { BlockCollector } from './stats/collectors/block-collector.js';
import type { RunLog, RunResult } from './stats/result-types.js';
import { summarize } from './stats/summarize.js';
import { ENGINE_VERSION } from './version.js';
import { scenarioClock } from './clock/format-clock.js';
import { defaultInterval } from './run-interval.js';
import { BUDGETS, estimateVolume, figure } from './model/volume-estimate.js';
import { volumeErrors } from './model/volume-check.js';
import { summarizeGroups } from './stats/summarize-groups.js';

export const DEFAULT_REPLICATIONS = 30;
export const MAX_REPLICATIONS = 10_000;

export interface RunOptions {
  /** Seed of all random streams; defaults to the scenario's seed, then 1. */
  seed?: number;
  replications?: number;
  /** Called after each replication. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Width of the time-series intervals; chosen from the horizon when omitted. */
  intervalSeconds?: number;
  /** Record the first replication (passengers and visits) for replay and passengers.csv, up to this many visits. */
  recordVisits?: number;
  maxEventsPerReplication?: number;
  maxInLane?: number;
  /** Most time-series intervals per replication; by default the budget of docs/limits.md. */
  maxSeriesSamples?: number;
  /** Run even when a station's offered load is ≥ 1 (the queue then grows over the horizon). */
  allowOverload?: boolean;
  /** Wall clock for `wallMs`; injected so the model itself never reads a clock. */
  now?: () => number;
}

export interface PreparedRun {
  lane: CompiledLane;
  hash: string;
  seed: number;
  replications: number;
  replication: ReplicationOptions;
  recordVisits: number;
}

export { defaultInterval };

function checkCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SimulationError('invalid', `${name}: expected a whole number from ${min} to ${max}, got ${value}`);
  }
}

/**
 * Refuses a run whose estimated volume passes a budget (docs/limits.md) before any work:
 * per replication (the same check `validate` makes, here at the run's own interval) and
 * over all replications.
 */
function checkVolume(scenario: Scenario, lane: CompiledLane, interval: number, replications: number): void {
  const est = estimateVolume(lane, interval);
  const [first] = volumeErrors(scenario, lane, interval, est);
  if (first) throw new SimulationError('budget', first.message, [], first.path);
  if (est.visits * replications > BUDGETS.visitsPerRun) {
    throw new SimulationError(
      'budget',
      `about ${figure(est.visits * replications)} station visits over ${replications.toLocaleString('en')} replications (${figure(est.visits)} each); at most ${figure(BUDGETS.visitsPerRun)} per run: run fewer replications`,
    );
  }
}

/** Compiles the scenario and refuses lanes that cannot keep up (offered load ≥ 1). */
export function prepareRun(scenario: Scenario, options: RunOptions = {}): PreparedRun {
  const seed = options.seed ?? scenario.seed ?? 1;
  const replications = options.replications ?? DEFAULT_REPLICATIONS;
  checkCount('seed', seed, 0, 0xffffffff);
  checkCount('replications', replications, 1, MAX_REPLICATIONS);
  const lane = compileScenario(scenario);
  if (!options.allowOverload) {
    const over = offeredLoads(lane).filter((l) => l.load >= 1);
    if (over.length > 0) {
      const list = over
        .map((l) => `"${l.id}" load ${Number.isFinite(l.load) ? l.load.toFixed(2) : '∞'} (${Math.round(l.ratePerHour)} pax/h × ${l.meanService.toFixed(1)} s on ${l.meanServers.toFixed(1)} servers)`)
        .join('; ');
      throw new SimulationError(
        'unstable',
        `The lane cannot keep up: offered load ≥ 1 at ${list}. Add servers or shorten service there.`,
        over.map((l) => l.id),
      );
    }
  }
  const interval = options.intervalSeconds ?? defaultInterval(lane.arrivalsSeconds);
  if (!(interval > 0)) throw new SimulationError('invalid', `intervalSeconds: expected a number > 0, got ${interval}`);
  checkVolume(scenario, lane, interval, replications);
  return {
    lane,
    hash: scenarioHash(scenario),
    seed,
    replications,
    recordVisits: options.recordVisits ?? 0,
    replication: {
      intervalSeconds: interval,
      maxEvents: options.maxEventsPerReplication ?? 200_000_000,
      maxInLane: options.maxInLane ?? 4_000_000,
      maxSeriesSamples: options.maxSeriesSamples ?? Math.floor(BUDGETS.seriesValuesPerReplication / (3 * lane.stations.length + 3)),
      recordVisits: 0,
      signal: options.signal,
    },
  };
}

export interface BlockOptions {
  signal?: AbortSignal;
  /** Called after each replication of the block with the number done so far in the block. */
  onReplication?: (done: number) => void;
}

function checkBlock(prepared: PreparedRun, first: number, count: number): void {
  checkCount('firstReplication', first, 0, MAX_REPLICATIONS - 1);
  checkCount('count', count, 1, MAX_REPLICATIONS);
  if (first + count > prepared.replications) {
    throw new SimulationError('invalid', `replications ${first}…${first + count - 1}: the run has ${prepared.replications} (0…${prepared.replications - 1})`);
  }
}

/**
 * Runs replications `first … first + count − 1` of a prepared run and returns their
 * mergeable statistics: what a worker, a thread or a shard sends back.
 */
export function runBlock(prepared: PreparedRun, first: number, count: number, options: BlockOptions = {}): BlockStats {
  const steps = blockSteps(prepared, first, count, options.signal);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onReplication?.(step.value - first + 1);
  }
}

/**
 * `runBlock` one replication at a time: yields each replication's index once it has run,
 * and returns the block's statistics. For a caller that must get a turn between
 * replications (the command line's one-worker pool notices Ctrl-C there) without paying for
 * a block per replication: every block builds its collectors (a histogram of 100 kB per
 * station and class) and turns them into a `BlockStats` that is merged later.
 */
export function* blockSteps(prepared: PreparedRun, first: number, count: number, signal?: AbortSignal): Generator<number, BlockStats, void> {
  checkBlock(prepared, first, count);
  const collector = new BlockCollector(prepared.lane, prepared.replication.intervalSeconds);
  const stop = signal ?? prepared.replication.signal;
  const opts: ReplicationOptions = { ...prepared.replication, recordVisits: 0, signal: stop };
  for (let r = first; r < first + count; r++) {
    if (stop?.aborted) throw new SimulationError('cancelled', 'The run was cancelled.');
    new LaneReplication(prepared.lane, prepared.seed, r, opts, collector).run();
    yield r;
  }
  return collector.toBlock(prepared.hash, prepared.seed);
}

/**
 * The block of this run with no replications: every section, key and dimension a block of
 * it has (the reference `blockShapeProblem` checks blocks from outside against).
 */
export function emptyBlock(prepared: PreparedRun): BlockStats {
  return new BlockCollector(prepared.lane, prepared.replication.intervalSeconds).toBlock(prepared.hash, prepared.seed);
}

/**
 * Runs replication `r` with its passengers and visits recorded (up to the prepared
 * `recordVisits`): its statistics as a block of one, and the log for replay and passengers.csv.
 */
export function runRecorded(prepared: PreparedRun, r: number, signal?: AbortSignal): { block: BlockStats; log: RunLog | null } {
  checkBlock(prepared, r, 1);
  const collector = new BlockCollector(prepared.lane, prepared.replication.intervalSeconds);
  const opts: ReplicationOptions = { ...prepared.replication, recordVisits: prepared.recordVisits, signal: signal ?? prepared.replication.signal };
  const log = new LaneReplication(prepared.lane, prepared.seed, r, opts, collector).run();
  return { block: collector.toBlock(prepared.hash, prepared.seed), log };
}

/**
 * Summarises blocks (any split, any order) into the result; every replication 0 … n − 1 of
 * the prepared run must be there exactly once.
 */
export function finishRun(prepared: PreparedRun, blocks: readonly BlockStats[], wallMs = 0): RunResult {
  const merged = mergeBlocks(blocks);
  if (merged.scenarioHash !== prepared.hash || merged.seed !== prepared.seed) {
    throw new SimulationError('invalid', 'finishRun: the blocks come from another run (scenario or seed differ)');
  }
  const reps = merged.replications;
  const complete = reps.length === prepared.replications && reps.every((r, i) => r === i);
  if (!complete) {
    throw new SimulationError('invalid', `finishRun: expected replications 0…${prepared.replications - 1} once each, got ${reps.length} (${reps.slice(0, 5).join(', ')}${reps.length > 5 ? ', …' : ''})`);
  }
  const result = summarize(prepared.lane, merged, { engine: ENGINE_VERSION, scenarioHash: prepared.hash, seed: prepared.seed, wallMs });
  // Extension: the scenario's clock, so outputs write times of day (absent without startTime).
  const clock = scenarioClock(prepared.lane.scenario);
  const decomposition = summarizeDecomposition(prepared.lane, merged, result);
  // Extension: one row per flight or vehicle.
  const groups = merged.groups ? summarizeGroups(prepared.lane, merged.groups) : null;
  return { ...result, structure: laneStructure(prepared.lane.scenario), ...(groups ? { groups } : {}), ...(clock ? { clock } : {}), ...(decomposition ? { decomposition } : {}) };
}

function defaultNow(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? perf.now() : 0;
}

/** Runs every replication in this thread and returns the result and the first replication's log. */
export function runDetailed(scenario: Scenario, options: RunOptions = {}): { result: RunResult; log: RunLog | null } {
  const now = options.now ?? defaultNow;
  const t0 = now();
  const prepared = prepareRun(scenario, options);
  const total = prepared.replications;
  if (options.signal?.aborted) throw new SimulationError('cancelled', 'The run was cancelled.');
  const blocks: BlockStats[] = [];
  let log: RunLog | null = null;
  let first = 0;
  if (prepared.recordVisits > 0) {
    const rec = runRecorded(prepared, 0);
    blocks.push(rec.block);
    log = rec.log;
    first = 1;
    options.onProgress?.(1, total);
  }
  if (first < total) {
    blocks.push(runBlock(prepared, first, total - first, { onReplication: (done) => options.onProgress?.(first + done, total) }));
  }
  const result = finishRun(prepared, blocks, Math.round(now() - t0));
  return { result, log };
}

/** Runs a scenario: every replication, summarised into the `lanesim/result@1` object. */
export function run(scenario: Scenario, options: RunOptions = {}): RunResult {
  return runDetailed(scenario, options).result;
}
