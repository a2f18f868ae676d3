/** What a command is: its name, one-line summary, help text with examples, and how to run it. */
import type { CliIo } from './io.js';

export interface Command {
  name: string;
  /** One line for `lanesim --help`. */
  summary: string;
  /** Full help: usage line, options, examples. Printed by `lanesim <name> --help`. */
  help: string;
  /** Runs the command; resolves to the exit code. Usage and input errors are thrown as CliError. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
