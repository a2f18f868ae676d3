/**
 * The lazy CLI: `dist/cli.mjs` statically loads only the dispatcher; each command, the
 * simulation core and the report with ECharts are chunks loaded on use, so `lanesim
 * --version` and `lanesim --help` parse almost nothing. Follows the static imports of the
 * built entry and checks what they reach; the registry's summaries match the commands'.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../cli/commands/index.js';
import { ensureBuilt, lanesim, ROOT } from './helpers.js';

beforeAll(ensureBuilt);

/** Every file reached from `file` by static `import … from "./…"` (not `import("…")`). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s*"(\.[^"]+)"/g)) staticClosure(join(dirname(file), m[1]), seen);
  return seen;
}

describe('lazy CLI', () => {
  it('the entry statically reaches neither the model, the report, ECharts nor any command', () => {
    const files = [...staticClosure(join(ROOT, 'dist/cli.mjs'))];
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text.length).toBeLessThan(40_000);
    for (const needle of ['echarts', 'LaneReplication', 'runReportHtml', 'simple-statistics', 'zod']) expect(text, needle).not.toContain(needle);
    // …while the commands are there to load.
    expect(readFileSync(join(ROOT, 'dist/cli.mjs'), 'utf8')).toMatch(/import\("\.\/cli-chunks\/run-[\w-]+\.mjs"\)/);
  });

  it('prints the version and the overview without loading a command', () => {
    const v = lanesim(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^lanesim \d+\.\d+\.\d+\n$/);
  });

  it.each(commands.map((c) => [c.name, c] as const))('%s: the registry summary is the command’s', async (_name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(entry.name);
    expect(command.summary).toBe(entry.summary);
  });
});
