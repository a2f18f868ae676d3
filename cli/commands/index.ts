/**
 * The registry of `lanesim` commands. To add one, write `cli/commands/<name>.ts` exporting a
 * `Command` (cli/command.ts: name, summary, help with examples, run(args, io) → exit code)
 * and append it to `commands` below; main.ts dispatches by name and prints the overview.
 *
 * Shared pieces a command should reuse rather than rewrite:
 * - cli/args.ts            parseArgs(argv, specs, name); intOption, choiceOption,
 *                          numberListOption, stringOption, expectPositionals (usage errors, exit 2)
 * - cli/common-options.ts  RUN_OPTIONS / RUN_OPTIONS_HELP / runSettings: --replications,
 *                          --seed, --format table|json|csv, --allow-overload
 * - cli/load-scenario.ts   loadScenarioFile(file, io.cwd) → validated scenario, or InputError
 *                          "file: json.path: expected …" (exit 1); parseJsonText, formatValidationErrors
 * - cli/simulate.ts        simulate(loaded, runOptions, io): runDetailed with the progress bar;
 *                          SimulationError (e.g. 'unstable') → InputError naming the file
 * - cli/progress.ts        ProgressBar(io, label).update(done, total) / done(): stderr, TTY only, after 1 s
 * - cli/table.ts           formatTable(columns, rows): aligned plain-text tables (CJK-aware)
 * - present/format.ts      fmtSeconds, fmtSecondsAndDuration, fmtInterval, fmtSigned, fmtPercent, fmtInt (the same rules as the UI)
 * - cli/out-dir.ts         writeOutDir(dir, cwd, result, log), resultJson(result)
 * - cli/errors.ts          InputError (exit 1), UsageError (exit 2), EXIT_* codes
 * - cli/io.ts              CliIo (stdout, stderr, isTTY, columns, cwd, now), nodeIo(), memoryIo()
 * - sim/export/            CSV builders (summaryCsv, stationsCsv, passengersCsv, timeseriesCsv,
 *                          comparisonCsv, toCsv) shared with the UI's export
 */
import type { Command } from '../command.js';
import { benchCommand } from './bench.js';
import { compareCommand } from './compare.js';
import { consolidateCommand } from './consolidate.js';
import { makeHelpCommand } from './help.js';
import { planCommand } from './plan.js';
import { runCommand } from './run.js';
import { splitCommand } from './split.js';
import { sweepCommand } from './sweep.js';
import { validateCommand } from './validate.js';

export const commands: Command[] = [runCommand, compareCommand, sweepCommand, planCommand, consolidateCommand, splitCommand, validateCommand, benchCommand];

/** The overview printed by `lanesim`, `lanesim --help` and `lanesim help`. */
export function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = [...commands, helpCommand].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `lanesim — passenger-flow simulation of port-of-entry inspection lanes

Usage: lanesim <command> [arguments] [options]

Commands:
${lines.join('\n')}

Run \`lanesim <command> --help\` for a command's options and examples.

Examples:
  lanesim validate scenarios/*.json
  lanesim run scenarios/harbin-t1-entry-smart.json
  lanesim compare scenarios/harbin-t1-entry-classic.json scenarios/harbin-t1-entry-smart.json

Exit codes: 0 ok, 1 invalid input (the message names file, JSON path and expectation), 2 usage.
`;
}

export const helpCommand: Command = makeHelpCommand(() => commands, overview);

/** Finds a command by name, including `help`. */
export function findCommand(name: string): Command | undefined {
  return name === helpCommand.name ? helpCommand : commands.find((c) => c.name === name);
}
