/**
 * Parameter sweeps: run the scenario at each value (or pair of values) of one or two
 * parameters and read one metric with its 95 % interval.
 *
 * Every point runs with the same seed and replications (common random numbers): the
 * passengers, bags and service draws are the same at each point as far as the lane allows,
 * so differences between neighbouring points come from the parameter rather than from
 * noise, and the curve is smooth with few replications.
 *
 * The work is split in three so the UI can spread points over workers:
 * `sweepPoints` (all scenarios, validated up front, cheap) → `runSweepPoint` for each
 * (anywhere, any order) → `summarizeSweep`. `sweep` does all three in one thread.
 */
import { DEFAULT_REPLICATIONS, run, type RunOptions } from '../run.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { scenarioHash } from '../scenario/scenario-hash.js';
import { SimulationError } from '../simulation-error.js';
import type { Interval, RunResult } from '../stats/result-types.js';
import { ENGINE_VERSION } from '../version.js';
import { checkMetric, metricInfo, metricKey, metricLabel, readMetric, type MetricInfo, type MetricSpec } from './metrics.js';
import { getParam, parseParamPath, ParamPathError } from './param-path.js';
import { setParams } from './set-param.js';
import { MAX_SWEEP_VALUES } from './values.js';

export const SWEEP_FORMAT = 'lanesim/sweep@1';

export interface SweepParam {
  /** A parameter path (param-path.ts), e.g. `stations[id=border].servers`. */
  path: string;
  values: number[];
}

export interface SweepSpec {
  /** One parameter (a curve) or two (a grid: every pair). */
  params: SweepParam[];
  metric: MetricSpec;
}

export interface SweepPoint {
  index: number;
  /** The value of each parameter, in the order of `spec.params`. */
  values: number[];
  scenario: Scenario;
}

/** A point either ran, or was refused because a station cannot keep up (a finding, not a failure). */
export type PointOutcome = { status: 'ok'; result: RunResult } | { status: 'unstable'; message: string; stations: string[] };

export interface SweepRow {
  values: number[];
  status: 'ok' | 'unstable';
  /** The metric and its interval; null when unstable. */
  value: number | null;
  ci95: Interval | null;
  /** Cleared passengers over all replications (0 when unstable). */
  passengers: number;
  /** For unstable points: the overloaded stations and the core's message. */
  stations?: string[];
  message?: string;
}

export interface SweepResult {
  format: typeof SWEEP_FORMAT;
  engine: string;
  scenario: string;
  scenarioHash: string;
  seed: number;
  replications: number;
  metric: MetricSpec & MetricInfo & { key: string; label: string };
  params: Array<SweepParam & { base: number }>;
  /** One row per point, the first parameter varying slowest. */
  rows: SweepRow[];
  wallMs: number;
}

export interface SweepOptions {
  seed?: number;
  replications?: number;
  signal?: AbortSignal;
  /** After each replication of each point. */
  onProgress?: (progress: SweepProgress) => void;
  now?: () => number;
  /** Passed on to `run` (see RunOptions). */
  maxEventsPerReplication?: number;
  maxInLane?: number;
}

export interface SweepProgress {
  pointsDone: number;
  points: number;
  replicationsDone: number;
  replicationsTotal: number;
}

/** Every point of the sweep, each a validated scenario; throws on a bad path or value. */
export function sweepPoints(scenario: Scenario, spec: SweepSpec): SweepPoint[] {
  if (spec.params.length < 1 || spec.params.length > 2) {
    throw new SimulationError('invalid', `a sweep varies one or two parameters, got ${spec.params.length}`);
  }
  checkMetric(scenario, spec.metric);
  const paths = spec.params.map((p) => parseParamPath(p.path));
  if (paths.length === 2 && paths[0].text === paths[1].text) throw new ParamPathError(paths[0].text, 'the two parameters are the same');
  spec.params.forEach((p, i) => {
    getParam(scenario, paths[i]);
    if (p.values.length === 0) throw new ParamPathError(paths[i].text, 'expected at least one value');
  });
  const total = spec.params.reduce((n, p) => n * p.values.length, 1);
  if (total > MAX_SWEEP_VALUES) throw new SimulationError('invalid', `the sweep has ${total} points; expected at most ${MAX_SWEEP_VALUES}`);
  const combos: number[][] = spec.params.length === 1 ? spec.params[0].values.map((v) => [v]) : spec.params[0].values.flatMap((a) => spec.params[1].values.map((b) => [a, b]));
  return combos.map((values, index) => ({
    index,
    values,
    scenario: setParams(scenario, values.map((v, i) => [paths[i], v] as const)),
  }));
}

