/**
 * Where a command writes: stdout for results, stderr for messages and progress. Passed in
 * (never read from `process` inside a command) so tests can run commands in-process and
 * capture exactly what a user would see. Both escape control characters on the way out
 * (terminal-text.ts), so no scenario text can drive a terminal.
 */
import { availableParallelism } from 'node:os';
import { escapeForStderr, escapeForStdout } from './terminal-text.js';

export interface Writer {
  write(text: string): void;
}

export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** Whether stderr is a terminal: progress bars are drawn only then. */
  isTTY: boolean;
  /** Width of the terminal in columns, for the progress bar. */
  columns: number;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Wall clock in milliseconds (for timings and the progress bar's one-second delay). */
  now(): number;
  /** Aborted on Ctrl-C; commands that read it stop their workers and exit 130. */
  readonly signal?: AbortSignal;
  /** Cores to use by default (`--workers`); one when omitted. */
  cores?: number;
}

/**
 * An AbortSignal for Ctrl-C, installed on first use: until a command asks for it, Ctrl-C
 * ends the process at once as usual. A second Ctrl-C ends it at once too (exit 130).
 */
function interruptSignal(): () => AbortSignal {
  let controller: AbortController | null = null;
  return () => {
    if (controller) return controller.signal;
    const c = new AbortController();
    controller = c;
    process.on('SIGINT', () => {
      if (c.signal.aborted) process.exit(130);
      c.abort(new Error('interrupted'));
    });
    return c.signal;
  };
}

/** The real terminal. */
export function nodeIo(): CliIo {
  const signal = interruptSignal();
  return {
    get signal() {
      return signal();
    },
    cores: availableParallelism(),
    stdout: { write: (t) => void process.stdout.write(escapeForStdout(t)) },
    stderr: { write: (t) => void process.stderr.write(escapeForStderr(t)) },
    isTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns || 80,
    cwd: process.cwd(),
    now: () => performance.now(),
  };
}

/** An in-memory terminal for tests and for composing commands. */
export function memoryIo(options: { isTTY?: boolean; cwd?: string; now?: () => number; signal?: AbortSignal; cores?: number } = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t) => void (out += escapeForStdout(t)) },
    stderr: { write: (t) => void (err += escapeForStderr(t)) },
    isTTY: options.isTTY ?? false,
    columns: 80,
    cwd: options.cwd ?? process.cwd(),
    now: options.now ?? (() => performance.now()),
    signal: options.signal,
    cores: options.cores,
    out: () => out,
    err: () => err,
  };
}
