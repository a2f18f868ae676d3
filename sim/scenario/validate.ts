/**
 * The edge between untrusted JSON and the model: shape checks (zod) and then the checks a
 * schema cannot express (references, sums, reachability of the exit). Every problem comes
 * back as a JSON path plus what was expected, never as an exception.
 */
import type { core } from 'zod';
import { DIST_KINDS } from './distribution-schema.js';
import { SCENARIO_FORMAT, scenarioSchema, type Scenario } from './scenario-schema.js';
import { describeJsonSyntaxError, findJsonSyntaxError } from './json-syntax-error.js';
import { semanticErrors } from './semantic-checks.js';
import { resolveClockTimes } from '../clock/resolve-clock.js';
import { MAX_SHOWN_KEY, scanJson, shownKey } from './json-scan.js';
import { compileScenario } from './compile.js';
import { volumeErrors } from '../model/volume-check.js';
import { defaultInterval } from '../run-interval.js';

import type { ValidationError } from './validation-error.js';

export type { ValidationError } from './validation-error.js';

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

/**
 * Most errors kept per file: a file with a million bad entries still gets a short answer
 * (the rest are counted in a last "… and N more" entry), and no list is spread into a call.
 */
export const MAX_ERRORS = 200;

/** Formats a path array the way people write it in JSON tools: `a.b[3].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && key.length <= MAX_SHOWN_KEY && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(shownKey(String(key)))}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Turns zod's issue into a sentence that says what was expected and what was found (shared with the replay file). */
export function issueMessage(issue: core.$ZodIssue, input: unknown): ValidationError[] {
  const path = formatPath(issue.path);
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const shown = issue.keys.slice(0, MAX_ERRORS).map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `unknown key "${shownKey(key)}" (check the spelling; unknown keys are not allowed)`,
      }));
      return shown;
    }
    case 'invalid_type':
      if (found === undefined) return [{ path, message: `required: expected ${issue.expected}` }];
      return [{ path, message: `expected ${issue.expected}, got ${describeValue(found)}` }];
    case 'too_small': {
      const what = issue.origin === 'array' ? 'at least' : issue.inclusive ? '≥' : '>';
      const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
      return [{ path, message: `expected ${what} ${String(issue.minimum)}${unit}, got ${describeValue(found)}` }];
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? 'at most' : issue.inclusive ? '≤' : '<';
      const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
      const shown = Array.isArray(found) ? `${found.length} items` : describeValue(found);
      return [{ path, message: `expected ${what} ${String(issue.maximum)}${unit}, got ${shown}` }];
    }
    case 'invalid_value':
      return [
        {
          path,
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(found)}`,
        },
      ];
    case 'invalid_union': {
      // A discriminated union reports its discriminator here; a plain union (e.g. `next`)
      // lists each alternative's errors, of which the first is the most useful.
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const key = issue.path[issue.path.length - 1];
        const kinds = KNOWN_KINDS[String(key)];
        return [{ path, message: `expected ${kinds ? `one of ${kinds.join(', ')}` : 'a known kind'}, got ${describeValue(found)}` }];
      }
      if (issue.path[issue.path.length - 1] === 'next' && (typeof found !== 'object' || found === null)) {
        return [{ path, message: `expected a station id, "exit" or a list of branches, got ${describeValue(found)}` }];
      }
      if (issue.errors.length > 0) {
        const messages = issue.errors.map((alt) => alt.map((sub) => issueMessage(sub, found)).flat());
        const best = messages.reduce((a, b) => (b.length < a.length ? b : a));
        return best.map((e) => ({ path: formatPath([...issue.path]) + (e.path ? (e.path.startsWith('[') ? '' : '.') + e.path : ''), message: e.message }));
      }
      return [{ path, message: 'expected one of the allowed forms' }];
    }
    case 'invalid_format':
      return [{ path, message: `expected ${issue.format}, got ${describeValue(found)}` }];
    case 'not_multiple_of':
      return [{ path, message: `expected a multiple of ${String(issue.divisor)}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

const KNOWN_KINDS: Record<string, readonly string[]> = {
  dist: DIST_KINDS,
  kind: ['poisson', 'flights', 'vehicles', 'departures'],
};

function formatError(input: unknown): ValidationError | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { path: '', message: `expected a scenario object, got ${describeValue(input)}` };
  }
  const format = (input as Record<string, unknown>).format;
  if (format === SCENARIO_FORMAT) return null;
  if (typeof format === 'string') {
    const m = /^lanesim\/scenario@(\d+)$/.exec(format);
    if (m && Number(m[1]) > 1) {
      return {
        path: 'format',
        message: `this file is scenario format version ${m[1]}; this LaneSim reads version 1 ("${SCENARIO_FORMAT}"). Update LaneSim to open it.`,
      };
    }
  }
  return {
    path: 'format',
    message: `expected "${SCENARIO_FORMAT}", got ${format === undefined ? 'nothing' : describeValue(format)}`,
  };
}

