#!/usr/bin/env node
/**
 * Bundles the command line (cli/main.ts and the sim/ core it imports) into one ESM file,
 * dist/cli.mjs, so `npx lanesim` runs on plain Node 20 without a TypeScript loader.
 * Runs on `npm ci` (the "prepare" script) and before the tests.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'cli/main.ts')],
  outfile: join(root, 'dist/cli.mjs'),
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
