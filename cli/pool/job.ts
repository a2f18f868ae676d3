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
import { BLOCK_FORMAT, blockShapeProblem, blockSteps, canonicalJson, emptyBlock, finishRun, mergeBlocks, prepareRun, runRecorded, scenarioHash, type BlockStats, type PreparedRun, type RunLog, type RunResult, type Scenario } from '../../sim/index.js';

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
  const steps = jobBlockSteps(prepared, first, count, signal);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** `runJobBlock` one replication at a time (sim's `blockSteps`): yields each replication's index once it has run, returns the block's output. */
export function* jobBlockSteps(prepared: PreparedRun, first: number, count: number, signal?: AbortSignal): Generator<number, BlockOutput, void> {
  if (first > 0 || prepared.recordVisits === 0) return { stats: yield* blockSteps(prepared, first, count, signal), log: null };
  const rec = runRecorded(prepared, 0, signal);
  if (count === 1) return { stats: rec.block, log: rec.log };
  yield 0;
  const rest = yield* blockSteps(prepared, 1, count - 1, signal);
  return { stats: mergeBlocks([rec.block, rest]), log: rec.log };
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

const TYPED_LOG = {
  passengers: { classIndex: Uint8Array, bags: Uint8Array, entry: Float64Array, exit: Float64Array, source: Int32Array },
  visits: { passenger: Int32Array, station: Int32Array, arrive: Float64Array, start: Float64Array, end: Float64Array, alarm: Uint8Array, server: Int16Array },
} as const;

/** Each column of a log table: the right kind of typed array holding at least `length` entries. */
function checkTable(v: unknown, kinds: Record<string, new (n: number) => ArrayLike<number>>, optional: Record<string, number>, path: string): number {
  const t = v as Record<string, unknown> | null;
  if (typeof t !== 'object' || t === null) throw new BlockShapeError(path, 'a table of typed columns with its length');
  const length = t.length;
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw new BlockShapeError(`${path}.length`, 'a whole number ≥ 0');
  const known = [...Object.keys(kinds), ...Object.keys(optional), 'length'];
  for (const k of Object.keys(t)) if (!known.includes(k)) throw new BlockShapeError(`${path}.${k}`, `no such column (known: ${known.join(', ')})`);
  for (const [k, kind] of Object.entries(kinds)) {
    const col = t[k];
    if (!(col instanceof kind) || (col as ArrayLike<number>).length < length) throw new BlockShapeError(`${path}.${k}`, `a ${kind.name} of at least ${length} entries`);
  }
  for (const [k, per] of Object.entries(optional)) {
    const col = t[k];
    if (col !== undefined && (!(col instanceof Float64Array) || col.length < length * per)) throw new BlockShapeError(`${path}.${k}`, `a Float64Array of at least ${length * per} entries`);
  }
  return length;
}

function indicesBelow(col: ArrayLike<number>, length: number, limit: number, path: string, what: string): void {
  for (let i = 0; i < length; i++) if (!(col[i] >= 0 && col[i] < limit)) throw new BlockShapeError(`${path}[${i}]`, `${what} from 0 to ${limit - 1}, got ${col[i]}`);
}

/** Replication 0's passenger log as the core records it for this run (passengers.csv reads every column by index). */
function checkLog(v: unknown, prepared: PreparedRun, path: string): RunLog {
  const log = v as Partial<Record<keyof RunLog, unknown>> | null;
  if (typeof log !== 'object' || log === null) throw new BlockShapeError(path, "replication 0's passenger log");
  const known = ['stationIds', 'classIds', 'passengers', 'visits', 'truncated', 'completeUntil'];
  for (const k of Object.keys(log)) if (!known.includes(k)) throw new BlockShapeError(`${path}.${k}`, `no such key (known: ${known.join(', ')})`);
  const stations = prepared.lane.scenario.stations.map((s) => s.id);
  const classes = prepared.lane.classes.map((c) => c.id);
  if (canonicalJson(log.stationIds) !== canonicalJson(stations)) throw new BlockShapeError(`${path}.stationIds`, `the run's stations (${stations.join(', ')})`);
  if (canonicalJson(log.classIds) !== canonicalJson(classes)) throw new BlockShapeError(`${path}.classIds`, `the run's classes (${classes.join(', ')})`);
  if (typeof log.truncated !== 'boolean') throw new BlockShapeError(`${path}.truncated`, 'true or false');
  if (log.completeUntil !== undefined && typeof log.completeUntil !== 'number') throw new BlockShapeError(`${path}.completeUntil`, 'a number');
  const np = checkTable(log.passengers, TYPED_LOG.passengers, { parts: 5 }, `${path}.passengers`);
  const nv = checkTable(log.visits, TYPED_LOG.visits, {}, `${path}.visits`);
  if (nv > prepared.recordVisits) throw new BlockShapeError(`${path}.visits.length`, `at most ${prepared.recordVisits} visits (the recording bound)`);
  const p = log.passengers as RunLog['passengers'];
  const vis = log.visits as RunLog['visits'];
  indicesBelow(p.classIndex, np, classes.length, `${path}.passengers.classIndex`, 'a class index');
  indicesBelow(p.source, np, prepared.lane.sources.length, `${path}.passengers.source`, 'an arrival stream index');
  indicesBelow(vis.station, nv, stations.length, `${path}.visits.station`, 'a station index');
  indicesBelow(vis.passenger, nv, np, `${path}.visits.passenger`, 'a passenger index');
  return log as RunLog;
}

/**
 * Checks that a decoded value is the output of replications [first, first+count) of this
 * prepared job, every section (the statistics against the run's empty block: run,
 * clearance, classes, stations, histograms, series, decomposition, per-interval sums,
 * flights; sim/stats/block-shape.ts) and replication 0's log, so gather never feeds a
 * malformed block to the summary. `log` may be present only on the block holding replication 0.
 */
export function checkBlockOutput(value: unknown, prepared: PreparedRun, first: number, count: number, path: string): BlockOutput {
  const o = value as { stats?: unknown; log?: unknown } | null;
  if (typeof o !== 'object' || o === null) throw new BlockShapeError(path, 'an object {stats, log}');
  for (const k of Object.keys(o)) if (k !== 'stats' && k !== 'log') throw new BlockShapeError(`${path}.${k}`, 'no such key (known: stats, log)');
  const s = o.stats as Partial<BlockStats> | null;
  const p = `${path}.stats`;
  if (typeof s !== 'object' || s === null) throw new BlockShapeError(p, 'the statistics of a block');
  if (s.format !== BLOCK_FORMAT) throw new BlockShapeError(`${p}.format`, `"${BLOCK_FORMAT}"`);
  if (s.scenarioHash !== prepared.hash || s.seed !== prepared.seed) throw new BlockShapeError(p, "a block of this slice's scenario and seed");
  const problem = blockShapeProblem(s, emptyBlock(prepared), count, p, prepared.replication.maxSeriesSamples ?? Number.MAX_SAFE_INTEGER);
  if (problem) throw new BlockShapeError(problem.path, problem.expected);
  if (!s.replications!.every((r, i) => r === first + i)) throw new BlockShapeError(`${p}.replications`, `replications ${first}…${first + count - 1}`);
  if (o.log !== null && o.log !== undefined && first !== 0) throw new BlockShapeError(`${path}.log`, 'no log (only replication 0 records one)');
  const log = o.log === null || o.log === undefined ? null : checkLog(o.log, prepared, `${path}.log`);
  return { stats: s as BlockStats, log };
}
