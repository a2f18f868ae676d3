/**
 * Where the worker bundle is. The CLI runs bundled (dist/cli.mjs, this code in one of its
 * chunks in dist/cli-chunks/, the worker entry as dist/cli-worker.mjs); tests may import cli/
 * from source, and then the worker is the built dist/cli-worker.mjs of the same checkout
 * (`npm run build:cli` makes both).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT_INVALID } from '../errors.js';

export const WORKER_BUNDLE = 'cli-worker.mjs';

/** The worker bundle's path; a clear error when the command line was not built. */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const dir = dirname(here);
  const path = here.endsWith('.mjs') ? join(basename(dir) === 'cli-chunks' ? dirname(dir) : dir, WORKER_BUNDLE) : join(dir, '../../dist', WORKER_BUNDLE);
  if (!existsSync(path)) throw new CliError(EXIT_INVALID, `lanesim: the worker bundle ${path} is missing; run \`npm run build:cli\` (or use --workers 1)`);
  return path;
}
