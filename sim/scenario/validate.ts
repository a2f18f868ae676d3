/**
 * The edge between untrusted JSON and the model: shape checks (zod) and then the checks a
 * schema cannot express (references, sums, reachability of the exit). Every problem comes
 * back as a JSON path plus what was expected, never as an exception.
 */
import type { core } from 'zod';
import { DIST_KINDS } from './distribution-schema.js';
import { ID_PATTERN, LANGUAGE_TAG, SCENARIO_FORMAT, scenarioSchema, type Scenario } from './scenario-schema.js';
import { findJsonSyntaxError, jsonSyntaxProblem } from './json-syntax-error.js';
import { semanticErrors } from './semantic-checks.js';
import { resolveClockTimes } from '../clock/resolve-clock.js';
import { MAX_SHOWN_KEY, scanJson, shownKey } from './json-scan.js';
import { compileScenario } from './compile.js';
import { volumeErrors } from '../model/volume-check.js';
import { defaultInterval } from '../run-interval.js';

import { problem, received, receivedEnglish, type ValidationCode, type ValidationError } from './validation-error.js';

export type { IssueValue, IssueValues, ValidationCode, ValidationError } from './validation-error.js';

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

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Ranges as the messages say them: "≥ 0", "> 0", "at least 1 item(s)", "at most 200 character(s)". */
export function rangeEnglish(side: 'min' | 'max', origin: string, limit: number | string, inclusive: boolean): string {
  const what = origin === 'array' ? (side === 'min' ? 'at least' : 'at most') : side === 'min' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  const unit = origin === 'array' ? ' item(s)' : origin === 'string' ? ' character(s)' : '';
  return `${what} ${String(limit)}${unit}`;
}

/** Which problem a string pattern of the schema stands for (its own words rather than "expected regex"). */
const PATTERN_CODES = new Map<string, { code: ValidationCode; english: string }>([
  [ID_PATTERN.source, { code: 'bad-id', english: 'expected an id of letters, digits, "_", "." or "-"' }],
  [LANGUAGE_TAG.source, { code: 'bad-language-tag', english: 'expected a language tag such as "zh-CN" or "en"' }],
]);

/** The schema's own checks (`refine`) name their code in `params.code`. */
const CUSTOM_CODES = new Set<ValidationCode>(['reserved-id', 'waits-ascending', 'areas-descending', 'max-below-min', 'mode-outside', 'cv-positive']);

/**
 * Turns zod's issue into problems with codes, generically by zod's issue code (shared with
 * the replay file): what was expected, what was found, the limits. `found` is the value the
 * issue is about when the caller knows it better than the path does (a record's key).
 */
export function issueMessage(issue: core.$ZodIssue, input: unknown, found: unknown = valueAt(input, issue.path)): ValidationError[] {
  const path = formatPath(issue.path);
  const got = received(found);
  const gotText = receivedEnglish(got);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.slice(0, MAX_ERRORS).map((key) =>
        problem(formatPath([...issue.path, key]), 'unknown-key', { key: shownKey(key) }, `unknown key "${shownKey(key)}" (check the spelling; unknown keys are not allowed)`),
      );
    case 'invalid_type':
      if (found === undefined) return [problem(path, 'required', { expected: issue.expected }, `required: expected ${issue.expected}`)];
      return [problem(path, 'wrong-type', { expected: issue.expected, got }, `expected ${issue.expected}, got ${gotText}`)];
    case 'too_small':
    case 'too_big': {
      const side = issue.code === 'too_small' ? 'min' : 'max';
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive === true;
      const count = Array.isArray(found) ? found.length : undefined;
      // A list too long is said by its length; a list too short, a number or a text by itself.
      const shown = side === 'max' && count !== undefined ? `${count} items` : gotText;
      const values = { origin: issue.origin, limit, inclusive, got, ...(side === 'max' && count !== undefined ? { count } : {}) };
      return [problem(path, side === 'min' ? 'too-small' : 'too-big', values, `expected ${rangeEnglish(side, issue.origin, limit, inclusive)}, got ${shown}`)];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      return [problem(path, 'bad-value', { options, got }, `expected one of ${options.join(', ')}, got ${gotText}`)];
    }
    case 'invalid_union': {
      // A discriminated union reports its discriminator here; a plain union (e.g. `next`)
      // lists each alternative's errors, of which the first is the most useful.
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const key = issue.path[issue.path.length - 1];
        const options = KNOWN_KINDS[String(key)] ?? [];
        return [problem(path, 'bad-kind', { options, got }, `expected ${options.length > 0 ? `one of ${options.join(', ')}` : 'a known kind'}, got ${gotText}`)];
      }
      if (issue.path[issue.path.length - 1] === 'next' && (typeof found !== 'object' || found === null)) {
        return [problem(path, 'bad-next', { got }, `expected a station id, "exit" or a list of branches, got ${gotText}`)];
      }
      if (issue.errors.length > 0) {
        const messages = issue.errors.map((alt) => alt.map((sub) => issueMessage(sub, found)).flat());
        const best = messages.reduce((a, b) => (b.length < a.length ? b : a));
        return best.map((e) => ({ ...e, path: formatPath([...issue.path]) + (e.path ? (e.path.startsWith('[') ? '' : '.') + e.path : '') }));
      }
      return [problem(path, 'no-form', {}, 'expected one of the allowed forms')];
    }
    case 'invalid_format': {
      const known = issue.format === 'regex' && issue.pattern !== undefined ? PATTERN_CODES.get(issue.pattern.replace(/^\/|\/[a-z]*$/g, '')) : undefined;
      if (known) return [problem(path, known.code, { got }, `${known.english}, got ${gotText}`)];
      return [problem(path, 'bad-format', { format: issue.format, got }, `expected ${issue.format}, got ${gotText}`)];
    }
    case 'invalid_key':
      // A record's key that breaks its own rule: the key is what was received.
      return issue.issues.flatMap((sub) => issueMessage({ ...sub, path: [...issue.path] } as core.$ZodIssue, input, issue.path[issue.path.length - 1]));
    case 'not_multiple_of':
      return [problem(path, 'not-multiple', { divisor: issue.divisor }, `expected a multiple of ${String(issue.divisor)}`)];
    case 'custom': {
      const code = issue.params?.code as ValidationCode | undefined;
      if (code && CUSTOM_CODES.has(code)) return [problem(path, code, {}, issue.message)];
      return [problem(path, 'schema-other', { text: issue.message }, issue.message)];
    }
    default:
      return [problem(path, 'schema-other', { text: issue.message }, issue.message)];
  }
}

