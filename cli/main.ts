/**
 * `lanesim` entry point: picks the command, runs it, and maps every failure to an exit
 * code and one readable message — 1 for bad input, 2 for a bad command line — never a
 * stack trace. Exported as `main(argv, io)` so tests can run it in-process too.
 */
import { ENGINE_VERSION } from '../sim/version.js';
import { findCommand, overview } from './commands/index.js';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { nodeIo, type CliIo } from './io.js';

export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(overview());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h') {
    io.stdout.write(overview());
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`lanesim ${ENGINE_VERSION}\n`);
    return EXIT_OK;
  }
  const entry = findCommand(name);
  if (!entry) {
    io.stderr.write(`lanesim: unknown command "${name}"\nRun \`lanesim --help\` for the list of commands.\n`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`lanesim ${command.name}: ${e.message}\nRun \`lanesim ${e.command ?? command.name} --help\` for usage.\n`);
      return e.exitCode;
    }
    if (e instanceof CliError) {
      io.stderr.write(e.message.endsWith('\n') ? e.message : e.message + '\n');
      return e.exitCode;
    }
    // A bug, not the user's fault: still one line, no stack trace.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`lanesim ${command.name}: internal error: ${message}\nPlease report this with the scenario file.\n`);
    return EXIT_INVALID;
  }
}
