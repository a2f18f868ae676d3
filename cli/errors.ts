/**
 * The command line's two kinds of failure and their exit codes (DESIGN.md, contract):
 * 1 for input the user must fix (the message names file, JSON path and expectation),
 * 2 for a command line that does not make sense (the message points to --help).
 */

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(exitCode: number, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Bad input: unreadable or invalid scenario file, a lane that cannot run. */
export class InputError extends CliError {
  constructor(message: string) {
    super(EXIT_INVALID, message);
    this.name = 'InputError';
  }
}

/** Bad command line: unknown command or option, missing argument, malformed value. */
export class UsageError extends CliError {
  /** The command whose help to point at, if any. */
  readonly command: string | null;
  constructor(message: string, command: string | null = null) {
    super(EXIT_USAGE, message);
    this.name = 'UsageError';
    this.command = command;
  }
}