const KNOWN_KINDS: Record<string, readonly string[]> = {
  dist: DIST_KINDS,
  kind: ['poisson', 'flights', 'vehicles', 'departures'],
};

function formatError(input: unknown): ValidationError | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const got = received(input);
    return problem('', 'not-object', { kind: 'scenario', got }, `expected a scenario object, got ${receivedEnglish(got)}`);
  }
  const format = (input as Record<string, unknown>).format;
  if (format === SCENARIO_FORMAT) return null;
  if (typeof format === 'string') {
    const m = /^lanesim\/scenario@(\d+)$/.exec(format);
    if (m && Number(m[1]) > 1) {
      return problem(
        'format',
        'format-newer',
        { kind: 'scenario', version: Number(m[1]), expected: SCENARIO_FORMAT },
        `this file is scenario format version ${m[1]}; this LaneSim reads version 1 ("${SCENARIO_FORMAT}"). Update LaneSim to open it.`,
      );
    }
  }
  const got = received(format);
  return problem('format', 'format-wrong', { expected: SCENARIO_FORMAT, got }, `expected "${SCENARIO_FORMAT}", got ${receivedEnglish(got)}`);
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
  if (dropped > 0) errors.push(problem('', 'more', { count: dropped }, moreMessage(dropped)));
  return errors;
}

/** The one sentence for what a capped list of problems leaves out ("… and 4,812 more"); `capErrors` reads it back. */
export function moreMessage(dropped: number): string {
  return `… and ${dropped.toLocaleString('en')} more`;
}

/**
 * The first `limit` errors and one last "… and 4,812 more" entry counting the rest
 * (including any the validator had already left out), for output meant for a person.
 */
export function capErrors(errors: readonly ValidationError[], limit: number): ValidationError[] {
  const last = errors[errors.length - 1];
  const more = last?.code === 'more' ? last : null;
  const earlier = more ? Number(more.values.count) : 0;
  const real = more ? errors.slice(0, -1) : errors;
  if (real.length <= limit && earlier === 0) return [...real];
  const shown = real.slice(0, limit);
  return withDropped(shown, real.length - shown.length + earlier);
}

/** Checks a parsed JSON value and returns either a typed scenario or every problem found. */
export function validateScenario(input: unknown): ValidationResult {
  const fmt = formatError(input);
  if (fmt && (fmt.path === '' || fmt.code === 'format-newer')) return { ok: false, errors: [fmt] };
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
    if (where) return { ok: false, errors: [jsonSyntaxProblem(where)] };
    const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    return { ok: false, errors: [problem('', 'json-invalid', { reason }, `not valid JSON at ${reason}`)] };
  }
  return validateScenario(value);
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = e.path + '\u0000' + e.code + '\u0000' + e.message;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
