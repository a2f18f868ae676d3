/**
 * The partial result a shard writes (`lanesim/partial@1`): which work it is (command,
 * scenarios with their hashes, seed, settings, engine version), which slice (K of N), the
 * slice's block statistics (payload) and a SHA-256 checksum over all of it. It carries the
 * scenarios themselves, so `lanesim gather` needs nothing but the partial files.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, ENGINE_VERSION, type Scenario } from '../../sim/index.js';
import type { Encoded } from './payload-codec.js';
import type { Shard } from './shard-option.js';

export const PARTIAL_FORMAT = 'lanesim/partial@1';

export type PartialCommand = 'run' | 'compare' | 'sweep';

export interface PartialScenario {
  /** The file as the shard's command line named it (for messages and the table). */
  file: string;
  hash: string;
  scenario: Scenario;
}

export interface PartialDoc {
  format: typeof PARTIAL_FORMAT;
  engine: string;
  command: PartialCommand;
  /** The scenario's hash; for compare, the hash of the scenarios' hashes in order. */
  scenarioHash: string;
  seed: number;
  slice: Shard;
  /** Everything else that shapes the numbers (replications, overload, sweep parameters…). */
  settings: Record<string, unknown>;
  scenarios: PartialScenario[];
  /** Wall time of this slice. */
  wallMs: number;
  /** Per job (scenario or sweep point): its range of replications and encoded blocks, or a finding. */
  payload: Encoded;
  /** "sha256:" + hex of the canonical JSON of every other field. */
  checksum: string;
}

/** SHA-256 of a value's canonical JSON. */
export function sha256Hex(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The combined hash of several scenarios (compare), order kept. */
export function scenariosHash(hashes: readonly string[]): string {
  return hashes.length === 1 ? hashes[0] : sha256Hex(hashes);
}

/** The checksum a document should carry. */
export function partialChecksum(doc: Omit<PartialDoc, 'checksum'> | PartialDoc): string {
  const rest: Record<string, unknown> = { ...doc };
  delete rest.checksum;
  return `sha256:${sha256Hex(rest)}`;
}

/** A complete partial document, checksum included. */
export function makePartial(fields: Omit<PartialDoc, 'format' | 'engine' | 'checksum'>): PartialDoc {
  const doc = { format: PARTIAL_FORMAT, engine: ENGINE_VERSION, ...fields } as const;
  return { ...doc, checksum: partialChecksum(doc) };
}

/** The JSON text of a partial (one line: partials are for machines, and can be large). */
export function partialJson(doc: PartialDoc): string {
  return JSON.stringify(doc) + '\n';
}
