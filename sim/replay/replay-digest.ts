/**
 * The digest of a replay file: SHA-256 over the canonical JSON of what decides the story it
 * tells — scenario, seed, trace bound and the stored trace. A file edited after it was saved
 * (by hand, by a tool, by someone who wants a trainee to see another story) no longer
 * matches, and opens with a warning and the offer to rebuild the trace from scenario and seed.
 */
import { scenarioHash } from '../scenario/scenario-hash.js';

export interface DigestParts {
  scenario: unknown;
  seed: number;
  recordVisits: number | undefined;
  trace: unknown;
}

/** Hex SHA-256 of the parts, keys sorted (formatting and key order do not matter). */
export function replayDigest(parts: DigestParts): string {
  return scenarioHash({ scenario: parts.scenario, seed: parts.seed, recordVisits: parts.recordVisits ?? null, trace: parts.trace ?? null });
}
