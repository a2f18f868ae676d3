/**
 * Where a command writes: stdout for results, stderr for messages and progress. Passed in
 * (never read from `process` inside a command) so tests can run commands in-process and
 * capture exactly what a user would see.
 */

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
}

/** The real terminal. */
export function nodeIo(): CliIo {
  return {
    stdout: { write: (t) => void process.stdout.write(t) },
    stderr: { write: (t) => void process.stderr.write(t) },
    isTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns || 80,
    cwd: process.cwd(),
    now: () => performance.now(),
  };
}

/** An in-memory terminal for tests and for composing commands. */
export function memoryIo(options: { isTTY?: boolean; cwd?: string; now?: () => number } = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t) => void (out += t) },
    stderr: { write: (t) => void (err += t) },
    isTTY: options.isTTY ?? false,
    columns: 80,
    cwd: options.cwd ?? process.cwd(),
    now: options.now ?? (() => performance.now()),
    out: () => out,
    err: () => err,
  };
}
