/** `lanesim help [command]`: the overview, or one command's help. */
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';

/** Built by the registry, which knows every command. */
export function makeHelpCommand(all: () => ReadonlyArray<{ name: string; load(): Promise<Command> }>, overview: () => string): Command {
  return {
    name: 'help',
    summary: 'show help for lanesim or one command',
    help: `Usage: lanesim help [command]

Examples:
  lanesim help
  lanesim help run
`,
    async run(argv, io) {
      if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
        io.stdout.write(overview());
        return EXIT_OK;
      }
      const entry = all().find((c) => c.name === argv[0]);
      if (!entry) throw new UsageError(`unknown command "${argv[0]}"`);
      io.stdout.write((await entry.load()).help);
      return EXIT_OK;
    },
  };
}
