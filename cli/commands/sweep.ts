/**
 * `lanesim sweep`: one metric against one or two parameters (sim/sweep), every point with
 * the same seed and replications so the curve shows the parameter's effect, not noise.
 * Overloaded points are part of the answer ("4 desks cannot keep up"), not an error.
 */
import {
  MAX_REPLICATIONS,
  DEFAULT_REPLICATIONS,
  parseMetric,
  parseParamPath,
  parseRange,
  parseValueList,
  SimulationError,
  type MetricInfo,
  type SweepResult,
  type SweepRow,
} from '../../sim/index.js';
import { sweepCsv, sweepJson } from '../../sim/export/index.js';
import { choiceOption, expectPositionals, intOption, parseArgs, stringOption, type ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../common-options.js';
import type { CliIo } from '../io.js';
import { sweepShard } from '../shard/sweep-shard.js';
import { refuseWithShard, SHARD_HELP, SHARD_OPTIONS, shardSetting } from '../shard/shard-option.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { loadScenarioFile } from '../load-scenario.js';
import { createBlockRunner } from '../pool/index.js';
import { sweepOnPool } from '../pooled-sweep.js';
import { WORKERS_HELP, WORKERS_OPTIONS, workersSetting } from '../workers-option.js';
import { formatTable } from '../table.js';
import { fmtInt, fmtInterval, fmtPercentNumber, fmtSeconds, fmtWall } from '../../present/format.js';

const NAME = 'sweep';

const OPTIONS = [
  { name: 'param', short: 'p' },
  { name: 'values' },
  { name: 'range' },
  { name: 'param2' },
  { name: 'values2' },
  { name: 'range2' },
  { name: 'metric', short: 'm' },
  { name: 'metric-station' },
  { name: 'replications', short: 'r' },
  { name: 'seed', short: 's' },
  { name: 'format', short: 'f' },
  ...WORKERS_OPTIONS,
  ...SHARD_OPTIONS,
  { name: 'out', short: 'o' },
];

/** Turns a core 'invalid' error about the command line's own text into a usage error (exit 2). */
function usage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SimulationError) throw new UsageError(e.message, NAME);
    throw e;
  }
}

function readValues(args: ParsedArgs, suffix: '' | '2'): number[] {
  const list = stringOption(args, `values${suffix}`);
  const range = stringOption(args, `range${suffix}`);
  if (list !== undefined && range !== undefined) throw new UsageError(`give --values${suffix} or --range${suffix}, not both`, NAME);
  if (list !== undefined) return usage(() => parseValueList(list, `--values${suffix}`));
  if (range !== undefined) return usage(() => parseRange(range, `--range${suffix}`));
  throw new UsageError(`--param${suffix} needs --values${suffix} (e.g. 2,4,6) or --range${suffix} (from:to:step, e.g. 2:10:2)`, NAME);
}

/** A metric value in the unit its header names. */
export function formatMetric(value: number, info: MetricInfo): string {
  if (info.unit === 'share') return fmtPercentNumber(value);
  if (info.unit === 'pax/h') return fmtInt(value);
  return fmtSeconds(value);
}

function unitSuffix(info: MetricInfo): string {
  return info.unit === 'share' ? '%' : info.unit;
}

function shortName(path: string): string {
  return path.split('.').at(-1) ?? path;
}

function fmtValue(v: number): string {
  return String(+v.toPrecision(10));
}

function unstableText(row: SweepRow): string {
  return `cannot keep up (${row.stations?.join(', ') || 'load ≥ 1'})`;
}

function renderTable(result: SweepResult, file: string): string {
  const info = result.metric;
  const head = `Sweep of ${result.params.map((p) => p.path).join(' × ')} — ${info.label} (${unitSuffix(info)})
  scenario: ${file} (${result.scenario}); ${result.replications} ${result.replications === 1 ? 'replication' : 'replications'} per point, seed ${result.seed} (common random numbers); ${fmtWall(result.wallMs)}\n\n`;
  const fmt = (v: number) => formatMetric(v, info);
  if (result.params.length === 1) {
    const rows = result.rows.map((r) => [
      fmtValue(r.values[0]) + (r.values[0] === result.params[0].base ? ' *' : ''),
      r.status === 'ok' ? fmt(r.value!) : unstableText(r),
      r.status === 'ok' ? fmtInterval(r.ci95!, fmt) : '',
      r.status === 'ok' ? fmtInt(r.passengers) : '',
    ]);
    const table = formatTable(
      [
        { header: shortName(result.params[0].path), align: 'right' },
        { header: `${info.label} (${unitSuffix(info)})`, align: 'right' },
        { header: '95 % interval', align: 'right' },
        { header: 'passengers', align: 'right' },
      ],
      rows,
    );
    return `${head}${table}\n  * the scenario's own value. ${info.better === 'lower' ? 'Lower' : 'Higher'} is better.\n`;
  }
  // Two parameters: a grid, the first down the side, the second across; value ± half-width.
  const [p1, p2] = result.params;
  const cell = (r: SweepRow) => (r.status === 'ok' ? `${fmt(r.value!)} ± ${fmt((r.ci95![1] - r.ci95![0]) / 2)}` : 'overload');
  const rows = p1.values.map((v1, i) => [fmtValue(v1), ...p2.values.map((_, j) => cell(result.rows[i * p2.values.length + j]))]);
  const table = formatTable(
    [{ header: `${shortName(p1.path)} \\ ${shortName(p2.path)}` }, ...p2.values.map((v) => ({ header: fmtValue(v), align: 'right' as const }))],
    rows,
  );
  const overloaded = result.rows.some((r) => r.status === 'unstable');
  return `${head}  rows: ${p1.path}; columns: ${p2.path}; cells: ${info.label} (${unitSuffix(info)}) ± half-width of the 95 % interval\n\n${table}${overloaded ? '\n  overload: a station cannot keep up (offered load ≥ 1) at that point.\n' : ''}`;
}

