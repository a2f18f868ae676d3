/**
 * Clock strings in a scenario file, turned into the seconds the model runs on. A scenario
 * with `"startTime": "06:00"` may give any time of day as a clock string in place of its
 * seconds field — `at` beside `atSeconds`, `std` beside a departure's `stdSeconds`, `from` beside `fromSeconds`, `arrivalsUntil`
 * beside `horizon.arrivalsSeconds` — exactly one of the two. This pass runs on the raw JSON
 * before the schema: it writes the seconds field and drops the clock string, so everything
 * after it (schema, compile, model, sweeps) sees the seconds form it always saw, and a file
 * without clock strings is passed through untouched (the same object).
 */
import { problem, type ValidationError } from '../scenario/validation-error.js';
import { readClockTime, secondsAfterStart, type ClockProblem, type ClockTime } from './clock-time.js';

function clockError(path: string, p: ClockProblem): ValidationError {
  return problem(path, p.code, p.got !== undefined ? { got: p.got } : {}, p.message);
}

/** The clock-string / seconds field pairs of the format, by where they occur. */
export const CLOCK_FIELDS = [
  { where: 'horizon', clock: 'arrivalsUntil', seconds: 'arrivalsSeconds' },
  { where: 'arrivals[].schedule[]', clock: 'from', seconds: 'fromSeconds' },
  { where: 'arrivals[].flights[]', clock: 'at', seconds: 'atSeconds' },
  { where: 'arrivals[].vehicles[]', clock: 'at', seconds: 'atSeconds' },
  { where: 'arrivals[].flights[] (departures)', clock: 'std', seconds: 'stdSeconds' },
  { where: 'stations[].servers[]', clock: 'from', seconds: 'fromSeconds' },
] as const;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Arrays longer than this are left to the schema, which refuses them (work stays bounded). */
const MAX_ITEMS = 10_000;

interface Ctx {
  start: ClockTime | null;
  errors: ValidationError[];
}

/** A copy of `o` with the clock key replaced by the seconds field, in the same place. */
function withSeconds(o: Obj, clockKey: string, secondsKey: string, seconds: number): Obj {
  const copy: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === clockKey) copy[secondsKey] = seconds;
    else copy[k] = v;
  }
  return copy;
}

/**
 * Resolves one object's pair; returns a copy with the seconds field, or the object itself.
 * A bad clock string is reported here and replaced by 0, so the schema does not report the
 * same field a second time (the whole file is refused anyway).
 */
function resolvePair(
  o: Obj,
  clockKey: string,
  secondsKey: string,
  path: string,
  ctx: Ctx,
  wrapEqual = false,
): Obj {
  if (!Object.prototype.hasOwnProperty.call(o, clockKey)) return o;
  const n = ctx.errors.length;
  const r = resolveOne(o, clockKey, secondsKey, path, ctx, wrapEqual);
  if (ctx.errors.length === n) return r;
  if (Object.prototype.hasOwnProperty.call(o, secondsKey)) {
    const { [clockKey]: _drop, ...rest } = o;
    return rest;
  }
  return withSeconds(o, clockKey, secondsKey, 0);
}

function resolveOne(
  o: Obj,
  clockKey: string,
  secondsKey: string,
  path: string,
  ctx: Ctx,
  wrapEqual: boolean,
): Obj {
  const text = o[clockKey];
  const at = `${path}.${clockKey}`;
  if (Object.prototype.hasOwnProperty.call(o, secondsKey)) {
    ctx.errors.push(problem(at, 'clock-and-seconds', { clockKey, secondsKey }, `give either ${clockKey} (a clock time) or ${secondsKey}, not both`));
    return o;
  }
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : typeof text;
    ctx.errors.push(problem(at, 'clock-not-text', { got }, `expected a clock time such as "08:30", got ${got}`));
    return o;
  }
  const parsed = readClockTime(text);
  if ('code' in parsed) {
    ctx.errors.push(clockError(at, parsed));
    return o;
  }
  if (ctx.start === null) {
    ctx.errors.push(problem(at, 'clock-needs-start', {}, 'a clock time needs the scenario\'s startTime (e.g. "startTime": "06:00"); or give seconds'));
    return o;
  }
  const seconds = secondsAfterStart(ctx.start, parsed, wrapEqual);
  if (typeof seconds !== 'number') {
    ctx.errors.push(clockError(at, seconds));
    return o;
  }
  return withSeconds(o, clockKey, secondsKey, seconds);
}

/** Maps the items of `o[key]` (an array of objects), copying `o` only when an item changed. */
function mapItems(o: Obj, key: string, path: string, f: (item: Obj, path: string) => Obj): Obj {
  const list = o[key];
  if (!Array.isArray(list) || list.length > MAX_ITEMS) return o;
  let changed = false;
  const out = list.map((item, i) => {
    if (!isObj(item)) return item;
    const next = f(item, `${path ? `${path}.` : ''}${key}[${i}]`);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? { ...o, [key]: out } : o;
}

/**
 * Replaces every clock string of a scenario by its seconds. Returns the input itself when it
 * has none (so results of existing files cannot change), and one error per bad clock string.
 */
export function resolveClockTimes(input: unknown): { value: unknown; errors: ValidationError[] } {
  if (!isObj(input)) return { value: input, errors: [] };
  const errors: ValidationError[] = [];
  let start: ClockTime | null = null;
  if (Object.prototype.hasOwnProperty.call(input, 'startTime')) {
    const st = input.startTime;
    if (typeof st !== 'string') {
      const got = st === null ? 'null' : typeof st;
      errors.push(problem('startTime', 'start-not-text', { got }, 'expected a clock time such as "06:00" or "2025-08-15 06:00"'));
    } else {
      const parsed = readClockTime(st);
      if ('code' in parsed) errors.push(clockError('startTime', parsed));
      else start = parsed;
    }
  }
  const ctx: Ctx = { start, errors };
  let out: Obj = input;
  if (isObj(out.horizon)) {
    const h = resolvePair(out.horizon, 'arrivalsUntil', 'arrivalsSeconds', 'horizon', ctx, true);
    if (h !== out.horizon) out = { ...out, horizon: h };
  }
  out = mapItems(out, 'arrivals', '', (a, p) => {
    let r = mapItems(a, 'schedule', p, (s, q) => resolvePair(s, 'from', 'fromSeconds', q, ctx));
    r = mapItems(r, 'flights', p, (f, q) =>
      resolvePair(resolvePair(f, 'at', 'atSeconds', q, ctx), 'std', 'stdSeconds', q, ctx),
    );
    r = mapItems(r, 'vehicles', p, (v, q) => resolvePair(v, 'at', 'atSeconds', q, ctx));
    return r;
  });
  out = mapItems(out, 'stations', '', (st, p) =>
    mapItems(st, 'servers', p, (s, q) => resolvePair(s, 'from', 'fromSeconds', q, ctx)),
  );
  return { value: out, errors };
}
