/**
 * No production module imports itself round a circle. A cycle makes one module see another
 * half-initialised depending on which was loaded first (the validate ↔ semantic-checks circle
 * was one); the layer fences keep folders apart, this keeps files within a folder apart too.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, valueImports } from './import-graph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('import cycles', () => {
  it('finds none in sim/, present/, cli/, renderer/ and electron/', () => {
    const graph = importGraph(ROOT);
    expect(graph.size).toBeGreaterThan(200);
    expect(importCycles(graph)).toEqual([]);
  });

  it('reports a cycle of three files and a file importing itself, and nothing else', () => {
    const graph = new Map<string, string[]>([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('counts value imports and re-exports, not type-only imports or dynamic import()', () => {
    const code = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import { type C } from './c.js';",
      "import { type D, d } from './d.js';",
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "import './g.js';",
      "import fs from 'node:fs';",
      "const h = () => import('./h.js');",
    ].join('\n');
    expect(valueImports('x.ts', code)).toEqual(['./a.js', './d.js', './e.js', './g.js']);
  });
});
