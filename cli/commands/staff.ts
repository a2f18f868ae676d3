/**
 * `lanesim staff`: for every interval of the day, the fewest servers at the chosen stations
 * that keep a wait percentile within a limit, found by simulating the whole lane
 * (sim/sweep/staffing.ts). Prints the requirement beside today's staffing, or the
 * `lanesim/staffing@1` JSON; `--write` saves the scenario with the requirement as the
 * stations' server schedules. Each simulation of the day runs on the CLI's worker pool
 * (--workers), one block per replication.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SimulationError } from '../../sim/index.js';
import {
  applyStaffing,
  DEFAULT_STAFFING_MAX_ITERATIONS,
  DEFAULT_STAFFING_MAX_SERVERS,
  DEFAULT_STAFFING_REPLICATIONS,
  planStaffing,
  type StaffingResult,
} from '../../sim/sweep/staffing.js';
import { parseStaffingInterval, parseStaffingTarget } from '../../sim/sweep/staffing-target.js';
import { fmtClock, fmtInt, fmtInterval, fmtSeconds, fmtWall, NO_VALUE } from '../../present/format.js';
import { choiceOption, expectPositionals, intOption, parseArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, InputError, UsageError } from '../errors.js';
import { loadScenarioFile } from '../load-scenario.js';
import { formatTable } from '../table.js';
import { createBlockRunner, cutBlocks, makeJob, prepareJob, runBlocks, type BlockRunner } from '../pool/index.js';
import { WORKERS_HELP, WORKERS_OPTIONS, workersSetting } from '../workers-option.js';
import type { StaffingRunner } from '../../sim/sweep/staffing.js';

const NAME = 'staff';
const FORMATS = ['table', 'json'] as const;
const OPTIONS = [
  { name: 'station' },
  { name: 'interval', short: 'i' },
  { name: 'target', short: 't' },
  { name: 'replications', short: 'r' },
  { name: 'seed', short: 's' },
  { name: 'min' },
  { name: 'max' },
  { name: 'max-iterations' },
  { name: 'format', short: 'f' },
  { name: 'write', short: 'w' },
  ...WORKERS_OPTIONS,
];

/** Each simulation of the day on the worker pool: one block per replication (staffing reads each replication's own figures). */
function poolRunner(runner: BlockRunner, signal: AbortSignal | undefined): StaffingRunner {
  return async (scenario, replications, seed, intervalSeconds) => {
    const job = makeJob(scenario, { seed, replications, allowOverload: true, recordVisits: 0, intervalSeconds });
    prepareJob(job, signal);
    const tasks = cutBlocks({ first: 0, count: replications }, 1).map((b) => ({ job, ...b }));
    const out = await runBlocks(runner, tasks, { command: NAME, signal });
    return out.map((b) => b.stats);
  };
}

