/**
 * Running a scenario: prepare once (compile, check the load, derive options), run
 * replications one by one (possibly in several workers: a replication depends only on the
 * seed and its index), then summarise. `run` does all three in one thread.
 */
import { compileScenario, type CompiledLane } from './scenario/compile.js';
import type { Scenario } from './scenario/scenario-schema.js';
import { scenarioHash } from './scenario/scenario-hash.js';
import { laneStructure } from './scenario/structure.js';
import { LaneReplication, type ReplicationOptions } from './model/lane-replication.js';
import { offeredLoads } from './model/offered-load.js';
import { SimulationError } from './simulation-error.js';
import type { ReplicationStats } from './stats/replication-stats.js';
import type { RunLog, RunResult } from './stats/result-types.js';
import { summarize } from './stats/summarize.js';
import { ENGINE_VERSION } from './version.js';
import { scenarioClock } from './clock/format-clock.js';

export const DEFAULT_REPLICATIONS = 30;
export const MAX_REPLICATIONS = 10_000;
const NICE_INTERVALS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 14400];

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

/** Picks the series interval so a chart has at most about 240 points over the horizon. */
export function defaultInterval(arrivalsSeconds: number): number {
  return NICE_INTERVALS.find((i) => arrivalsSeconds / i <= 240) ?? 14400;
}

function checkCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SimulationError('invalid', `${name}: expected a whole number from ${min} to ${max}, got ${value}`);
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
      recordVisits: 0,
      signal: options.signal,
    },
  };
}

/** Runs replication `r` of a prepared run; replication 0 records the log when asked. */
export function runReplication(prepared: PreparedRun, r: number, signal?: AbortSignal): ReplicationStats {
  const opts: ReplicationOptions = {
    ...prepared.replication,
    recordVisits: r === 0 ? prepared.recordVisits : 0,
    signal: signal ?? prepared.replication.signal,
  };
  return new LaneReplication(prepared.lane, prepared.seed, r, opts).run();
}

/** Summarises replications (any order; they are sorted by index) into the result. */
export function finishRun(prepared: PreparedRun, reps: ReplicationStats[], wallMs: number): RunResult {
  const ordered = [...reps].sort((a, b) => a.replication - b.replication);
  const result = summarize(prepared.lane, ordered, { engine: ENGINE_VERSION, scenarioHash: prepared.hash, seed: prepared.seed, wallMs });
  // Extension: the scenario's clock, so outputs write times of day (absent without startTime).
  const clock = scenarioClock(prepared.lane.scenario);
  return { ...result, structure: laneStructure(prepared.lane.scenario), ...(clock ? { clock } : {}) };
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
  const reps: ReplicationStats[] = [];
  for (let r = 0; r < prepared.replications; r++) {
    if (options.signal?.aborted) throw new SimulationError('cancelled', 'The run was cancelled.');
    reps.push(runReplication(prepared, r));
    options.onProgress?.(r + 1, prepared.replications);
  }
  const result = finishRun(prepared, reps, Math.round(now() - t0));
  return { result, log: reps[0]?.log ?? null };
}

/** Runs a scenario: every replication, summarised into the `lanesim/result@1` object. */
export function run(scenario: Scenario, options: RunOptions = {}): RunResult {
  return runDetailed(scenario, options).result;
}
