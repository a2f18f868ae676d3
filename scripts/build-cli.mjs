#!/usr/bin/env node
/**
 * Bundles the command line (cli/main.ts and the sim/ core it imports) into ESM files,
 * dist/cli.mjs and its chunks in dist/cli-chunks/, so `npx lanesim` runs on plain Node 20
 * without a TypeScript loader. Split per command (esbuild `splitting`): each command's code,
 * the report and ECharts load only when used, so `lanesim --version` parses almost nothing.
 * The worker-thread entry (cli/pool/worker.ts) is a second entry, dist/cli-worker.mjs, sharing
 * the chunks; tinypool stays external: it starts its threads from its own files in node_modules.
 * Runs on `npm ci` (the "prepare" script) and before the tests.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Chunk names carry a content hash: clear the old ones so stale chunks do not pile up.
await rm(join(root, 'dist/cli-chunks'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'cli/main.ts'), 'cli-worker': join(root, 'cli/pool/worker.ts') },
  // tinypool (worker threads) and exceljs (schedule import from .xlsx, large) load from node_modules.
  external: ['tinypool', 'exceljs'],
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'cli-chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __lanesimCreateRequire } from 'node:module'; const require = __lanesimCreateRequire(import.meta.url);" },
});
