/**
 * Reading one partial file at the edge: missing, huge, not JSON, not a partial, a field
 * of the wrong type, a checksum that does not match (a truncated copy, a flipped bit, a hand
 * edit) — each becomes a message naming the file and what was wrong. The scenarios inside
 * are validated again like any scenario file.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeJsonSyntaxError, findJsonSyntaxError, scenarioHash, validateScenario, type Scenario } from '../../sim/index.js';
import { PARTIAL_FORMAT, partialChecksum, type PartialCommand, type PartialDoc } from './partial.js';
import { MAX_SHARDS } from './shard-option.js';
import type { Encoded } from './payload-codec.js';

/** Larger than any sensible partial (a slice of 10,000 replications of a busy day). */
export const MAX_PARTIAL_BYTES = 512 * 1024 * 1024;

const COMMANDS: readonly PartialCommand[] = ['run', 'compare', 'sweep'];

/** A file that is not a usable partial: `reason` says why (the file is named by the caller). */
export class PartialFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'PartialFileError';
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return JSON.stringify(v).slice(0, 40);
}

/** Checks the envelope of a parsed partial; returns the document or throws PartialFileError. */
export function checkPartial(file: string, json: unknown): PartialDoc {
  const fail = (path: string, expected: string, got: unknown): never => {
    throw new PartialFileError(file, `${path}: expected ${expected}, got ${describe(got)}`);
  };
  if (!isRecord(json)) fail('(document)', `a ${PARTIAL_FORMAT} object`, json);
  const d = json as Record<string, unknown>;
  if (d.format !== PARTIAL_FORMAT)
    fail('format', `"${PARTIAL_FORMAT}" (a partial result written by lanesim … --shard K/N)`, d.format);
  if (typeof d.engine !== 'string') fail('engine', 'the engine version', d.engine);
  if (!COMMANDS.includes(d.command as PartialCommand)) fail('command', COMMANDS.join(', '), d.command);
  if (typeof d.scenarioHash !== 'string' || !/^[0-9a-f]{64}$/.test(d.scenarioHash))
    fail('scenarioHash', 'a SHA-256 hex digest', d.scenarioHash);
  if (!Number.isInteger(d.seed) || (d.seed as number) < 0 || (d.seed as number) > 0xffffffff)
    fail('seed', 'a whole number from 0 to 4294967295', d.seed);
  const slice = d.slice;
  if (!isRecord(slice)) fail('slice', 'an object {index, count}', slice);
  const s = slice as Record<string, unknown>;
  if (!Number.isInteger(s.count) || (s.count as number) < 1 || (s.count as number) > MAX_SHARDS)
    fail('slice.count', `a whole number from 1 to ${MAX_SHARDS}`, s.count);
  if (!Number.isInteger(s.index) || (s.index as number) < 1 || (s.index as number) > (s.count as number))
    fail('slice.index', `a whole number from 1 to slice.count (${s.count as number})`, s.index);
  if (!isRecord(d.settings)) fail('settings', 'an object', d.settings);
  if (typeof d.wallMs !== 'number' || !(d.wallMs >= 0)) fail('wallMs', 'a number ≥ 0', d.wallMs);
  if (!isRecord(d.payload)) fail('payload', 'an object', d.payload);
  if (typeof d.checksum !== 'string') fail('checksum', '"sha256:…"', d.checksum);
  if (d.checksum !== partialChecksum(d as unknown as PartialDoc)) {
    throw new PartialFileError(
      file,
      'checksum: does not match the content (the file was truncated, corrupted or edited after the shard wrote it)',
    );
  }
  if (!Array.isArray(d.scenarios) || d.scenarios.length === 0)
    fail('scenarios', 'a non-empty array', d.scenarios);
  const scenarios = (d.scenarios as unknown[]).map((entry, i) => {
    if (!isRecord(entry)) return fail(`scenarios[${i}]`, 'an object {file, hash, scenario}', entry);
    if (typeof entry.file !== 'string') fail(`scenarios[${i}].file`, 'a file name', entry.file);
    const v = validateScenario(entry.scenario);
    if (!v.ok)
      throw new PartialFileError(
        file,
        `scenarios[${i}].scenario.${v.errors[0].path}: ${v.errors[0].message}`,
      );
    const hash = scenarioHash(v.scenario);
    if (entry.hash !== hash)
      fail(`scenarios[${i}].hash`, `the scenario's own hash ${hash.slice(0, 12)}…`, entry.hash);
    return { file: entry.file as string, hash, scenario: v.scenario as Scenario };
  });
  return { ...(d as unknown as PartialDoc), payload: d.payload as Encoded, scenarios };
}

/** Reads and checks a partial file; throws PartialFileError naming the file and the reason. */
export async function readPartialFile(file: string, cwd: string): Promise<PartialDoc> {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory())
      throw new PartialFileError(file, 'is a directory; expected a partial result .json file');
    size = st.size;
  } catch (e) {
    if (e instanceof PartialFileError) throw e;
    throw new PartialFileError(file, `cannot read the file (${(e as { code?: string }).code ?? String(e)})`);
  }
  if (size > MAX_PARTIAL_BYTES)
    throw new PartialFileError(
      file,
      `the file is ${(size / 1024 / 1024).toFixed(0)} MB; expected a partial of at most ${MAX_PARTIAL_BYTES / 1024 / 1024} MB`,
    );
  if (size === 0) throw new PartialFileError(file, 'the file is empty (did the shard fail before writing?)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (e) {
    throw new PartialFileError(
      file,
      e instanceof TypeError
        ? 'not UTF-8 text; expected a partial result written by lanesim'
        : `cannot read the file (${(e as { code?: string }).code ?? String(e)})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const syntax = findJsonSyntaxError(text);
    throw new PartialFileError(file, `not valid JSON${syntax ? ` at ${describeJsonSyntaxError(syntax)}` : ''} (a truncated or corrupted partial?)`);
  }
  return checkPartial(file, json);
}
