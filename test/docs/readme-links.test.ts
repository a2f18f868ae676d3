/**
 * The maps are in the house: README.md, scenarios/README.md and docs/ name only files that
 * exist in a clone — no `../shared/…`, no path into a folder that is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const DOCS = ['README.md', 'scenarios/README.md', ...readdirSync(new URL('docs/', ROOT)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const TOP = /^(sim|present|cli|renderer|electron|scenarios|docs|test|bench|scripts|build|bin)\//;

/** Paths a document names: markdown link targets and backquoted repository paths. */
function named(text: string): string[] {
  const links = [...text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));
  const quoted = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]).filter((p) => TOP.test(p) && !/[<*{…]/.test(p));
  return [...links, ...quoted];
}

describe.each(DOCS)('%s', (doc) => {
  const text = readFileSync(new URL(doc, ROOT), 'utf8');

  it('points to nothing outside the repository', () => {
    expect(text).not.toMatch(/\.\.\/shared|`\.\.\//);
  });

  it('names only files that exist', () => {
    const base = doc.includes('/') && !doc.startsWith('docs/') ? new URL(doc.slice(0, doc.lastIndexOf('/') + 1), ROOT) : ROOT;
    const missing = named(text).filter((p) => !existsSync(new URL(p.replace(/:\d+$/, ''), TOP.test(p) ? ROOT : base)));
    expect(missing).toEqual([]);
  });
});
