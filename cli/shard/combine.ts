/**
 * Putting checked slices back together: the same jobs are prepared from the scenarios and
 * settings the partials carry, each slice's blocks are decoded and checked against the
 * range that slice must hold (shard-work.ts), and the core merges them — the result of one
 * process, to the byte (wall time aside: the longest slice's).
 */
import { LANE_METRICS, MAX_REPLICATIONS, STATION_METRICS, type MetricSpec, type RunLog, type RunResult, type SweepResult, type SweepSpec } from '../../sim/index.js';
import type { LoadedScenario } from '../load-scenario.js';
import type { BlockOutput, JobOptions } from '../pool/job.js';
import { finishBlocks } from '../pool/job.js';
import { prepareScenarios } from '../pooled-run.js';
import { finishSweep, planSweep } from '../pooled-sweep.js';
import { MAX_RECORDED_VISITS } from '../simulate.js';
import type { ReadPartial } from './gather-check.js';
import { PartialFileError } from './read-partial.js';
import { decodePart, runSliceRanges, sweepSliceRanges } from './shard-work.js';

export type Gathered =
  | { command: 'run'; loaded: LoadedScenario; result: RunResult; log: RunLog | null }
  | { command: 'compare'; loaded: LoadedScenario[]; results: RunResult[] }
  | { command: 'sweep'; loaded: LoadedScenario; result: SweepResult };

function settingError(file: string, key: string, expected: string, got: unknown): never {
  throw new PartialFileError(file, `settings.${key}: expected ${expected}, got ${JSON.stringify(got) ?? 'nothing'}`);
}

function checkKeys(file: string, settings: Record<string, unknown>, allowed: readonly string[]): void {
  for (const k of Object.keys(settings)) if (!allowed.includes(k)) throw new PartialFileError(file, `settings: unknown key "${k}"`);
}

function replicationsOf(file: string, settings: Record<string, unknown>): number {
  const r = settings.replications;
  if (!Number.isInteger(r) || (r as number) < 1 || (r as number) > MAX_REPLICATIONS) settingError(file, 'replications', `a whole number from 1 to ${MAX_REPLICATIONS}`, r);
  return r as number;
}

function runOptions(file: string, seed: number, settings: Record<string, unknown>): JobOptions {
  checkKeys(file, settings, ['replications', 'allowOverload', 'recordVisits', 'intervalSeconds']);
  const { allowOverload, recordVisits, intervalSeconds } = settings;
  if (typeof allowOverload !== 'boolean') settingError(file, 'allowOverload', 'true or false', allowOverload);
  if (!Number.isInteger(recordVisits) || (recordVisits as number) < 0 || (recordVisits as number) > MAX_RECORDED_VISITS) settingError(file, 'recordVisits', `a whole number from 0 to ${MAX_RECORDED_VISITS}`, recordVisits);
  if (intervalSeconds !== undefined && !(typeof intervalSeconds === 'number' && intervalSeconds >= 1 && intervalSeconds <= 7 * 86_400)) settingError(file, 'intervalSeconds', 'seconds from 1 to 604800', intervalSeconds);
  return {
    seed,
    replications: replicationsOf(file, settings),
    allowOverload: allowOverload as boolean,
    recordVisits: recordVisits as number,
    ...(intervalSeconds !== undefined ? { intervalSeconds: intervalSeconds as number } : {}),
  };
}

function sweepSpecOf(file: string, settings: Record<string, unknown>): SweepSpec {
  checkKeys(file, settings, ['replications', 'params', 'metric']);
  const params = settings.params;
  if (!Array.isArray(params) || params.length < 1 || params.length > 2) settingError(file, 'params', 'one or two parameters', params);
  const checked = (params as unknown[]).map((p, i) => {
    const q = p as { path?: unknown; values?: unknown } | null;
    if (typeof q?.path !== 'string' || !Array.isArray(q.values) || !q.values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      settingError(file, `params[${i}]`, '{path, values: numbers}', p);
    }
    return { path: q.path as string, values: q.values as number[] };
  });
  const m = settings.metric as { name?: unknown; station?: unknown } | null;
  const lane = (LANE_METRICS as readonly unknown[]).includes(m?.name);
  const station = (STATION_METRICS as readonly unknown[]).includes(m?.name) && typeof m?.station === 'string';
  if (!lane && !station) settingError(file, 'metric', 'a lane metric or a station metric with its station', m);
  const metric = (lane ? { name: m!.name } : { name: m!.name, station: m!.station }) as MetricSpec;
  return { params: checked, metric };
}

