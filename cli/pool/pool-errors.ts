/**
 * How a pooled command fails: Ctrl-C (exit 130, like a shell's interrupted command), or a
 * worker thread that died (out of memory, a crash) — the command fails with the worker's
 * own message instead of hanging on a result that will never come.
 */
import { CliError, EXIT_INVALID } from '../errors.js';

/** 128 + SIGINT: what shells report for a command stopped with Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

export class InterruptedError extends CliError {
  constructor(command: string) {
    super(EXIT_INTERRUPTED, `lanesim ${command}: interrupted; workers stopped, nothing written`);
    this.name = 'InterruptedError';
  }
}

export class WorkerCrashError extends CliError {
  constructor(message: string) {
    super(EXIT_INVALID, message);
    this.name = 'WorkerCrashError';
  }
}
