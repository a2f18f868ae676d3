/**
 * docs/architecture.md is the map of the house: every repository path it names in
 * backquotes must exist, so the map cannot silently drift from the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/architecture.md', ROOT), 'utf8');

/** Backquoted words that look like a path into one of the repository's top-level folders. */
function namedPaths(text: string): string[] {
  const top = /^(sim|present|cli|renderer|electron|scenarios|docs|test|bench|scripts)\//;
  return [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]).filter((p) => top.test(p) && !p.includes('<') && !p.includes('*'));
}

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !existsSync(new URL(p, ROOT)))).toEqual([]);
  });
});
