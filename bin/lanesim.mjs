#!/usr/bin/env node
// The `lanesim` command: runs the bundled CLI (dist/cli.mjs, built by `npm run build:cli`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('lanesim: the command line is not built yet; run `npm run build:cli` (or `npm ci`) first.\n');
  process.exit(1);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
