/**
 * The replay file `lanesim/replay@1`: what a trainer carries to a classroom. It holds the
 * scenario and the seed (enough to rebuild the trace exactly), the trainer's bookmarks, and
 * optionally the trace itself, so a file opens offline even in a LaneSim whose engine
 * would replay a different story. Validated like scenarios: every problem comes back as a
 * JSON path plus what was expected, and a newer format version gets its own message.
 */
import { z } from 'zod';
import { capErrors, issueMessage, MAX_ERRORS, moreMessage, validateScenario, type ValidationError } from '../scenario/validate.js';
import { problem, received, receivedEnglish } from '../scenario/validation-error.js';
import { findJsonSyntaxError, jsonSyntaxProblem } from '../scenario/json-syntax-error.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import type { RunLog } from '../stats/result-types.js';
import { decodeTrace, encodeTrace, storedTraceSchema, traceErrors, type StoredTrace } from './stored-trace.js';
import { replayDigest } from './replay-digest.js';
import { scanJson } from '../scenario/json-scan.js';
import { scenarioHash } from '../scenario/scenario-hash.js';

export const REPLAY_FORMAT = 'lanesim/replay@1';
/** Upper bound on bookmarks and note length: beyond these a file is a mistake. */
export const REPLAY_LIMITS = { bookmarks: 500, noteChars: 2000, titleChars: 200 } as const;
/** The trace bound used when a file does not name one (visits recorded). */
export const DEFAULT_RECORD_VISITS = 400_000;

const bookmarkSchema = z.strictObject({
  atSeconds: z.number().finite().min(0),
  note: z.string().max(REPLAY_LIMITS.noteChars),
});

/** The shape of the file; the scenario inside is checked by the scenario validator. */
export const replayFileSchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  title: z.string().max(REPLAY_LIMITS.titleChars).optional(),
  /** Engine version that wrote the file (the stored trace, if any, came from it). */
  engine: z.string().max(40).optional(),
  /** SHA-256 of the scenario (as a run's `scenarioHash`): names the run the replay is of; informative, the digest guards the content. */
  scenarioHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected 64 hexadecimal digits')
    .optional(),
  scenario: z.unknown(),
  seed: z.number().int().min(0).max(0xffffffff),
  /** Bound on visits recorded when the trace is rebuilt. */
  recordVisits: z.number().int().min(1).max(5_000_000).optional(),
  bookmarks: z.array(bookmarkSchema).max(REPLAY_LIMITS.bookmarks),
  trace: storedTraceSchema.optional(),
  /** SHA-256 of scenario, seed, recordVisits and trace as written (replay-digest.ts); files before it have none. */
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected 64 hexadecimal digits')
    .optional(),
});

export interface Bookmark {
  atSeconds: number;
  note: string;
}

export interface ReplayDocument {
  title?: string;
  engine?: string;
  scenario: Scenario;
  seed: number;
  recordVisits: number;
  bookmarks: Bookmark[];
  /** The stored trace, when the file carries one. */
  log: RunLog | null;
  /** The file carries a digest that does not match its content: it was changed after it was saved. */
  digestMismatch?: boolean;
}

export type ReplayValidation = { ok: true; replay: ReplayDocument } | { ok: false; errors: ValidationError[] };

/** What opening a replay is doing, for a progress line: parsing, checking the file, its scenario, its trace, decoding the trace. */
export type ReplayPhase = 'parse' | 'check' | 'scenario' | 'trace' | 'decode';

export interface ReplayValidationOptions {
  /** Told as each phase starts (the app opens large files in a worker and shows it). */
  onPhase?: (phase: ReplayPhase) => void;
}

function formatProblem(input: unknown): ValidationError | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const got = received(input);
    return problem('', 'not-object', { kind: 'replay', got }, `expected a replay object, got ${receivedEnglish(got)}`);
  }
  const format = (input as Record<string, unknown>).format;
  if (format === REPLAY_FORMAT) return null;
  const m = typeof format === 'string' ? /^lanesim\/replay@(\d+)$/.exec(format) : null;
  if (m && Number(m[1]) > 1) {
    return problem(
      'format',
      'format-newer',
      { kind: 'replay', version: Number(m[1]), expected: REPLAY_FORMAT },
      `this file is replay format version ${m[1]}; this LaneSim reads version 1 ("${REPLAY_FORMAT}"). Update LaneSim to open it.`,
    );
  }
  if (typeof format === 'string' && format.startsWith('lanesim/scenario@')) {
    return problem('format', 'format-scenario', { expected: REPLAY_FORMAT, got: format }, `expected "${REPLAY_FORMAT}", got a scenario file ("${format}"); open it as a scenario instead`);
  }
  const got = received(format);
  return problem('format', 'format-wrong', { expected: REPLAY_FORMAT, got }, `expected "${REPLAY_FORMAT}", got ${receivedEnglish(got)}`);
}

