/**
 * Whether a value from outside this thread (a shard file's block, a worker's answer) has
 * exactly the shape of a block of a given run, section by section, before anything merges
 * or summarises it: a hostile or damaged partial must be refused with the JSON path of the
 * problem, never crash the summary, give NaN figures or make it allocate without bound.
 *
 * The reference is the block of the same run with no replications (`emptyBlock`): it
 * fixes which sections exist (decomposition, intervals, groups), their keys, and their
 * dimensions (classes, stations, decomposition parts and tail bins, groups, the stations
 * that collect per-interval waits). Per-replication columns hold `count` numbers;
 * histogram counts, time-series and interval sums are whole numbers ≥ 0 within their
 * layout and at most `maxSamples` intervals long. No key outside the reference is accepted.
 */
import type { BlockStats } from './block-stats.js';
import { BIN_COUNT } from './histogram.js';
import { WAIT_BINS } from './wait-histogram.js';

export interface BlockShapeProblem {
  path: string;
  expected: string;
}

class Problem extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

type Rec = Record<string, unknown>;

function isObject(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function object(v: unknown, path: string, what: string): Rec {
  if (!isObject(v)) throw new Problem(path, what);
  return v;
}

function array(v: unknown, path: string, what: string, length?: number): unknown[] {
  if (!Array.isArray(v) || (length !== undefined && v.length !== length)) throw new Problem(path, what);
  return v;
}

/** Exactly the keys of the reference (an unknown or missing key names itself). */
function sameKeys(v: Rec, ref: object, path: string): void {
  const want = Object.keys(ref);
  for (const k of Object.keys(v)) if (!want.includes(k)) throw new Problem(`${path}.${k}`, `no such key (known: ${want.join(', ')})`);
  for (const k of want) if (!Object.hasOwn(v, k)) throw new Problem(`${path}.${k}`, 'this key');
}

function numbers(v: unknown, count: number, path: string): void {
  const a = array(v, path, `${count} number(s), one per replication`, count);
  if (!a.every((x) => typeof x === 'number')) throw new Problem(path, `${count} number(s), one per replication`);
}

function wholes(v: unknown, path: string, maxLength: number, what = 'whole numbers ≥ 0'): number[] {
  const a = array(v, path, `a list of at most ${maxLength} ${what}`);
  if (a.length > maxLength) throw new Problem(path, `a list of at most ${maxLength} ${what}`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) throw new Problem(`${path}[${i}]`, `a whole number ≥ 0, got ${typeof x === 'number' ? x : typeof x}`);
  }
  return a as number[];
}

function columns(v: unknown, ref: object, count: number, path: string): void {
  const o = object(v, path, 'an object of columns');
  sameKeys(o, ref, path);
  for (const k of Object.keys(ref)) numbers(o[k], count, `${path}.${k}`);
}

function histogram(v: unknown, path: string): void {
  const h = object(v, path, 'a histogram {offset, counts, min, max}');
  sameKeys(h, { offset: 0, counts: 0, min: 0, max: 0 }, path);
  const counts = wholes(h.counts, `${path}.counts`, BIN_COUNT);
  if (!Number.isInteger(h.offset) || (h.offset as number) < 0 || (h.offset as number) + counts.length > BIN_COUNT) {
    throw new Problem(`${path}.offset`, `a bin from 0 with offset + counts within the ${BIN_COUNT} bins`);
  }
  if (typeof h.min !== 'number' || typeof h.max !== 'number' || (counts.length > 0 && !(h.min <= h.max))) throw new Problem(path, 'min ≤ max');
}

/** A list per station, each a list of whole numbers. */
function perStation(v: unknown, stations: number, path: string, maxSamples: number): void {
  const a = array(v, path, `a list per station (${stations})`, stations);
  a.forEach((x, s) => wholes(x, `${path}[${s}]`, maxSamples));
}

function nested(v: unknown, dims: number[], count: number, path: string): void {
  if (dims.length === 0) return numbers(v, count, path);
  const a = array(v, path, `a list of ${dims[0]}`, dims[0]);
  a.forEach((x, i) => nested(x, dims.slice(1), count, `${path}[${i}]`));
}

function decomposition(v: unknown, ref: NonNullable<BlockStats['decomposition']>, count: number, path: string): void {
  const d = object(v, path, 'the decomposition {classParts, stationParts, tailCounts, tailParts}');
  sameKeys(d, ref, path);
  const parts = ref.classParts[0]?.length ?? ref.stationParts[0]?.length ?? 0;
  nested(d.classParts, [ref.classParts.length, parts], count, `${path}.classParts`);
  nested(d.stationParts, [ref.stationParts.length, parts], count, `${path}.stationParts`);
  const tc = array(d.tailCounts, `${path}.tailCounts`, `a list per class (${ref.tailCounts.length})`, ref.tailCounts.length);
  tc.forEach((x, c) => {
    const bins = ref.tailCounts[c].length;
    if (wholes(x, `${path}.tailCounts[${c}]`, bins).length !== bins) throw new Problem(`${path}.tailCounts[${c}]`, `${bins} bins`);
  });
  const tp = array(d.tailParts, `${path}.tailParts`, `a list per class (${ref.tailParts.length})`, ref.tailParts.length);
  tp.forEach((byPart, c) => {
    const list = array(byPart, `${path}.tailParts[${c}]`, `a list per part (${ref.tailParts[c].length})`, ref.tailParts[c].length);
    list.forEach((x, k) => {
      const bins = ref.tailParts[c][k].length;
      if (wholes(x, `${path}.tailParts[${c}][${k}]`, bins).length !== bins) throw new Problem(`${path}.tailParts[${c}][${k}]`, `${bins} bins`);
    });
  });
}

