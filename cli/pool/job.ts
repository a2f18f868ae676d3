/**
 * A job is one scenario with its run options; a block is replications [first, first+count)
 * of a job. Main thread and worker threads both prepare a job from the same inputs
 * (`prepareRun` is deterministic), so a block run anywhere gives the same numbers, and
 * `finishBlocks` over any split of the replications gives `run()`'s result (the core's
 * block statistics merge exactly: sim/stats/block-stats.ts).
 *
 * This file is the only place in cli/ that knows how the core runs a block and what a
 * block hands back; the pool, the shards and gather pass blocks along.
 */
import { BLOCK_FORMAT, canonicalJson, finishRun, mergeBlocks, prepareRun, runBlock, runRecorded, scenarioHash, type BlockStats, type PreparedRun, type RunLog, type RunResult, type Scenario } from '../../sim/index.js';

/** Run options a job fixes; everything else (progress, signal, clock) belongs to the caller. */
export interface JobOptions {
  seed: number;
  replications: number;
  allowOverload: boolean;
  /** Visits of replication 0 to record for passengers.csv (0: none). */
  recordVisits: number;
  /** Width of the time-series intervals (`--interval`); from the horizon when omitted. */
  intervalSeconds?: number;
}

export interface RunJob {
  /** Scenario hash and options: equal keys mean the same prepared run. */
  key: string;
  scenario: Scenario;
  options: JobOptions;
}

/** What running a block hands back: the core's mergeable statistics, and replication 0's log when it was recorded. */
export interface BlockOutput {
  stats: BlockStats;
  log: RunLog | null;
}

/** One job with its key. */
export function makeJob(scenario: Scenario, options: JobOptions): RunJob {
  return { key: `${scenarioHash(scenario)}:${canonicalJson(options)}`, scenario, options };
}

/** Compiles the job (throws SimulationError 'unstable' for a lane that cannot keep up). */
export function prepareJob(job: RunJob, signal?: AbortSignal): PreparedRun {
  return prepareRun(job.scenario, { ...job.options, signal });
}

/** Runs replications [first, first + count) of a prepared job; replication 0 records its log when the job asks. */
export function runJobBlock(prepared: PreparedRun, first: number, count: number, signal?: AbortSignal): BlockOutput {
  if (first > 0 || prepared.recordVisits === 0) return { stats: runBlock(prepared, first, count, { signal }), log: null };
  const rec = runRecorded(prepared, 0, signal);
  const stats = count > 1 ? mergeBlocks([rec.block, runBlock(prepared, 1, count - 1, { signal })]) : rec.block;
  return { stats, log: rec.log };
}

/** The result of a job from blocks covering every replication once (any order, any split). */
export function finishBlocks(prepared: PreparedRun, blocks: readonly BlockOutput[], wallMs: number): { result: RunResult; log: RunLog | null } {
  const result = finishRun(
    prepared,
    blocks.map((b) => b.stats),
    wallMs,
  );
  return { result, log: blocks.find((b) => b.log !== null)?.log ?? null };
}

