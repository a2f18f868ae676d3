/**
 * The lazy CLI: `dist/cli.mjs` statically loads only the dispatcher; each command, the
 * simulation core and the report with ECharts are chunks loaded on use, so `lanesim
 * --version` and `lanesim --help` parse almost nothing. Follows the static imports of the
 * built entry and checks what they reach; the registry's summaries match the commands'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
    for (const needle of ['echarts', 'LaneReplication', 'runReportHtml', 'simple-statistics', 'zod', 'org.eclipse.elk']) expect(text, needle).not.toContain(needle);
    // …while the commands are there to load.
    expect(readFileSync(join(ROOT, 'dist/cli.mjs'), 'utf8')).toMatch(/import\("\.\/cli-chunks\/run-[\w-]+\.mjs"\)/);
  });

  it('the lane layout engine (elkjs, about 3 MB unminified) is a chunk of its own: neither `run` nor the report reach it statically, the report loads it on use', () => {
    const chunks = readdirSync(join(ROOT, 'dist/cli-chunks'));
    const elk = chunks.filter((f) => readFileSync(join(ROOT, 'dist/cli-chunks', f), 'utf8').includes('org.eclipse.elk'));
    expect(elk).toHaveLength(1);
    for (const name of ['run', 'report']) {
      const chunk = chunks.find((f) => f.startsWith(`${name}-`));
      expect(chunk, name).toBeDefined();
      const reached = [...staticClosure(join(ROOT, 'dist/cli-chunks', chunk as string))].map((f) => basename(f));
      expect(reached, name).not.toContain(elk[0]);
    }
    const report = readFileSync(join(ROOT, 'dist/cli-chunks', chunks.find((f) => f.startsWith('report-')) as string), 'utf8');
    expect(report).toContain(`import("./${elk[0]}")`);
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
