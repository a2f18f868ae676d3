/** Spawning the real `lanesim` for sweep/plan tests, with a bundle no older than the sources. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import type { Scenario } from '../../../sim/index.js';

export { lanesim, STACK_LINE, stderrBesidesProgress } from '../helpers.js';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli.mjs when it is missing or older than cli/ and sim/. */
export function ensureFresh(): void {
  const bundle = join(ROOT, 'dist/cli.mjs');
  let built = 0;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= Math.max(newestSource(join(ROOT, 'cli')), newestSource(join(ROOT, 'sim')))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
}

/** Writes scenarios into a fresh temporary folder; returns the folder. */
export function writeScenarios(files: Record<string, Scenario | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lanesim-sweep-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return dir;
}
