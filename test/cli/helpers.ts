/** Spawning the real `lanesim` command (bin/lanesim.mjs → dist/cli.mjs), as a user would. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/lanesim.mjs');
export const SCENARIOS = join(ROOT, 'scenarios');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Builds the bundle when it is missing (npm test builds it before vitest runs). */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist/cli.mjs'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
}

/** Runs `lanesim …` in a child process; a hang fails the test after `timeoutMs`. */
export function lanesim(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace line such as "    at main (file:///…)". */
export const STACK_LINE = /^\s+at .+[(:]/m;

/**
 * Stderr without the plain progress lines a long job writes when stderr is not a terminal
 * (after ten seconds of real time: on a loaded machine even a small job may print one).
 * What is left is what a test can expect to be empty: warnings and errors.
 */
export function stderrBesidesProgress(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !/^(run|compare|sweep|plan|staff|roster) [^\n]*: [^\n]*\b\d+ s(, ~\d+ s left)?$/.test(line))
    .join('\n');
}

/**
 * A temporary folder (removed after the test file) holding `lane.json`: one queue desk of 8
 * servers with exponential 60 s service, fed by a Poisson schedule — the lane the staffing
 * and roster commands are tested on, each with its own load.
 */
export function oneDeskLane(
  prefix: string,
  name: string,
  arrivalsSeconds: number,
  schedule: Array<{ fromSeconds: number; ratePerHour: number }>,
): { dir: string; lane: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lane = join(dir, 'lane.json');
  writeFileSync(
    lane,
    JSON.stringify({
      format: 'lanesim/scenario@1',
      name,
      horizon: { arrivalsSeconds },
      classes: [{ id: 'all', share: 1 }],
      arrivals: [{ kind: 'poisson', schedule }],
      entry: 'desk',
      stations: [{ id: 'desk', mode: 'queue', servers: 8, service: { dist: 'exponential', mean: 60 }, next: 'exit' }],
    }),
  );
  return { dir, lane };
}
