/**
 * One problem found in an input, by where it is: the shape every check reports (the schema,
 * the semantic checks, clock times, replay files), so the CLI and the editor show them alike.
 * The core says what is wrong as a code and the figures it found (what was expected, what was
 * received, the limits); present/words/validation-words.ts words it in each language. The
 * English `message` travels beside it for logs and callers that want one sentence (it is word
 * for word the English of present/, a test holds them equal).
 * Its own file so that the checks need not import the validator that calls them.
 */

/** A figure or word a sentence is built from; lists are ids or quoted values. */
export type IssueValue = string | number | boolean | readonly string[];

/** The figures of one problem, by name. */
export type IssueValues = Readonly<Record<string, IssueValue>>;

/**
 * What kind of problem. Shape problems come from zod's issue codes (mapped generically in
 * validate.ts); the others from LaneSim's own checks. The values each code carries are listed
 * beside its sentence in present/words/validation-words.ts.
 */
export type ValidationCode =
  // The file as a whole
  | 'json-syntax'
  | 'json-invalid'
  | 'not-object'
  | 'format-newer'
  | 'format-wrong'
  | 'format-scenario'
  | 'too-deep'
  | 'forbidden-key'
  | 'more'
  // Shape (zod)
  | 'unknown-key'
  | 'required'
  | 'wrong-type'
  | 'too-small'
  | 'too-big'
  | 'bad-value'
  | 'bad-kind'
  | 'bad-next'
  | 'no-form'
  | 'bad-id'
  | 'bad-language-tag'
  | 'bad-format'
  | 'not-multiple'
  | 'reserved-id'
  | 'waits-ascending'
  | 'areas-descending'
  | 'max-below-min'
  | 'mode-outside'
  | 'cv-positive'
  | 'schema-other'
  // Across fields
  | 'duplicate'
  | 'sum-not-one'
  | 'unknown-class'
  | 'unknown-station'
  | 'unknown-alarm-station'
  | 'rate-or-schedule'
  | 'times-not-increasing'
  | 'warmup-too-long'
  | 'reserved-exit'
  | 'servers-required'
  | 'servers-not-allowed'
  | 'reclaim-required'
  | 'reclaim-not-allowed'
  | 'no-open-server'
  | 'no-server'
  | 'self-route'
  | 'alarm-self'
  | 'mixed-branches'
  | 'probability-with-classes'
  | 'last-branch-catches'
  | 'class-without-route'
  | 'merged-source-in-lane'
  | 'no-exit'
  // Clock times
  | 'clock-and-seconds'
  | 'clock-not-text'
  | 'start-not-text'
  | 'clock-format'
  | 'clock-range'
  | 'clock-date'
  | 'clock-date-time'
  | 'clock-needs-start'
  | 'clock-needs-start-date'
  | 'clock-before-start'
  // What a run would cost or whether it keeps up
  | 'overload'
  | 'group-spread'
  | 'too-many-passengers'
  | 'loop-visits'
  | 'too-many-visits'
  | 'long-drain'
  | 'too-many-series'
  // Replay files
  | 'bookmark-outside'
  | 'trace-order'
  | 'trace-length'
  | 'trace-index'
  | 'trace-exit-before-entry'
  | 'trace-entry-order'
  | 'trace-visit-times'
  | 'trace-visit-order';

export interface ValidationError {
  /** JSON path such as `stations[2].service.mean`; `""` is the whole document. */
  path: string;
  /** The problem in English (the CLI's default language), for logs and one-line messages. */
  message: string;
  /** What kind of problem, for a front end that words it in its own language. */
  code: ValidationCode;
  /** The figures the sentence quotes, by name. */
  values: IssueValues;
}

/** Builds a problem (path first, as it is shown). */
export function problem(path: string, code: ValidationCode, values: IssueValues, message: string): ValidationError {
  return { path, code, values, message };
}

/**
 * A received value as the messages quote it: a string in quotes, a number or literal as
 * written, and the words `array`, `object` or `nothing` (unquoted, so no string can be
 * mistaken for them) for what has no short form. Long strings are cut at 40 characters.
 */
export function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'object';
  return String(value);
}

/** The English of `received`: "an array", "an object", else the value as written. */
export function receivedEnglish(got: string): string {
  return got === 'array' ? 'an array' : got === 'object' ? 'an object' : got;
}
