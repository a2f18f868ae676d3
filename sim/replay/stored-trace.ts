/**
 * A run log written into a replay file: the same flat columns as `RunLog`, as JSON number
 * arrays (a passenger still in the lane has exit `null`; JSON has no NaN). Read back, it is
 * checked column by column against the scenario, so a hand-edited or damaged trace is
 * refused with a path rather than drawn wrongly.
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/scenario-schema.js';
import { problem, type IssueValues, type ValidationCode, type ValidationError } from '../scenario/validation-error.js';
import type { RunLog } from '../stats/result-types.js';

const time = z.number().finite().min(0);
const MAX_ROWS = 5_000_000;

export const storedTraceSchema = z.strictObject({
  stationIds: z.array(z.string()).max(200),
  classIds: z.array(z.string()).max(50),
  truncated: z.boolean(),
  /** Time of the first record refused by the bound; absent when complete. */
  completeUntil: time.optional(),
  passengers: z.strictObject({
    classIndex: z.array(z.number().int().min(0).max(255)).max(MAX_ROWS),
    bags: z.array(z.number().int().min(0).max(255)).max(MAX_ROWS),
    entry: z.array(time).max(MAX_ROWS),
    exit: z.array(time.nullable()).max(MAX_ROWS),
    source: z.array(z.number().int().min(0)).max(MAX_ROWS),
  }),
  visits: z.strictObject({
    passenger: z.array(z.number().int().min(0)).max(MAX_ROWS),
    station: z.array(z.number().int().min(0)).max(MAX_ROWS),
    arrive: z.array(time).max(MAX_ROWS),
    start: z.array(time).max(MAX_ROWS),
    end: z.array(time).max(MAX_ROWS),
    alarm: z.array(z.number().int().min(0).max(1)).max(MAX_ROWS),
    server: z.array(z.number().int().min(-1).max(1000)).max(MAX_ROWS),
  }),
});

export type StoredTrace = z.infer<typeof storedTraceSchema>;

/** The log as JSON-ready columns. */
export function encodeTrace(log: RunLog): StoredTrace {
  const p = log.passengers;
  const v = log.visits;
  const out: StoredTrace = {
    stationIds: [...log.stationIds],
    classIds: [...log.classIds],
    truncated: log.truncated,
    passengers: {
      classIndex: Array.from(p.classIndex),
      bags: Array.from(p.bags),
      entry: Array.from(p.entry),
      exit: Array.from(p.exit, (x) => (Number.isNaN(x) ? null : x)),
      source: Array.from(p.source),
    },
    visits: {
      passenger: Array.from(v.passenger),
      station: Array.from(v.station),
      arrive: Array.from(v.arrive),
      start: Array.from(v.start),
      end: Array.from(v.end),
      alarm: Array.from(v.alarm),
      server: Array.from(v.server),
    },
  };
  if (log.completeUntil !== undefined && Number.isFinite(log.completeUntil)) out.completeUntil = log.completeUntil;
  return out;
}

/** The English of each index a trace column holds. */
const INDEX_WHAT: Record<string, string> = { class: 'a class', source: 'an arrival stream', passenger: 'a passenger', station: 'a station' };