/** Appends without spreading (a million issues must not overflow the call stack), keeping at most MAX_ERRORS. */
export function pushCapped(into: ValidationError[], more: readonly ValidationError[], counter: { dropped: number }): void {
  for (const e of more) {
    if (into.length < MAX_ERRORS) into.push(e);
    else counter.dropped++;
  }
}

/** Ends a capped list with "… and N more" when errors were dropped. */
export function withDropped(errors: ValidationError[], dropped: number): ValidationError[] {
  if (dropped > 0) errors.push({ path: '', message: moreMessage(dropped) });
  return errors;
}

/** The one sentence for what a capped list of problems leaves out ("… and 4,812 more"); `capErrors` reads it back. */
export function moreMessage(dropped: number): string {
  return `… and ${dropped.toLocaleString('en')} more`;
}

const MORE = /^… and ([\d,]+) more$/;

/**
 * The first `limit` errors and one last "… and 4,812 more" entry counting the rest
 * (including any the validator had already left out), for output meant for a person.
 */
export function capErrors(errors: readonly ValidationError[], limit: number): ValidationError[] {
  const last = errors[errors.length - 1];
  const m = last && last.path === '' ? MORE.exec(last.message) : null;
  const earlier = m ? Number(m[1].replace(/,/g, '')) : 0;
  const real = m ? errors.slice(0, -1) : errors;
  if (real.length <= limit && earlier === 0) return [...real];
  const shown = real.slice(0, limit);
  return withDropped(shown, real.length - shown.length + earlier);
}

/** Checks a parsed JSON value and returns either a typed scenario or every problem found. */
export function validateScenario(input: unknown): ValidationResult {
  const fmt = formatError(input);
  if (fmt && (fmt.path === '' || fmt.message.includes('version'))) return { ok: false, errors: [fmt] };
  const counter = { dropped: 0 };
  const errors: ValidationError[] = fmt ? [fmt] : [];
  const scanned = scanJson(input);
  if (scanned.length > 0) {
    pushCapped(errors, scanned, counter);
    return { ok: false, errors: withDropped(dedupe(errors), counter.dropped) };
  }
  // Clock strings ("at": "08:30") become seconds first; a file without them is untouched.
  const clock = resolveClockTimes(input);
  pushCapped(errors, clock.errors, counter);
  const parsed = scenarioSchema.safeParse(clock.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (errors.length >= MAX_ERRORS) {
        counter.dropped += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
        continue;
      }
      pushCapped(errors, issueMessage(issue, clock.value), counter);
      if (issue.code === 'unrecognized_keys') counter.dropped += Math.max(0, issue.keys.length - MAX_ERRORS);
    }
    return { ok: false, errors: withDropped(dedupe(errors), counter.dropped) };
  }
  if (clock.errors.length > 0) return { ok: false, errors: withDropped(dedupe(errors), counter.dropped) };
  pushCapped(errors, semanticErrors(parsed.data), counter);
  if (errors.length === 0) {
    const lane = compileScenario(parsed.data);
    pushCapped(errors, volumeErrors(parsed.data, lane, defaultInterval(lane.arrivalsSeconds)), counter);
  }
  if (errors.length > 0) return { ok: false, errors: withDropped(dedupe(errors), counter.dropped) };
  return { ok: true, scenario: parsed.data };
}

/** Parses text first, so a broken file gets a line and column rather than a crash. */
export function validateScenarioText(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const where = findJsonSyntaxError(text);
    const msg = where ? describeJsonSyntaxError(where) : (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    const located = where ? { code: 'json-syntax', values: { line: where.line, column: where.column } } : {};
    return { ok: false, errors: [{ path: '', message: `not valid JSON at ${msg}`, ...located }] };
  }
  return validateScenario(value);
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = e.path + '\u0000' + e.message;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
