/**
 * `--workers N`: how many worker threads the commands that run replications use. Default
 * one per core; 1 runs in the command's own thread. Results are byte-identical for every N.
 */
import { intOption, type OptionSpec, type ParsedArgs } from './args.js';
import type { CliIo } from './io.js';

export const MAX_WORKERS = 256;

export const WORKERS_OPTIONS: OptionSpec[] = [{ name: 'workers' }];

export const WORKERS_HELP = `      --workers N        worker threads (default: one per core; 1 runs in this thread);
                         results are identical for every N`;

/** The worker count from --workers, else one per core. */
export function workersSetting(args: ParsedArgs, io: CliIo, command: string): number {
  return intOption(args, 'workers', 1, MAX_WORKERS, command) ?? Math.max(1, Math.min(MAX_WORKERS, io.cores ?? 1));
}