/** Problems a schema cannot see: column lengths, references, and times out of order. */
export function traceErrors(t: StoredTrace, scenario: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const stations = scenario.stations.map((s) => s.id);
  const classes = scenario.classes.map((c) => c.id);
  if (t.stationIds.join('\u0000') !== stations.join('\u0000')) {
    errors.push(problem('stationIds', 'trace-order', { what: 'stations', expected: stations, got: t.stationIds }, `expected the scenario's stations in order (${stations.join(', ')}), got ${t.stationIds.join(', ')}`));
  }
  if (t.classIds.join('\u0000') !== classes.join('\u0000')) {
    errors.push(problem('classIds', 'trace-order', { what: 'classes', expected: classes, got: t.classIds }, `expected the scenario's classes in order (${classes.join(', ')}), got ${t.classIds.join(', ')}`));
  }
  if (errors.length > 0) return errors;
  const nP = t.passengers.classIndex.length;
  for (const [key, col] of Object.entries(t.passengers)) {
    if (col.length !== nP) errors.push(problem(`passengers.${key}`, 'trace-length', { per: 'passenger', expected: nP, got: col.length }, `expected ${nP} entries (one per passenger), got ${col.length}`));
  }
  const nV = t.visits.passenger.length;
  for (const [key, col] of Object.entries(t.visits)) {
    if (col.length !== nV) errors.push(problem(`visits.${key}`, 'trace-length', { per: 'visit', expected: nV, got: col.length }, `expected ${nV} entries (one per visit), got ${col.length}`));
  }
  if (errors.length > 0) return errors;
  const limit = 20;
  const push = (path: string, code: ValidationCode, values: IssueValues, message: string) => {
    if (errors.length < limit) errors.push(problem(path, code, values, message));
  };
  const index = (path: string, what: string, below: number, got: number) =>
    push(path, 'trace-index', { what, limit: below, got }, `expected ${INDEX_WHAT[what]} index below ${below}, got ${got}`);
  for (let i = 0; i < nP; i++) {
    if (t.passengers.classIndex[i] >= classes.length) index(`passengers.classIndex[${i}]`, 'class', classes.length, t.passengers.classIndex[i]);
    if (t.passengers.source[i] >= scenario.arrivals.length) index(`passengers.source[${i}]`, 'source', scenario.arrivals.length, t.passengers.source[i]);
    const x = t.passengers.exit[i];
    const entry = t.passengers.entry[i];
    if (x !== null && x < entry) push(`passengers.exit[${i}]`, 'trace-exit-before-entry', { entry, got: x }, `expected a time ≥ the entry ${entry}, got ${x}`);
    if (i > 0 && entry < t.passengers.entry[i - 1]) {
      const previous = t.passengers.entry[i - 1];
      push(`passengers.entry[${i}]`, 'trace-entry-order', { previous, got: entry }, `expected passengers in order of entry (≥ ${previous}), got ${entry}`);
    }
  }
  for (let v = 0; v < nV; v++) {
    const vis = t.visits;
    if (vis.passenger[v] >= nP) index(`visits.passenger[${v}]`, 'passenger', nP, vis.passenger[v]);
    if (vis.station[v] >= stations.length) index(`visits.station[${v}]`, 'station', stations.length, vis.station[v]);
    if (!(vis.arrive[v] <= vis.start[v] && vis.start[v] <= vis.end[v])) {
      const values = { arrive: vis.arrive[v], start: vis.start[v], end: vis.end[v] };
      push(`visits.start[${v}]`, 'trace-visit-times', values, `expected arrive ≤ start ≤ end, got ${vis.arrive[v]}, ${vis.start[v]}, ${vis.end[v]}`);
    }
    if (v > 0 && vis.arrive[v] < vis.arrive[v - 1]) {
      const previous = vis.arrive[v - 1];
      push(`visits.arrive[${v}]`, 'trace-visit-order', { previous, got: vis.arrive[v] }, `expected visits in order of arrival (≥ ${previous}), got ${vis.arrive[v]}`);
    }
  }
  return errors;
}

/** Back to typed columns (call after `traceErrors` found nothing). */
export function decodeTrace(t: StoredTrace, _scenario: Scenario): RunLog {
  const p = t.passengers;
  const v = t.visits;
  return {
    stationIds: [...t.stationIds],
    classIds: [...t.classIds],
    truncated: t.truncated,
    completeUntil: t.completeUntil ?? Infinity,
    passengers: {
      classIndex: Uint8Array.from(p.classIndex),
      bags: Uint8Array.from(p.bags),
      entry: Float64Array.from(p.entry),
      exit: Float64Array.from(p.exit, (x) => (x === null ? NaN : x)),
      source: Int32Array.from(p.source),
      length: p.classIndex.length,
    },
    visits: {
      passenger: Int32Array.from(v.passenger),
      station: Int32Array.from(v.station),
      arrive: Float64Array.from(v.arrive),
      start: Float64Array.from(v.start),
      end: Float64Array.from(v.end),
      alarm: Uint8Array.from(v.alarm),
      server: Int16Array.from(v.server),
      length: v.passenger.length,
    },
  };
}
