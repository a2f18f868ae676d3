/**
 * The scenarios' sources live in the repository: every `sources` entry of every bundled
 * scenario cites a key of scenarios/sources.md (the facts in our words, with where they were
 * published), so a clone holds every citation it needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../scenarios/', import.meta.url);
const sourcesMd = readFileSync(new URL('sources.md', DIR), 'utf8');

/** The keys of scenarios/sources.md: the first cell of each table row, in backquotes. */
const KEYS = new Set([...sourcesMd.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]));

const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, json: JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { sources?: unknown } }));

describe('scenarios/sources.md', () => {
  it('has keys, each with a fact and where it was published', () => {
    expect(KEYS.size).toBeGreaterThan(30);
    for (const row of sourcesMd.matchAll(/^\| `([^`]+)` \| ([^|]*) \| ([^|]*) \|$/gm)) {
      expect(row[2].trim().length, row[1]).toBeGreaterThan(10);
      expect(row[3].trim().length, row[1]).toBeGreaterThan(3);
    }
  });

  it.each(scenarios.map((s) => [s.file, s.json] as const))('every source of %s resolves to an entry', (_file, json) => {
    const sources = json.sources;
    expect(Array.isArray(sources)).toBe(true);
    const unresolved = (sources as unknown[]).filter((entry) => {
      if (typeof entry !== 'string') return true;
      const key = /^(\S+) — \S/.exec(entry)?.[1];
      return !key || !KEYS.has(key);
    });
    expect(unresolved).toEqual([]);
  });
});