/** Runs one point; an overloaded lane comes back as `unstable`, anything else wrong is thrown. */
export function runSweepPoint(point: SweepPoint, options: RunOptions = {}): PointOutcome {
  try {
    return { status: 'ok', result: run(point.scenario, options) };
  } catch (e) {
    if (e instanceof SimulationError && e.code === 'unstable') return { status: 'unstable', message: e.message, stations: e.stations };
    throw e;
  }
}

/** Reads the metric at every point into the sweep result (points and outcomes in the same order). */
export function summarizeSweep(
  scenario: Scenario,
  spec: SweepSpec,
  points: SweepPoint[],
  outcomes: PointOutcome[],
  run: { seed: number; replications: number; wallMs: number },
): SweepResult {
  if (points.length !== outcomes.length) throw new SimulationError('invalid', `expected one outcome per point: ${points.length} points, ${outcomes.length} outcomes`);
  const rows: SweepRow[] = points.map((p, i) => {
    const o = outcomes[i];
    if (o.status === 'unstable') return { values: p.values, status: 'unstable', value: null, ci95: null, passengers: 0, stations: o.stations, message: o.message };
    const m = readMetric(o.result, spec.metric);
    return { values: p.values, status: 'ok', value: m.value, ci95: m.ci95, passengers: o.result.passengers };
  });
  return {
    format: SWEEP_FORMAT,
    engine: ENGINE_VERSION,
    scenario: scenario.name,
    scenarioHash: scenarioHash(scenario),
    seed: run.seed,
    replications: run.replications,
    metric: { ...spec.metric, ...metricInfo(spec.metric), key: metricKey(spec.metric), label: metricLabel(spec.metric) },
    params: spec.params.map((p) => ({ path: p.path, values: [...p.values], base: getParam(scenario, p.path) })),
    rows,
    wallMs: run.wallMs,
  };
}

function defaultNow(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? perf.now() : 0;
}

/** Runs the whole sweep in this thread. */
export function sweep(scenario: Scenario, spec: SweepSpec, options: SweepOptions = {}): SweepResult {
  const now = options.now ?? defaultNow;
  const t0 = now();
  const points = sweepPoints(scenario, spec);
  const seed = options.seed ?? scenario.seed ?? 1;
  const replications = options.replications ?? DEFAULT_REPLICATIONS;
  const total = points.length * replications;
  const outcomes: PointOutcome[] = [];
  let done = 0;
  for (const point of points) {
    if (options.signal?.aborted) throw new SimulationError('cancelled', 'The sweep was cancelled.');
    const before = done;
    const outcome = runSweepPoint(point, {
      seed,
      replications,
      signal: options.signal,
      maxEventsPerReplication: options.maxEventsPerReplication,
      maxInLane: options.maxInLane,
      onProgress: (r) => options.onProgress?.({ pointsDone: outcomes.length, points: points.length, replicationsDone: before + r, replicationsTotal: total }),
    });
    outcomes.push(outcome);
    done = before + replications;
    options.onProgress?.({ pointsDone: outcomes.length, points: points.length, replicationsDone: done, replicationsTotal: total });
  }
  return summarizeSweep(scenario, spec, points, outcomes, { seed, replications, wallMs: Math.round(now() - t0) });
}