/** A decoded block that is not what `runJobBlock` returns. */
export class BlockShapeError extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path}: expected ${expected}`);
    this.name = 'BlockShapeError';
  }
}

function isNumbers(v: unknown, length?: number): boolean {
  return Array.isArray(v) && (length === undefined || v.length === length) && v.every((x) => typeof x === 'number');
}

function checkColumns(v: unknown, count: number, path: string): void {
  if (typeof v !== 'object' || v === null) throw new BlockShapeError(path, 'an object of columns');
  for (const [k, col] of Object.entries(v)) if (!isNumbers(col, count)) throw new BlockShapeError(`${path}.${k}`, `${count} number(s), one per replication`);
}

function checkHistogram(v: unknown, path: string): void {
  const h = v as { offset?: unknown; counts?: unknown; min?: unknown; max?: unknown } | null;
  if (typeof h !== 'object' || h === null || !Number.isInteger(h.offset) || !isNumbers(h.counts) || typeof h.min !== 'number' || typeof h.max !== 'number') {
    throw new BlockShapeError(path, 'a histogram {offset, counts, min, max}');
  }
  if (!(h.counts as number[]).every((c) => Number.isInteger(c) && c >= 0)) throw new BlockShapeError(`${path}.counts`, 'whole numbers ≥ 0');
}

/**
 * Checks that a decoded value is the output of replications [first, first+count) of this
 * prepared job (run, stations, classes, interval), so gather never feeds a malformed block
 * to the summary. `log` may be present only on the block holding replication 0.
 */
export function checkBlockOutput(value: unknown, prepared: PreparedRun, first: number, count: number, path: string): BlockOutput {
  const o = value as { stats?: unknown; log?: unknown } | null;
  if (typeof o !== 'object' || o === null) throw new BlockShapeError(path, 'an object {stats, log}');
  const s = o.stats as Partial<BlockStats> | null;
  const p = `${path}.stats`;
  if (typeof s !== 'object' || s === null) throw new BlockShapeError(p, 'the statistics of a block');
  if (s.format !== BLOCK_FORMAT) throw new BlockShapeError(`${p}.format`, `"${BLOCK_FORMAT}"`);
  if (s.scenarioHash !== prepared.hash || s.seed !== prepared.seed) throw new BlockShapeError(p, "a block of this slice's scenario and seed");
  if (!isNumbers(s.replications, count) || !s.replications!.every((r, i) => r === first + i)) throw new BlockShapeError(`${p}.replications`, `replications ${first}…${first + count - 1}`);
  for (const k of ['events', 'warmup', 'end', 'entered'] as const) if (!isNumbers(s[k], count)) throw new BlockShapeError(`${p}.${k}`, `${count} number(s)`);
  checkColumns(s.clearance, count, `${p}.clearance`);
  const classes = prepared.lane.classes.length;
  const stations = prepared.lane.scenario.stations.length;
  if (!Array.isArray(s.classes) || s.classes.length !== classes) throw new BlockShapeError(`${p}.classes`, `${classes} classes`);
  s.classes.forEach((c, i) => checkColumns(c, count, `${p}.classes[${i}]`));
  if (!Array.isArray(s.stations) || s.stations.length !== stations) throw new BlockShapeError(`${p}.stations`, `${stations} stations`);
  s.stations.forEach((c, i) => checkColumns(c, count, `${p}.stations[${i}]`));
  const h = s.histograms;
  if (typeof h !== 'object' || h === null || !Array.isArray(h.byClass) || !Array.isArray(h.waits) || h.waits.length !== stations) throw new BlockShapeError(`${p}.histograms`, '{clearance, byClass, waits}');
  checkHistogram(h.clearance, `${p}.histograms.clearance`);
  h.byClass.forEach((x, i) => checkHistogram(x, `${p}.histograms.byClass[${i}]`));
  h.waits.forEach((x, i) => checkHistogram(x, `${p}.histograms.waits[${i}]`));
  const series = s.series;
  if (typeof series !== 'object' || series === null || series.intervalSeconds !== prepared.replication.intervalSeconds) {
    throw new BlockShapeError(`${p}.series`, `time series at ${prepared.replication.intervalSeconds} s intervals`);
  }
  for (const k of ['inLane', 'exits', 'arrivals'] as const) if (!isNumbers(series[k])) throw new BlockShapeError(`${p}.series.${k}`, 'numbers');
  for (const k of ['queue', 'busy', 'available'] as const) {
    if (!Array.isArray(series[k]) || series[k].length !== stations || !series[k].every((a) => isNumbers(a))) throw new BlockShapeError(`${p}.series.${k}`, `numbers per station (${stations})`);
  }
  if (o.log !== null && o.log !== undefined && first !== 0) throw new BlockShapeError(`${path}.log`, 'no log (only replication 0 records one)');
  if (o.log !== null && o.log !== undefined && (typeof o.log !== 'object' || !Array.isArray((o.log as RunLog).stationIds))) throw new BlockShapeError(`${path}.log`, "replication 0's passenger log");
  return { stats: s as BlockStats, log: (o.log as RunLog | null | undefined) ?? null };
}
