/**
 * `lanesim roster`: from the staffing requirement per interval (`lanesim staff`), a duty
 * roster of allowed shifts covering it with the fewest paid staff-hours, solved as a MILP by
 * HiGHS (the `highs` package, WebAssembly, loaded here in Node: the UI does not run rosters),
 * then a verification run of the lane with the roster's officers on duty as the station's
 * server schedule, interval by interval. `--csv` writes the roster, `--write` the scenario
 * with the roster as the station's servers. The model is sim/sweep/roster-model.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { SimulationError, type Scenario } from '../../sim/index.js';
import { formatPath } from '../../sim/scenario/validate.js';
import { buildRosterModel, readRoster, rosterCsv, shiftRulesSchema, type ShiftRules } from '../../sim/sweep/roster-model.js';
import { checkStaffing, DEFAULT_STAFFING_REPLICATIONS, planStaffing, toSchedule } from '../../sim/sweep/staffing.js';
import { parseStaffingInterval, parseStaffingTarget } from '../../sim/sweep/staffing-target.js';
import { fmtClock, fmtInt, fmtInterval, fmtSeconds, NO_VALUE } from '../../present/format.js';
import { choiceOption, expectPositionals, intOption, parseArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, InputError, UsageError } from '../errors.js';
import { loadScenarioFile } from '../load-scenario.js';
import { formatTable } from '../table.js';
import { reportLanguage, writeReportFile } from '../report-files.js';
import { ROSTER_FORMAT, type RosterDoc } from '../../sim/sweep/roster-doc.js';

const NAME = 'roster';
const FORMATS = ['table', 'json'] as const;
const OPTIONS = [
  { name: 'station' },
  { name: 'interval', short: 'i' },
  { name: 'target', short: 't' },
  { name: 'shifts' },
  { name: 'replications', short: 'r' },
  { name: 'seed', short: 's' },
  { name: 'csv' },
  { name: 'write', short: 'w' },
  { name: 'format', short: 'f' },
  { name: 'report' },
  { name: 'lang' },
];

interface HighsSolution {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, { Primal: number }>;
}

/** HiGHS, loaded once (CommonJS package with a WebAssembly file beside it). */
async function loadHighs(): Promise<{ solve(lp: string, options?: Record<string, unknown>): HighsSolution }> {
  const require = createRequire(import.meta.url);
  const loader = require('highs') as (settings?: object) => Promise<{ solve(lp: string, options?: Record<string, unknown>): HighsSolution }>;
  return loader();
}

