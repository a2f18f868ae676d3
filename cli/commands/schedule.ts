/** `lanesim schedule`: a flight or bus table (CSV or XLSX) into a scenario's arrivals. */
import { resolve } from 'node:path';
import { validateScenario } from '../../sim/index.js';
import { classNamesOf, parseSchedule, scheduleToScenario, type ScheduleIssue } from '../../sim/schedule/index.js';
import { formatScheduleIssue, scheduleNoteText } from '../../present/words/schedule-words.js';
import { choiceOption, expectPositionals, parseArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, InputError } from '../errors.js';
import { parseJsonText } from '../load-scenario.js';
import { writeAtomic } from '../out-dir.js';
import { loadScheduleTable } from '../schedule-file.js';
import { readFile } from 'node:fs/promises';

const NAME = 'schedule';

export const scheduleCommand: Command = {
  name: NAME,
  summary: 'turn a flight or bus schedule (CSV or XLSX) into a scenario',
  help: `Usage: lanesim schedule <file.csv|file.xlsx> [--into base.json] [-o scenario.json] [options]

Reads a flight or bus table and writes a scenario whose arrivals are its rows: each
flight deplanes at the rate of its aircraft body and walks from its stand (contact or
remote, apron bus), each bus unloads and its travellers walk to the hall — defaults with
their sources in scenarios/schedules/README.md. Times become clock times ("at": "08:30")
from the scenario's startTime (the base scenario's, else the hour before the first row).
Departure rows (--direction departure) become departing flights: each passenger reaches
the lane by the default show-up profile before STD and must be through it by the cut-off,
45 min before STD (docs/model-reference.md); import them into an exit lane.

Columns are found by header, in English or Chinese, in any order and case: flight or
vehicle id (Flight, 航班号, Vehicle, 车次), time (STA, STD, Time, 计划到达, 计划起飞; HH:MM
or a date and time), passengers (Passengers, 旅客人数) or seats with a load factor (Seats,
座位数, Load factor, 客座率), aircraft type (Aircraft, 机型), stand (Stand, 近机位/远机位),
origin or destination, direction (A/D, 进港/出港), and class shares in columns named
like the base scenario's classes. Unknown columns are listed, not fatal. Files: CSV in
UTF-8 (with or without BOM) or GB18030, tab-separated text, XLSX.

Any bad row (a time such as 25:61, a negative or absurd passenger count, a duplicate
flight, a missing column) is reported with file, row and column, and nothing is written.

Options:
      --into FILE         the scenario whose lane (stations, classes) the arrivals feed;
                          its arrivals are replaced (default: a placeholder lane of 8 desks)
  -o, --out FILE          write the scenario there (default: print it)
  -d, --direction D       arrival or departure: which rows to take when the table has both
      --sheet NAME        the XLSX sheet to read (default: the first)
  -h, --help              show this help

Examples:
  lanesim schedule scenarios/schedules/heihe-buses-day.csv --into scenarios/heihe-road-port.json -o heihe-day.json
  lanesim schedule flights.xlsx --into scenarios/harbin-t1-entry-smart.json --direction arrival -o day.json
  lanesim schedule scenarios/schedules/harbin-t1-international-day.csv --into scenarios/harbin-t1-exit-classic.json --direction departure -o departures.json
  lanesim run day.json

Exit codes: 0 ok, 1 unreadable or invalid file (every problem listed), 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(
      argv,
      [{ name: 'into' }, { name: 'out', short: 'o' }, { name: 'direction', short: 'd' }, { name: 'sheet' }],
      NAME,
    );
    const [file] = expectPositionals(
      args,
      1,
      1,
      'the schedule file (lanesim schedule <file.csv|file.xlsx>)',
      NAME,
    );
    const into = stringOption(args, 'into');
    const out = stringOption(args, 'out');
    const dirOpt = args.options.has('direction')
      ? choiceOption(
          args,
          'direction',
          ['arrival', 'departure', 'arrivals', 'departures'] as const,
          'arrival',
          NAME,
        )
      : undefined;
    const direction =
      dirOpt === undefined ? undefined : dirOpt.startsWith('arrival') ? 'arrival' : 'departure';
    let base: Record<string, unknown> | null = null;
    if (into) {
      let text: string;
      try {
        text = await readFile(resolve(io.cwd, into), 'utf8');
      } catch (e) {
        throw new InputError(
          `${into}: cannot read the file (${(e as { code?: string }).code ?? String(e)}); expected a scenario .json file`,
        );
      }
      const json = parseJsonText(into, text);
      const v = validateScenario(json);
      if (!v.ok)
        throw new InputError(v.errors.map((e) => `${into}: ${e.path || '(root)'}: ${e.message}`).join('\n'));
      base = json as Record<string, unknown>;
    }
    const formatIssue = (e: ScheduleIssue) => formatScheduleIssue(file, e, 'en');
    const loaded = await loadScheduleTable(file, io.cwd, stringOption(args, 'sheet'));
    const parsed = parseSchedule(loaded.table, { classNames: classNamesOf(base) });
    if (parsed.errors.length > 0)
      throw new InputError(
        parsed.errors.map((e) => formatIssue(e)).join('\n') + `\n${file}: nothing imported`,
      );
    const built = scheduleToScenario(parsed, { base, direction, fileName: file.replace(/^.*[\\/]/, '') });
    if (!built.ok)
      throw new InputError(
        built.errors.map((e) => formatIssue(e)).join('\n') + `\n${file}: nothing imported`,
      );
    const check = validateScenario(built.value.scenario);
    if (!check.ok)
      throw new InputError(
        check.errors.map((e) => `${file} → scenario: ${e.path}: ${e.message}`).join('\n') +
          `\n${file}: nothing imported`,
      );
    const text = JSON.stringify(built.value.scenario, null, 2) + '\n';
    if (out) {
      try {
        await writeAtomic(resolve(io.cwd, out), text);
      } catch (e) {
        throw new InputError(
          `${out}: cannot write the file (${(e as { code?: string }).code ?? String(e)}); expected a writable path`,
        );
      }
    } else io.stdout.write(text);
    const { entries, passengers } = built.value;
    const what = parsed.kind === 'flight' ? 'flight' : 'vehicle';
    io.stderr.write(
      `${file} (${loaded.how}): ${entries.length} ${what}${entries.length === 1 ? '' : 's'}, ${passengers.toLocaleString('en')} passengers, ${built.value.direction}s from ${String(built.value.scenario.startTime)}${out ? ` → ${out}` : ''}\n`,
    );
    if (parsed.unknownColumns.length > 0)
      io.stderr.write(
        `${file}: columns not used: ${parsed.unknownColumns.map((c) => `"${c}"`).join(', ')}\n`,
      );
    for (const n of parsed.assumed) io.stderr.write(`${file}: assumed: ${scheduleNoteText(n, 'en')}\n`);
    return EXIT_OK;
  },
};
