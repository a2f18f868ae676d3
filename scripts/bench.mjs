#!/usr/bin/env node
/**
 * Builds and runs bench/run-benchmarks.ts (engine and replay benchmarks). The replay bench
 * drives Debian's Chromium and serves the built replay page, so the renderer is built first.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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
execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