/** The staffing document as printed by --format json. */
export function staffingJson(result: StaffingResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

function renderTable(r: StaffingResult, file: string, wallMs: number): string {
  const lines: string[] = [];
  lines.push(`Staff per ${r.intervalSeconds / 60}-minute interval for ${file} (${r.scenario})`);
  lines.push(`  target: p${Math.round(r.target.quantile * 1000) / 10} wait of the passengers arriving in each interval ≤ ${fmtSeconds(r.target.limitSeconds)} s`);
  for (const st of r.stations) {
    lines.push('');
    lines.push(`${st.id}: ${fmtSeconds(st.staffHours)} staff-hours needed, today ${fmtSeconds(st.todayStaffHours)}`);
    lines.push(
      formatTable(
        [
          { header: 'from' },
          { header: 'servers', align: 'right' },
          { header: 'today', align: 'right' },
          { header: 'passengers', align: 'right' },
          { header: 'wait (s)', align: 'right' },
          { header: '95 % interval', align: 'right' },
          { header: 'verdict' },
        ],
        st.intervals.map((iv) => [
          fmtClock(iv.fromSeconds),
          String(iv.servers),
          String(iv.today),
          fmtInt(iv.passengers),
          iv.metric === null ? NO_VALUE : fmtSeconds(iv.metric),
          iv.metricCI95 ? fmtInterval(iv.metricCI95) : '',
          iv.metric === null ? 'no passengers' : !iv.met ? 'MISSED' : iv.confident ? 'met' : 'met (interval reaches past the limit)',
        ]),
      ).trimEnd(),
    );
    lines.push(`  schedule: ${st.schedule.map((s) => `${fmtClock(s.fromSeconds)} ${s.servers}`).join(' · ')}`);
  }
  lines.push('');
  if (r.allMet) lines.push('Every interval with passengers meets the target.');
  for (const m of r.messages) lines.push(`Note: ${m}`);
  lines.push(`${r.iterations} simulations of the day, ${fmtInt(r.simulatedReplications)} replications (${r.replications} each, seed ${r.seed}); ${fmtWall(wallMs)}`);
  return lines.join('\n') + '\n';
}

export const staffCommand: Command = {
  name: NAME,
  summary: 'the fewest servers per interval of the day that keep a wait target, by simulation',
  help: `Usage: lanesim staff <scenario.json> --station ID[,ID…] --interval 15min|30min|1h --target "p95wait<=10min" [options]

For every interval of the scenario's arrival horizon, the fewest servers at the given
queue stations that keep the wait percentile of the passengers arriving in that interval
within the limit. The whole lane is simulated (time-varying arrivals, the queue carried
from one interval into the next, downstream stations), in the spirit of the iterative
staffing algorithm of Feldman, Mandelbaum, Massey and Whitt (2008): simulate the day,
raise every interval that misses by a server, again until all meet, then take a server
away wherever that interval and the next still meet. All simulations share the seed.
An interval no staffing within the bounds can meet is reported as "cannot be met" with
the best wait reached. "met" is the pooled figure within the limit; the table also says
when its 95 % interval reaches past the limit.

Options:
      --station IDS      comma-separated queue stations to staff
  -i, --interval I       interval length: 15min, 30min, 1h (5 min to 24 h)
  -t, --target T         pNNwait<=TIME, e.g. p95wait<=10min, p90wait<=300s
  -r, --replications N   replications per simulation of the day (default ${DEFAULT_STAFFING_REPLICATIONS}, at least 2)
  -s, --seed S           seed (default: the scenario's "seed", else 1)
      --min N            fewest servers in any interval (default 1)
      --max N            most servers in any interval (default ${DEFAULT_STAFFING_MAX_SERVERS})
      --max-iterations N most simulations of the day (default ${DEFAULT_STAFFING_MAX_ITERATIONS})
  -f, --format F         table (default) or json (lanesim/staffing@1)
  -w, --write FILE       also write the scenario with the requirement as the stations' server schedules
${WORKERS_HELP}
  -h, --help             show this help

Examples:
  lanesim staff scenarios/harbin-t1-entry-smart-day.json --station border --interval 30min --target "p95wait<=10min"
  lanesim staff lane.json --station border,egates --interval 1h --target "p90wait<=5min" -r 20 --format json
  lanesim staff lane.json --station border --interval 15min --target "p95wait<=10min" --write staffed.json

Exit codes: 0 ok (also when some interval cannot be met: see "allMet" and "messages"),
1 invalid scenario or station, 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(argv, OPTIONS, NAME);
    const [file] = expectPositionals(args, 1, 1, 'the scenario file (lanesim staff <scenario.json> --station … --interval … --target …)', NAME);
    const stationsRaw = stringOption(args, 'station');
    if (stationsRaw === undefined) throw new UsageError('missing --station ID[,ID…]: the queue stations to staff', NAME);
    const ids = stationsRaw.split(',').map((s) => s.trim());
    if (ids.some((id) => id === '')) throw new UsageError(`--station: expected comma-separated station ids, got "${stationsRaw}"`, NAME);
    const intervalRaw = stringOption(args, 'interval');
    if (intervalRaw === undefined) throw new UsageError('missing --interval, e.g. --interval 30min', NAME);
    const targetRaw = stringOption(args, 'target');
    if (targetRaw === undefined) throw new UsageError('missing --target, e.g. --target "p95wait<=10min"', NAME);
    let intervalSeconds: number;
    let target;
    try {
      intervalSeconds = parseStaffingInterval(intervalRaw);
      target = parseStaffingTarget(targetRaw);
    } catch (e) {
      if (e instanceof SimulationError) throw new UsageError(e.message, NAME);
      throw e;
    }
    const replications = intOption(args, 'replications', 2, 1000, NAME) ?? DEFAULT_STAFFING_REPLICATIONS;
    const seed = intOption(args, 'seed', 0, 2 ** 32 - 1, NAME);
    const minServers = intOption(args, 'min', 0, 1000, NAME);
    const maxServers = intOption(args, 'max', 1, 1000, NAME);
    const maxIterations = intOption(args, 'max-iterations', 1, 500, NAME);
    const format = choiceOption(args, 'format', FORMATS, 'table', NAME);
    const write = stringOption(args, 'write');
    const workers = workersSetting(args, io, NAME);

    const loaded = await loadScenarioFile(file, io.cwd);
    const t0 = io.now();
    let result: StaffingResult;
    const pool = createBlockRunner(workers);
    try {
      result = await planStaffing(
        loaded.scenario,
        { stations: ids, intervalSeconds, target },
        { replications, seed, minServers, maxServers, maxIterations, runner: poolRunner(pool, io.signal), signal: io.signal },
      );
    } catch (e) {
      if (e instanceof SimulationError) throw new InputError(`${loaded.file}: ${e.message}`);
      throw e;
    } finally {
      await pool.close();
    }
    if (write !== undefined) {
      const path = resolve(io.cwd, write);
      writeFileSync(path, JSON.stringify(applyStaffing(loaded.scenario, result), null, 2) + '\n');
      io.stderr.write(`wrote ${write}\n`);
    }
    io.stdout.write(format === 'json' ? staffingJson(result) : renderTable(result, loaded.file, io.now() - t0));
    return EXIT_OK;
  },
};