/** Prints a sweep's result as `lanesim sweep` does (shared with `lanesim gather`). */
export function emitSweep(io: CliIo, result: SweepResult, file: string, format: OutputFormat): void {
  if (format === 'json') io.stdout.write(sweepJson(result));
  else if (format === 'csv') io.stdout.write(sweepCsv(result));
  else io.stdout.write(renderTable(result, file));
}

export const sweepCommand: Command = {
  name: NAME,
  summary: 'run a scenario over values of one or two parameters and report a metric against them',
  help: `Usage: lanesim sweep <scenario.json> --param <path> (--values LIST | --range FROM:TO:STEP) [options]

Runs the scenario once per value (or per pair of values with --param2) and reports the
chosen metric with its 95 % interval. Every point uses the same seed and replications
(common random numbers), so differences between points come from the parameter.
Points where a station cannot keep up (offered load ≥ 1) are reported as such.

Parameter paths name one number in the scenario:
  stations[id=border].servers                       servers at a station
  stations[id=xray].service.mean                    a service-time parameter
  stations[id=corridor].alarms[check=temperature].probability
  arrivals[0].ratePerHour                           one stream's rate (index from 0)
  arrivals.scale                                    factor on all traffic: Poisson rates × f,
                                                    flight/vehicle passengers × f (rounded)
  arrivals[id=peak].scale                           the same for one stream

Options:
  -p, --param PATH       the parameter to vary
      --values LIST      its values, comma-separated: 2,4,6
      --range F:T:S      or an inclusive range: 2:10:2 is 2, 4, 6, 8, 10
      --param2 PATH      a second parameter (every pair is run: a grid)
      --values2 LIST / --range2 F:T:S   its values
  -m, --metric NAME      mean, p95 (default), withinTarget, throughput; or per station
                         meanWait, p95Wait, utilization, waitOver5Min (as border.p95Wait
                         or with --metric-station)
      --metric-station ID   the station of a per-station metric
  -r, --replications N   replications per point (default ${DEFAULT_REPLICATIONS})
  -s, --seed S           seed of every point (default: the scenario's "seed", else 1)
  -f, --format F         table (default), json or csv
${WORKERS_HELP}
${SHARD_HELP}
  -o, --out FILE         with --shard: the partial result file (default stdout)
  -h, --help             show this help

Examples:
  lanesim sweep scenarios/harbin-t1-entry-classic.json --param 'stations[id=border].servers' --values 4,6,8,10
  lanesim sweep scenarios/heihe-road-port.json --param arrivals.scale --range 0.5:1.5:0.25 --metric p95
  lanesim sweep lane.json -p 'stations[id=border].servers' --range 6:12:1 --metric border.waitOver5Min --format csv
  lanesim sweep lane.json -p 'stations[id=border].servers' --values 6,8 --param2 'stations[id=xray].servers' --values2 1,2,3

Exit codes: 0 ok (including points that cannot keep up), 1 invalid scenario, path or value
(or a worker failed), 2 usage, 130 interrupted (Ctrl-C).
`,
  async run(argv, io) {
    const args = parseArgs(argv, OPTIONS, NAME);
    const [file] = expectPositionals(args, 1, 1, 'the scenario file (lanesim sweep <scenario.json> --param <path> --values …)', NAME);
    const param = stringOption(args, 'param');
    if (param === undefined) throw new UsageError('missing --param <path>, e.g. --param "stations[id=border].servers"', NAME);
    const params = [{ path: usage(() => parseParamPath(param)).text, values: readValues(args, '') }];
    const param2 = stringOption(args, 'param2');
    if (param2 !== undefined) params.push({ path: usage(() => parseParamPath(param2)).text, values: readValues(args, '2') });
    else if (args.options.has('values2') || args.options.has('range2')) throw new UsageError('--values2/--range2 need --param2', NAME);
    const metric = usage(() => parseMetric(stringOption(args, 'metric') ?? 'p95', stringOption(args, 'metric-station')));
    const replications = intOption(args, 'replications', 1, MAX_REPLICATIONS, NAME) ?? DEFAULT_REPLICATIONS;
    const seed = intOption(args, 'seed', 0, 2 ** 32 - 1, NAME);
    const format = choiceOption(args, 'format', OUTPUT_FORMATS, 'table', NAME);
    const workers = workersSetting(args, io, NAME);

    const shard = shardSetting(args, NAME);
    if (shard) refuseWithShard(args, ['format'], NAME);
    else if (args.options.has('out')) throw new UsageError('--out goes with --shard (the partial result file); sweep prints its result', NAME);

    const loaded = await loadScenarioFile(file, io.cwd);
    const runner = createBlockRunner(workers);
    if (shard) {
      try {
        await sweepShard(loaded, { params, metric }, { replications, seed }, shard, stringOption(args, 'out'), { runner, io, command: NAME, label: `sweep ${loaded.file}` });
      } finally {
        await runner.close();
      }
      return EXIT_OK;
    }
    let result: SweepResult;
    try {
      result = await sweepOnPool(loaded, { params, metric }, { replications, seed }, { runner, io, command: NAME, label: `sweep ${loaded.file}` });
    } finally {
      await runner.close();
    }
    emitSweep(io, result, loaded.file, format);
    return EXIT_OK;
  },
};
