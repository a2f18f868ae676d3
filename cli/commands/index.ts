/**
 * The registry of `lanesim` commands. To add one, write `cli/commands/<name>.ts` exporting a
 * `Command` (cli/command.ts: name, summary, help with examples, run(args, io) → exit code)
 * and append an entry (name, summary, lazy `load`) to `commands` below; main.ts dispatches by name and prints the overview.
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
import { makeHelpCommand } from './help.js';

/**
 * A command as the registry knows it: its name and summary (for the overview) and how to
 * load it. Commands are loaded on use, so `lanesim --version` or `lanesim validate` never
 * parse the simulation, the report or the charts they do not need (the CLI bundle is split
 * per command by esbuild). A test checks each summary equals the loaded command's.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'run', summary: 'simulate a scenario and report clearance times, waits and queues', load: async () => (await import('./run.js')).runCommand },
  { name: 'compare', summary: 'run scenarios side by side and test which is better (paired, 95 %)', load: async () => (await import('./compare.js')).compareCommand },
  {
    name: 'sweep',
    summary: 'run a scenario over values of one or two parameters and report a metric against them',
    load: async () => (await import('./sweep.js')).sweepCommand,
  },
  {
    name: 'plan',
    summary: 'find the fewest servers at chosen stations that meet a level-of-service target',
    load: async () => (await import('./plan.js')).planCommand,
  },
  {
    name: 'staff',
    summary: 'the fewest servers per interval of the day that keep a wait target, by simulation',
    load: async () => (await import('./staff.js')).staffCommand,
  },
  {
    name: 'roster',
    summary: 'a duty roster of allowed shifts covering the staffing requirement (MILP, HiGHS)',
    load: async () => (await import('./roster.js')).rosterCommand,
  },
  {
    name: 'consolidate',
    summary: 'merge stations on one path into one checkpoint (derives the consolidated lane)',
    load: async () => (await import('./consolidate.js')).consolidateCommand,
  },
  {
    name: 'gather',
    summary: 'combine the partial results of sharded runs, compares or sweeps into one result',
    load: async () => (await import('./gather.js')).gatherCommand,
  },
  { name: 'split', summary: 'split a merged station back into the stations it was made of', load: async () => (await import('./split.js')).splitCommand },
  { name: 'schedule', summary: 'turn a flight or bus schedule (CSV or XLSX) into a scenario', load: async () => (await import('./schedule.js')).scheduleCommand },
  { name: 'validate', summary: 'check scenario files and report every problem with its JSON path', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'bench', summary: 'measure engine speed: events per second, ratio to a bare heap loop', load: async () => (await import('./bench.js')).benchCommand },
];

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

const helpEntry: CommandEntry = { name: helpCommand.name, summary: helpCommand.summary, load: async () => helpCommand };

/** Finds a command by name, including `help`; load it with `load()`. */
export function findCommand(name: string): CommandEntry | undefined {
  return name === helpCommand.name ? helpEntry : commands.find((c) => c.name === name);
}