function intervals(v: unknown, ref: NonNullable<BlockStats['intervals']>, path: string, maxSamples: number): void {
  const o = object(v, path, 'the per-interval sums {intervalSeconds, waitingArea, waits}');
  sameKeys(o, ref, path);
  if (o.intervalSeconds !== ref.intervalSeconds) throw new Problem(`${path}.intervalSeconds`, `${ref.intervalSeconds}`);
  const stations = ref.waitingArea.length;
  perStation(o.waitingArea, stations, `${path}.waitingArea`, maxSamples);
  const waits = array(o.waits, `${path}.waits`, `a list per station (${stations})`, stations);
  waits.forEach((rows, s) => {
    const p = `${path}.waits[${s}]`;
    if (ref.waits[s] === null) {
      if (rows !== null) throw new Problem(p, 'null (this station keeps no waits per interval)');
      return;
    }
    array(rows, p, `a list of at most ${maxSamples} intervals`);
    if ((rows as unknown[]).length > maxSamples) throw new Problem(p, `a list of at most ${maxSamples} intervals`);
    (rows as unknown[]).forEach((pairs, k) => {
      const q = `${p}[${k}]`;
      const a = wholes(pairs, q, 2 * WAIT_BINS, 'numbers, [bin, count, …] pairs');
      if (a.length % 2 !== 0) throw new Problem(q, '[bin, count, …] pairs');
      for (let i = 0; i < a.length; i += 2) {
        if (a[i] >= WAIT_BINS || (i > 0 && a[i] <= a[i - 2])) throw new Problem(`${q}[${i}]`, `increasing bins below ${WAIT_BINS}`);
        if (a[i + 1] === 0) throw new Problem(`${q}[${i + 1}]`, 'a count > 0');
      }
    });
  });
}

/**
 * The first problem of `value` as a block of `count` replications shaped like `reference`
 * (the run's empty block), or null. Scenario hash, seed and replication indices are the
 * caller's to check.
 */
export function blockShapeProblem(value: unknown, reference: BlockStats, count: number, path: string, maxSamples: number): BlockShapeProblem | null {
  try {
    const s = object(value, path, 'the statistics of a block');
    sameKeys(s, reference, path);
    for (const k of ['replications', 'events', 'warmup', 'end', 'entered'] as const) numbers(s[k], count, `${path}.${k}`);
    columns(s.clearance, reference.clearance, count, `${path}.clearance`);
    const classes = reference.classes.length;
    const stations = reference.stations.length;
    array(s.classes, `${path}.classes`, `${classes} classes`, classes).forEach((c, i) => columns(c, reference.classes[i], count, `${path}.classes[${i}]`));
    array(s.stations, `${path}.stations`, `${stations} stations`, stations).forEach((c, i) => columns(c, reference.stations[i], count, `${path}.stations[${i}]`));
    const h = object(s.histograms, `${path}.histograms`, '{clearance, byClass, waits}');
    sameKeys(h, reference.histograms, `${path}.histograms`);
    histogram(h.clearance, `${path}.histograms.clearance`);
    array(h.byClass, `${path}.histograms.byClass`, `${classes} histograms`, classes).forEach((x, i) => histogram(x, `${path}.histograms.byClass[${i}]`));
    array(h.waits, `${path}.histograms.waits`, `${stations} histograms`, stations).forEach((x, i) => histogram(x, `${path}.histograms.waits[${i}]`));
    const series = object(s.series, `${path}.series`, 'the time series');
    sameKeys(series, reference.series, `${path}.series`);
    if (series.intervalSeconds !== reference.series.intervalSeconds) throw new Problem(`${path}.series`, `time series at ${reference.series.intervalSeconds} s intervals`);
    for (const k of ['inLane', 'exits', 'arrivals'] as const) wholes(series[k], `${path}.series.${k}`, maxSamples);
    for (const k of ['queue', 'busy', 'available'] as const) perStation(series[k], stations, `${path}.series.${k}`, maxSamples);
    if (reference.decomposition) decomposition(s.decomposition, reference.decomposition, count, `${path}.decomposition`);
    if (reference.intervals) intervals(s.intervals, reference.intervals, `${path}.intervals`, maxSamples);
    if (reference.groups) {
      const groups = reference.groups;
      array(s.groups, `${path}.groups`, `${groups.length} flights or vehicles`, groups.length).forEach((g, i) => columns(g, groups[i], count, `${path}.groups[${i}]`));
    }
    return null;
  } catch (e) {
    if (e instanceof Problem) return { path: e.path, expected: e.expected };
    throw e;
  }
}