/** Checks a parsed JSON value: the replay (with its trace decoded), or every problem with its JSON path. */
export function validateReplay(input: unknown, options: ReplayValidationOptions = {}): ReplayValidation {
  const phase = options.onPhase ?? (() => {});
  phase('check');
  const fmt = formatProblem(input);
  if (fmt) return { ok: false, errors: [fmt] };
  const scanned = scanJson(input);
  if (scanned.length > 0) return { ok: false, errors: capErrors(scanned, MAX_ERRORS) };
  const parsed = replayFileSchema.safeParse(input);
  if (!parsed.success) {
    const errors: ValidationError[] = [];
    let dropped = 0;
    for (const issue of parsed.error.issues) {
      if (errors.length >= MAX_ERRORS) dropped++;
      else for (const e of issueMessage(issue, input)) errors.push(e);
    }
    const more = problem('', 'more', { count: dropped }, moreMessage(dropped));
    return { ok: false, errors: capErrors(dropped > 0 ? [...errors, more] : errors, MAX_ERRORS) };
  }
  const file = parsed.data;
  const errors: ValidationError[] = [];
  phase('scenario');
  const sc = validateScenario(file.scenario);
  if (!sc.ok) {
    for (const e of sc.errors) errors.push({ ...e, path: e.path ? `scenario.${e.path.replace(/^\./, '')}`.replace('scenario.[', 'scenario[') : 'scenario' });
    return { ok: false, errors };
  }
  const scenario = sc.scenario;
  file.bookmarks.forEach((b, i) => {
    if (b.atSeconds > 10 * 365 * 86400) errors.push(problem(`bookmarks[${i}].atSeconds`, 'bookmark-outside', { got: b.atSeconds }, `expected a time within the run, got ${b.atSeconds}`));
  });
  let log: RunLog | null = null;
  if (file.trace) {
    const stored: StoredTrace = file.trace;
    phase('trace');
    errors.push(...traceErrors(stored, scenario).map((e) => ({ ...e, path: `trace${e.path ? (e.path.startsWith('[') ? '' : '.') + e.path : ''}` })));
    if (errors.length === 0) {
      phase('decode');
      log = decodeTrace(stored, scenario);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const raw = input as Record<string, unknown>;
  const digestMismatch = file.digest !== undefined && file.digest !== replayDigest({ scenario: raw.scenario, seed: file.seed, recordVisits: file.recordVisits, trace: raw.trace });
  return {
    ok: true,
    replay: {
      ...(digestMismatch ? { digestMismatch } : {}),
      title: file.title,
      engine: file.engine,
      scenario,
      seed: file.seed,
      recordVisits: file.recordVisits ?? DEFAULT_RECORD_VISITS,
      bookmarks: file.bookmarks.map((b) => ({ atSeconds: b.atSeconds, note: b.note })).sort((a, b) => a.atSeconds - b.atSeconds),
      log,
    },
  };
}

/** Parses text first, so a broken file gets the parser's position rather than a crash. */
export function validateReplayText(text: string, options: ReplayValidationOptions = {}): ReplayValidation {
  options.onPhase?.('parse');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const where = findJsonSyntaxError(text);
    if (where) return { ok: false, errors: [jsonSyntaxProblem(where)] };
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [problem('', 'json-invalid', { reason }, `not valid JSON at ${reason}`)] };
  }
  return validateReplay(value, options);
}

/** Builds the JSON object of a replay file; `includeTrace` stores the log so the file needs no rerun. */
export function replayToJson(doc: ReplayDocument, options: { includeTrace: boolean; engine: string }): Record<string, unknown> {
  const out: Record<string, unknown> = { format: REPLAY_FORMAT };
  if (doc.title !== undefined) out.title = doc.title;
  out.engine = options.engine;
  // What the replay came from, as every export names it: the scenario's hash (beside seed and engine).
  out.scenarioHash = scenarioHash(doc.scenario);
  out.scenario = doc.scenario;
  out.seed = doc.seed;
  out.recordVisits = doc.recordVisits;
  out.bookmarks = doc.bookmarks.map((b) => ({ atSeconds: b.atSeconds, note: b.note }));
  if (options.includeTrace && doc.log) out.trace = encodeTrace(doc.log);
  // Over the JSON as it will be read back (so a number's exact text does not matter).
  const written = JSON.parse(JSON.stringify({ scenario: out.scenario, trace: out.trace })) as { scenario: unknown; trace?: unknown };
  out.digest = replayDigest({ scenario: written.scenario, seed: doc.seed, recordVisits: doc.recordVisits, trace: written.trace });
  return out;
}

/** The file's text: readable and diffable, with the (long) trace columns kept on one line each. */
export function serializeReplay(doc: ReplayDocument, options: { includeTrace: boolean; engine: string }): string {
  const { trace, ...rest } = replayToJson(doc, options);
  const head = JSON.stringify(rest, null, 2);
  if (trace === undefined) return head + '\n';
  const t = trace as Record<string, unknown>;
  const lines = Object.entries(t).map(([k, v]) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const cols = Object.entries(v as Record<string, unknown>).map(([ck, cv]) => `      ${JSON.stringify(ck)}: ${JSON.stringify(cv)}`);
      return `    ${JSON.stringify(k)}: {\n${cols.join(',\n')}\n    }`;
    }
    return `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `${head.slice(0, -2)},\n  "trace": {\n${lines.join(',\n')}\n  }\n}\n`;
}
