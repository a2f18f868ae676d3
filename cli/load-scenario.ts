/**
 * Reading a scenario file from disk at the edge: every way a file can be wrong (missing,
 * a directory, huge, not UTF-8 JSON, invalid) becomes one InputError whose message names
 * the file, the JSON path (or line and column) and what was expected.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { capErrors, findJsonSyntaxError, jsonSyntaxProblem, validateScenario, type Scenario, type ValidationError } from '../sim/index.js';
import type { Language } from '../present/words/languages.js';
import { fileProblemText, validationLine, validationText, type FileProblem } from '../present/words/validation-words.js';
import { InputError } from './errors.js';

/** Larger than any sensible scenario (the biggest bundled one is a few kB). */
export const MAX_SCENARIO_BYTES = 16 * 1024 * 1024;

export interface LoadedScenario {
  /** The path as the user gave it, for messages. */
  file: string;
  absolutePath: string;
  scenario: Scenario;
}

/** Parses JSON text, throwing an InputError that names the file and the line and column (compiler style, `file:3:11:`). */
export function parseJsonText(file: string, text: string, lang: Language = 'en'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const syntax = findJsonSyntaxError(text);
    const c = lang === 'en' ? ': ' : '：';
    if (syntax) {
      const where = `${file}:${syntax.line}:${syntax.column}`;
      throw new InputError(`${where}${c}${validationText(jsonSyntaxProblem(syntax), lang)}${fileProblemText('expectedScenario', {}, lang)}`);
    }
    const raw = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    throw new InputError(`${file}${c}${fileProblemText('notJson', { reason: raw }, lang)}${fileProblemText('expectedScenario', {}, lang)}`);
  }
}

/** Most error lines printed per file; the rest are counted ("… and 4,812 more"). */
export const MAX_ERROR_LINES = 20;

/** One line per validation error: `file: path: what was expected` in `lang`, at most MAX_ERROR_LINES and a count of the rest. */
export function formatValidationErrors(file: string, errors: ValidationError[], lang: Language = 'en'): string {
  return capErrors(errors, MAX_ERROR_LINES)
    .map((e) => validationLine(e, lang, file))
    .join('\n');
}

/** Reads and validates a scenario file; throws InputError on any problem, worded in `lang`. */
export async function loadScenarioFile(file: string, cwd: string, lang: Language = 'en'): Promise<LoadedScenario> {
  const absolutePath = resolve(cwd, file);
  const shown = file;
  const c = lang === 'en' ? ': ' : '：';
  const fail = (code: FileProblem, values: Record<string, string | number> = {}) => new InputError(`${shown}${c}${fileProblemText(code, values, lang)}`);
  let size: number;
  try {
    const st = await stat(absolutePath);
    if (st.isDirectory()) throw fail('directory');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fail('unreadable', { reason: describeFsError(e) });
  }
  if (size > MAX_SCENARIO_BYTES) {
    throw fail('tooLarge', { mb: (size / 1024 / 1024).toFixed(1), max: MAX_SCENARIO_BYTES / 1024 / 1024 });
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(absolutePath);
  } catch (e) {
    throw fail('unreadable', { reason: describeFsError(e) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw fail('notUtf8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const json = parseJsonText(shown, text, lang);
  const result = validateScenario(json);
  if (!result.ok) throw new InputError(formatValidationErrors(shown, result.errors, lang));
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
