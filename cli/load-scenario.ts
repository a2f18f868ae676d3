/**
 * Reading a scenario file from disk at the edge: every way a file can be wrong (missing,
 * a directory, huge, not UTF-8 JSON, invalid) becomes one InputError whose message names
 * the file, the JSON path (or line and column) and what was expected.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { capErrors, describeJsonSyntaxError, findJsonSyntaxError, validateScenario, type Scenario, type ValidationError } from '../sim/index.js';
import { InputError } from './errors.js';

/** Larger than any sensible scenario (the biggest bundled one is a few kB). */
export const MAX_SCENARIO_BYTES = 16 * 1024 * 1024;

export interface LoadedScenario {
  /** The path as the user gave it, for messages. */
  file: string;
  absolutePath: string;
  scenario: Scenario;
}

/** Parses JSON text, throwing an InputError that names the file and the line and column. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const syntax = findJsonSyntaxError(text);
    if (syntax) throw new InputError(`${file}:${syntax.line}:${syntax.column}: not valid JSON at ${describeJsonSyntaxError(syntax)}; expected a JSON scenario object`);
    const raw = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    throw new InputError(`${file}: not valid JSON: ${raw}; expected a JSON scenario object`);
  }
}

/** Most error lines printed per file; the rest are counted ("… and 4,812 more"). */
export const MAX_ERROR_LINES = 20;

/** One line per validation error: `file: path: message`, at most MAX_ERROR_LINES and a count of the rest. */
export function formatValidationErrors(file: string, errors: ValidationError[]): string {
  return capErrors(errors, MAX_ERROR_LINES)
    .map((e) => `${file}: ${e.path || '(document)'}: ${e.message}`)
    .join('\n');
}

/** Reads and validates a scenario file; throws InputError on any problem. */
export async function loadScenarioFile(file: string, cwd: string): Promise<LoadedScenario> {
  const absolutePath = resolve(cwd, file);
  const shown = file;
  let size: number;
  try {
    const st = await stat(absolutePath);
    if (st.isDirectory()) throw new InputError(`${shown}: is a directory; expected a scenario .json file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${shown}: cannot read the file (${describeFsError(e)}); expected a readable scenario .json file`);
  }
  if (size > MAX_SCENARIO_BYTES) {
    throw new InputError(`${shown}: the file is ${(size / 1024 / 1024).toFixed(1)} MB; expected a scenario of at most ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`);
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(absolutePath);
  } catch (e) {
    throw new InputError(`${shown}: cannot read the file (${describeFsError(e)}); expected a readable scenario .json file`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new InputError(`${shown}: the file is not UTF-8 text; expected a JSON scenario saved as UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const json = parseJsonText(shown, text);
  const result = validateScenario(json);
  if (!result.ok) throw new InputError(formatValidationErrors(shown, result.errors));
  return { file: shown, absolutePath, scenario: result.scenario };
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? (e instanceof Error ? e.message : String(e));
}

/** A path relative to `cwd` when that is shorter, for messages. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && rel.length < path.length ? rel : path;
}