function readShifts(file: string, cwd: string): ShiftRules {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not JSON (${(e as Error).message})`);
  }
  const r = shiftRulesSchema.safeParse(json);
  if (!r.success) throw new InputError(r.error.issues.map((i) => `${file}: ${formatPath(i.path) || '(document)'}: ${i.message}`).join('\n'));
  return r.data;
}

export const rosterCommand: Command = {
  name: NAME,
  summary: 'a duty roster of allowed shifts covering the staffing requirement (MILP, HiGHS)',
  help: `Usage: lanesim roster <scenario.json> --station ID --interval 30min --target "p95wait<=10min" --shifts rules.json [options]

Finds the staffing requirement per interval as \`lanesim staff\` does, then the roster of
allowed shifts that covers it in every interval with the fewest paid staff-hours, solved
exactly as an integer programme by HiGHS, and checks it with a verification run of the
whole lane (the roster's officers on duty as the station's server schedule): the target
per interval, met or not. Rules the requirement cannot fit (too few officers allowed, no
shift on duty when officers are needed) are refused with the reason.

The shift rules file (JSON):
  { "lengthsHours": [4, 8],          allowed shift lengths
    "startEveryMinutes": 30,         shifts start on these boundaries (default: every interval)
    "earliestStartHours": 0, "latestStartHours": 14,
    "breakAfterHours": 6, "breakMinutes": 30,   an unpaid break in the middle of long shifts
    "minOfficers": 1, "maxOfficers": 12 }       on duty in every interval

Options:
      --station ID       the queue station to roster
  -i, --interval I       15min, 30min, 1h
  -t, --target T         pNNwait<=TIME
      --shifts FILE      the shift rules
  -r, --replications N   replications per simulation of the day (default ${DEFAULT_STAFFING_REPLICATIONS})
  -s, --seed S           seed
      --csv FILE         write the roster as CSV (shift, start, end, break, officers)
  -w, --write FILE       write the scenario with the roster's officers on duty as the station's servers
  -f, --format F         table (default) or json
      --report FILE      also write a self-contained HTML report: the requirement as a step
                         chart against today's servers and the roster, the shifts as a Gantt
                         chart, the verification run interval by interval
      --lang L           language of the report: en (default) or zh-CN
  -h, --help             show this help

Examples:
  lanesim roster scenarios/harbin-t1-entry-smart-day.json --station border --interval 30min --target "p95wait<=10min" --shifts scenarios/shifts/border-shifts.json --csv roster.csv
  lanesim roster scenarios/harbin-t1-entry-smart-day.json --station border --interval 1h --target "p95wait<=10min" --shifts scenarios/shifts/border-shifts.json --report roster.html --lang zh-CN
  lanesim roster lane.json --station desks --interval 1h --target "p90wait<=5min" --shifts shifts.json --write rostered.json --format json

Exit codes: 0 ok (also when the verification run misses an interval: see "verified"),
1 invalid scenario, station or shift rules (including rules that cannot cover), 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(argv, OPTIONS, NAME);
    const [file] = expectPositionals(args, 1, 1, 'the scenario file', NAME);
    const station = stringOption(args, 'station');
    if (station === undefined || station.includes(',')) throw new UsageError('missing --station ID (one queue station)', NAME);
    const shiftsFile = stringOption(args, 'shifts');
    if (shiftsFile === undefined) throw new UsageError('missing --shifts FILE (the allowed shifts)', NAME);
    let intervalSeconds: number;
    let target;
    try {
      intervalSeconds = parseStaffingInterval(stringOption(args, 'interval') ?? '');
      target = parseStaffingTarget(stringOption(args, 'target') ?? '');
    } catch (e) {
      if (e instanceof SimulationError) throw new UsageError(e.message, NAME);
      throw e;
    }
    const replications = intOption(args, 'replications', 2, 1000, NAME) ?? DEFAULT_STAFFING_REPLICATIONS;
    const seed = intOption(args, 'seed', 0, 2 ** 32 - 1, NAME);
    const format = choiceOption(args, 'format', FORMATS, 'table', NAME);
    const rules = readShifts(shiftsFile, io.cwd);
    const loaded = await loadScenarioFile(file, io.cwd, reportLanguage(args, NAME));
    const fail = (e: unknown): never => {
      if (e instanceof SimulationError) throw new InputError(`${loaded.file}: ${e.message}`);
      throw e;
    };
    const staffing = await planStaffing(loaded.scenario, { stations: [station], intervalSeconds, target }, { replications, seed, signal: io.signal }).catch(fail);
    const requirement = staffing.stations[0].intervals.map((iv) => iv.servers);
    let model;
    try {
      model = buildRosterModel(requirement, intervalSeconds, rules);
    } catch (e) {
      if (e instanceof SimulationError) throw new InputError(`${shiftsFile}: ${e.message}`);
      throw e;
    }
    const highs = await loadHighs();
    const sol = highs.solve(model.lp, { time_limit: 60, mip_rel_gap: 0 });
    if (sol.Status !== 'Optimal') {
      throw new InputError(`${shiftsFile}: the shift rules cannot cover the requirement (HiGHS: ${sol.Status})`);
    }
    const values = new Map(Object.entries(sol.Columns).map(([k, c]) => [k, c.Primal] as const));
    const roster = readRoster(model, values);
    const verification = (await checkStaffing(loaded.scenario, [{ id: station, counts: roster.onDuty }], intervalSeconds, target, { replications, seed: staffing.seed, signal: io.signal }).catch(fail))[0];
    const verified = verification.intervals.every((iv) => iv.met);
    const schedule = toSchedule(roster.onDuty, intervalSeconds);
    if (stringOption(args, 'csv') !== undefined) writeFileSync(resolve(io.cwd, stringOption(args, 'csv')!), rosterCsv(roster.shifts, fmtClock));
    if (stringOption(args, 'write') !== undefined) {
      const s = structuredClone(loaded.scenario) as Scenario;
      const i = s.stations.findIndex((x) => x.id === station);
      s.stations[i] = { ...s.stations[i], servers: schedule };
      writeFileSync(resolve(io.cwd, stringOption(args, 'write')!), JSON.stringify(s, null, 2) + '\n');
    }
    const doc: RosterDoc = {
      format: ROSTER_FORMAT,
      scenario: staffing.scenario,
      station,
      intervalSeconds,
      target: staffing.target,
      requirement: staffing.stations[0].intervals.map((iv) => ({ ...iv, metricCI95: iv.metricCI95 ? [iv.metricCI95[0], iv.metricCI95[1]] : null })),
      shifts: roster.shifts,
      paidStaffHours: roster.paidHours,
      requirementStaffHours: staffing.stations[0].staffHours,
      onDuty: schedule,
      verified,
      verification: verification.intervals,
      staffingMessages: staffing.messages,
    };
    const report = stringOption(args, 'report');
    if (report !== undefined) {
      const present = await import('../../present/report/index.js');
      const language = reportLanguage(args, NAME);
      const st = loaded.scenario.stations.find((x) => x.id === station);
      const name = (language === 'zh-CN' ? loaded.scenario.translations?.['zh-CN']?.stations?.[station] : undefined) ?? st?.label ?? station;
      await writeReportFile(report, io.cwd, present.rosterReportHtml({ doc, language, stationName: name }));
    }
    if (format === 'json') {
      io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
      return EXIT_OK;
    }
    const lines: string[] = [];
    lines.push(`Roster for ${station} of ${loaded.file}: ${roster.shifts.reduce((a, s) => a + s.officers, 0)} shift(s), ${fmtSeconds(roster.paidHours)} paid staff-hours (requirement ${fmtSeconds(staffing.stations[0].staffHours)})`);
    lines.push(
      formatTable(
        [{ header: 'start' }, { header: 'end' }, { header: 'break' }, { header: 'officers', align: 'right' }],
        roster.shifts.map((s) => [fmtClock(s.startSeconds), fmtClock(s.startSeconds + s.lengthSeconds), s.break ? `${fmtClock(s.break[0])}–${fmtClock(s.break[1])}` : '', String(s.officers)]),
      ).trimEnd(),
    );
    lines.push('');
    lines.push(`Verification run (${replications} replications): ${verified ? 'the target holds in every interval' : 'the target is MISSED in some intervals'}`);
    lines.push(
      formatTable(
        [{ header: 'from' }, { header: 'needed', align: 'right' }, { header: 'on duty', align: 'right' }, { header: 'passengers', align: 'right' }, { header: 'wait (s)', align: 'right' }, { header: '95 % interval', align: 'right' }, { header: 'verdict' }],
        verification.intervals.map((iv, k) => [
          fmtClock(iv.fromSeconds),
          String(requirement[k]),
          String(iv.servers),
          fmtInt(iv.passengers),
          iv.metric === null ? NO_VALUE : fmtSeconds(iv.metric),
          iv.metricCI95 ? fmtInterval(iv.metricCI95) : '',
          iv.metric === null ? 'no passengers' : iv.met ? 'met' : 'MISSED',
        ]),
      ).trimEnd(),
    );
    for (const m of staffing.messages) lines.push(`Note: ${m}`);
    io.stdout.write(lines.join('\n') + '\n');
    return EXIT_OK;
  },
};
