/**
 * A stable fingerprint of a scenario: SHA-256 of its canonical JSON (keys sorted, no
 * whitespace). Two files that differ only in key order or formatting hash the same, so a
 * result can be matched to the lane that produced it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function scenarioHash(scenario: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(scenario))));
}