function asLoaded(s: { file: string; scenario: LoadedScenario['scenario'] }): LoadedScenario {
  return { file: s.file, absolutePath: '', scenario: s.scenario };
}

function payloadList(part: ReadPartial, key: 'jobs' | 'points', length: number): unknown[] {
  const list = (part.doc.payload as Record<string, unknown>)[key];
  if (!Array.isArray(list) || list.length !== length) throw new PartialFileError(part.file, `payload.${key}: expected ${length} entries (one per ${key === 'jobs' ? 'scenario' : 'point'})`);
  return list;
}

function decodeIn(part: ReadPartial, fn: () => BlockOutput[]): BlockOutput[] {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PartialFileError) throw e;
    throw new PartialFileError(part.file, e instanceof Error ? e.message : String(e));
  }
}

/** Combines slices that passed checkSlices, given in any order. */
export function combineSlices(given: readonly ReadPartial[]): Gathered {
  const parts = [...given].sort((a, b) => a.doc.slice.index - b.doc.slice.index);
  const ref = parts[0];
  const { command, seed, settings } = ref.doc;
  const wallMs = Math.max(...parts.map((p) => p.doc.wallMs));
  const loaded = ref.doc.scenarios.map(asLoaded);

  if (command === 'run' || command === 'compare') {
    if (command === 'run' && loaded.length !== 1) throw new PartialFileError(ref.file, `scenarios: expected one scenario for a run, got ${loaded.length}`);
    if (command === 'compare' && loaded.length < 2) throw new PartialFileError(ref.file, `scenarios: expected at least two scenarios for a compare, got ${loaded.length}`);
    const options = runOptions(ref.file, seed, settings);
    const items = prepareScenarios(loaded, options);
    const blocks: BlockOutput[][] = items.map(() => []);
    for (const part of parts) {
      const ranges = runSliceRanges(items.length, options.replications, part.doc.slice);
      const jobs = payloadList(part, 'jobs', items.length);
      items.forEach((it, j) => blocks[j].push(...decodeIn(part, () => decodePart(jobs[j], ranges[j], it.prepared, `payload.jobs[${j}]`))));
    }
    const done = items.map((it, j) => finishBlocks(it.prepared, blocks[j], wallMs));
    if (command === 'run') return { command, loaded: loaded[0], result: done[0].result, log: done[0].log };
    return { command, loaded, results: done.map((d) => d.result) };
  }

  const spec = sweepSpecOf(ref.file, settings);
  const plan = planSweep(loaded[0], spec, { seed, replications: replicationsOf(ref.file, settings) });
  const blocks: BlockOutput[][] = plan.points.map(() => []);
  for (const part of parts) {
    const ranges = sweepSliceRanges(plan.points.length, plan.replications, part.doc.slice);
    const points = payloadList(part, 'points', plan.points.length);
    plan.jobs.forEach((j, i) => {
      const p = points[i] as { status?: unknown } | null;
      const stable = 'job' in j;
      if (p?.status !== (stable ? 'ok' : 'unstable')) throw new PartialFileError(part.file, `payload.points[${i}].status: expected "${stable ? 'ok' : 'unstable'}" (this point is ${stable ? 'stable' : 'overloaded'})`);
      if ('job' in j) blocks[i].push(...decodeIn(part, () => decodePart(p, ranges[i], j.prepared, `payload.points[${i}]`)));
    });
  }
  return { command, loaded: loaded[0], result: finishSweep(loaded[0], spec, plan, blocks, wallMs) };
}
