#!/usr/bin/env node
/**
 * Builds and runs bench/run-benchmarks.ts (process, engine, UI and replay benchmarks). The
 * process benchmark runs the built CLI and the UI benchmark the built workbench, so both are
 * built first; the replay bench builds its own page.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--ui` runs the UI benchmark alone: it needs the workbench built, not the CLI.
const uiOnly = process.argv.includes('--ui');
// The pool benchmark starts worker threads from the CLI's worker bundle (dist/cli-worker.mjs).
if (!uiOnly) execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit', cwd: root });
const outfile = join(root, 'dist/bench.mjs');
await build({
  entryPoints: [join(root, 'bench/run-benchmarks.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
if (!process.argv.includes('--quick') && !process.argv.includes('--pool')) execFileSync('npm', ['run', 'build:renderer'], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
