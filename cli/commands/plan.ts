/**
 * `lanesim plan`: the smallest number of servers at the chosen stations that meets a
 * level-of-service target, with the neighbours (one fewer at each station) for how close
 * they come. The search and its statistics live in sim/sweep/capacity-plan.ts; its
 * replications run on the CLI's worker pool (--workers, cli/pooled-plan.ts).
 *
 * No --shard: the search is sequential (which point comes next depends on the figures of
 * the points before it), so its work cannot be cut into slices in advance for machines
 * that do not talk to each other. A grid of counts can be spread with `sweep --shard`.
 */
import {
  DEFAULT_PLAN_MAX_REPLICATIONS,
  DEFAULT_PLAN_REPLICATIONS,
  LIMITS,
  MAX_REPLICATIONS,
  metricInfo,
  parseTarget,
  planCapacityOn,
  SimulationError,
  type PlanEvaluation,
  type PlanProgress,
  type PlanResult,
  type PlanStation,
} from '../../sim/index.js';
import { planJson } from '../../sim/export/index.js';
import { choiceOption, expectPositionals, intOption, parseArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, InputError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { loadScenarioFile } from '../load-scenario.js';
import { PROGRESS_DELAY_MS } from '../progress.js';
import { formatTable } from '../table.js';
import { fmtInt, fmtInterval, fmtSeconds, fmtWall, NO_VALUE } from '../../present/format.js';
import { planNotes, waitStations } from '../../present/insight/plan-notes.js';
import { formatMetric } from './sweep.js';
import { createBlockRunner, InterruptedError } from '../pool/index.js';
import { poolPlanRunner } from '../pooled-plan.js';
import { WORKERS_HELP, WORKERS_OPTIONS, workersSetting } from '../workers-option.js';
import { PLAIN_PROGRESS_MS } from '../progress.js';

const NAME = 'plan';
const FORMATS = ['table', 'json'] as const;

const OPTIONS = [
  { name: 'stations' },
  { name: 'target', short: 't' },
  { name: 'metric-station' },
  { name: 'min' },
  { name: 'max' },
  { name: 'replications', short: 'r' },
  { name: 'max-replications' },
  { name: 'seed', short: 's' },
  { name: 'format', short: 'f' },
  ...WORKERS_OPTIONS,
  { name: 'shard' },
];

/** Why plan refuses --shard (see the file comment). */
export const PLAN_NO_SHARD =
  '--shard: plan cannot be split across machines: its search is sequential (each step depends on the figures before it); use --workers for the cores of one machine, or spread a grid of counts with "lanesim sweep --shard"';

/**
 * A bound for every station ("4") or per station ("border=4,egates=2"); stations not
 * named keep the planner's default.
 */
function readBounds(raw: string | undefined, option: string, ids: string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (raw === undefined) return out;
  const whole = (text: string): number => {
    const v = Number(text.trim());
    if (!/^\s*\d+\s*$/.test(text) || v > LIMITS.servers) {
      throw new UsageError(`--${option}: expected a whole number from 0 to ${LIMITS.servers}, or station=number pairs, got "${raw}"`, NAME);
    }
    return v;
  };
  if (!raw.includes('=')) {
    const v = whole(raw);
    for (const id of ids) out.set(id, v);
    return out;
  }
  for (const part of raw.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new UsageError(`--${option}: expected station=number pairs such as border=4,egates=2, got "${raw}"`, NAME);
    const id = part.slice(0, eq).trim();
    if (!ids.includes(id)) throw new UsageError(`--${option}: "${id}" is not one of --stations (${ids.join(', ')})`, NAME);
    out.set(id, whole(part.slice(eq + 1)));
  }
  return out;
}

function servers(e: PlanEvaluation): string {
  return Object.entries(e.servers)
    .map(([id, n]) => `${id} ${n}`)
    .join(', ');
}

const STATUS_TEXT: Record<PlanEvaluation['status'], string> = {
  meets: 'meets the target',
  fails: 'misses the target',
  uncertain: 'cannot tell (interval straddles the target at the replication cap): counted as a miss',
  unstable: 'cannot keep up (offered load ≥ 1)',
};

const VERDICT_SHORT: Record<PlanEvaluation['status'], string> = { meets: 'meets', fails: 'misses', uncertain: 'cannot tell (miss)', unstable: 'cannot keep up' };

function renderTable(plan: PlanResult, file: string): string {
  const info = metricInfo(plan.target.metric);
  const unit = info.unit === 'share' ? '%' : info.unit;
  const fmt = (v: number) => formatMetric(v, info);
  const figure = (e: PlanEvaluation) => (e.value === null ? NO_VALUE : `${fmt(e.value)} ${unit} ${fmtInterval(e.ci95!, fmt)}`);
  const lines: string[] = [];
  lines.push(`Capacity plan for ${file} (${plan.scenario})`);
  lines.push(`  target: ${plan.target.label}, met only when the whole 95 % interval meets it`);
  lines.push(
    `  stations: ${plan.stations.map((s) => `${s.id} ${s.min}–${s.max} (scenario has ${s.current}${s.scheduled ? ' at the peak of its schedule' : ''}, keeps up from ${s.start})`).join('; ')}`,
  );
  lines.push('');
  if (plan.found && plan.best) {
    lines.push(`Answer: ${servers(plan.best)} (total ${plan.best.total})`);
    lines.push(`  ${info.label}: ${figure(plan.best)}, ${plan.best.replications} replications`);
  } else {
    lines.push(`No answer within the bounds. ${plan.note ?? ''}`.trimEnd());
    if (plan.best) lines.push(`  last tried: ${servers(plan.best)}: ${figure(plan.best)}, ${STATUS_TEXT[plan.best.status]}`);
  }
  const notes = planNotes(plan, 'en');
  if (notes.length > 0) {
    lines.push('');
    lines.push(plan.monotonic === false ? 'Warning — the figure is not monotonic in servers:' : 'Notes:');
    for (const n of notes) lines.push(`  ${n.text}`);
  }
  if (plan.neighbours.length > 0) {
    lines.push('');
    lines.push('One fewer server:');
    lines.push(
      formatTable(
        [
          { header: 'station' },
          { header: 'servers' },
          { header: `${info.label} (${unit})`, align: 'right' },
          { header: '95 % interval', align: 'right' },
          { header: 'reps', align: 'right' },
          { header: 'verdict' },
        ],
        plan.neighbours.map((n) => [
          n.station,
          servers(n.evaluation),
          n.evaluation.value === null ? NO_VALUE : fmt(n.evaluation.value),
          n.evaluation.ci95 ? fmtInterval(n.evaluation.ci95, fmt) : '',
          String(n.evaluation.replications),
          STATUS_TEXT[n.evaluation.status],
        ]),
      ).trimEnd(),
    );
  }
  if (plan.found && plan.best) {
    const atMin = plan.stations.filter((s) => plan.best!.servers[s.id] - 1 < s.min);
    if (atMin.length > 0) lines.push(`  (no fewer at ${atMin.map((s) => `${s.id}: already at its minimum ${s.min}`).join('; ')})`);
  }
  if (plan.evaluated.length > 0) {
    lines.push('');
    lines.push('Every point evaluated (mean wait at each queue station whose wait moves, s):');
    const shown = waitStations(plan);
    lines.push(
      formatTable(
        [
          { header: 'servers' },
          { header: `${info.label} (${unit})`, align: 'right' },
          { header: '95 % interval', align: 'right' },
          { header: 'reps', align: 'right' },
          { header: 'verdict' },
          { header: 'mean waits (s)' },
        ],
        [...plan.evaluated]
          .sort((a, b) => a.total - b.total || servers(a).localeCompare(servers(b)))
          .map((e) => [
            servers(e),
            e.value === null ? NO_VALUE : fmt(e.value),
            e.ci95 ? fmtInterval(e.ci95, fmt) : '',
            String(e.replications),
            VERDICT_SHORT[e.status],
            e.stationWaits ? shown.map((id) => `${id} ${fmtSeconds(e.stationWaits![id] ?? NaN)}`).join(', ') : NO_VALUE,
          ]),
      ).trimEnd(),
    );
  }
  lines.push('');
  lines.push(
    `Evaluated ${plan.evaluated.length} point(s), ${fmtInt(plan.replicationsRun)} replications (${plan.replications} each, up to ${plan.maxReplications} near the target), seed ${plan.seed}; ${fmtWall(plan.wallMs)}`,
  );
  return lines.join('\n') + '\n';
}

/**
 * The planner's total work is unknown in advance (it depends on where the target is
 * met), so instead of a bar with a made-up percentage it shows what it is doing. Like the
 * progress bar: stderr; on a terminal after a second, at most ten redraws a second;
 * otherwise (a batch job's log) a plain line after ten seconds, then every ten seconds.
 */
class StatusLine {
  private readonly started: number;
  private last = -Infinity;
  private drawn = false;
  private lastLine = 0;

  constructor(
    private readonly io: CliIo,
    private readonly label: string,
  ) {
    this.started = io.now();
  }

  show(text: string): void {
    const t = this.io.now();
    if (!this.io.isTTY) {
      if (t - this.started - this.lastLine < PLAIN_PROGRESS_MS) return;
      this.lastLine = t - this.started;
      this.io.stderr.write(`${this.label}: ${text}; ${Math.round(this.lastLine / 1000)} s\n`);
      return;
    }
    if (t - this.started < PROGRESS_DELAY_MS || t - this.last < 100) return;
    this.last = t;
    this.io.stderr.write(`\r${`${this.label}: ${text}`.slice(0, Math.max(10, this.io.columns - 1))}\x1b[K`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.io.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}

export const planCommand: Command = {
  name: NAME,
  summary: 'find the fewest servers at chosen stations that meet a level-of-service target',
  help: `Usage: lanesim plan <scenario.json> --stations ID[,ID…] --target "METRIC<=VALUE" [options]

Finds the smallest total number of servers at the given stations that meets the target,
and shows how close one fewer server at each station comes. The search starts where
every station keeps up (offered load < 1) and adds one server at a time: with several
stations, where it helps the metric most (marginal analysis); then it steps back down
wherever the target still holds.

More servers do not always help: fewer border desks meter passengers into the X-ray,
so p95 clearance can be better with fewer desks. After the answer the planner evaluates
one more server and today's count at each station (all counts between when one misses),
says when the figure is not monotonic, and names the queue station whose mean wait grew.
A station with a staffing schedule is planned by scaling the schedule: the count is its
peak, every step scaled by count ÷ today's peak, rounded up. When nothing meets, it says
"cannot be met" with the best figure reached; it stops early when added servers stop
improving a clear miss.

A target counts as met only when the whole 95 % interval of the metric meets it. Every
point starts with --replications; points whose interval straddles the target get more
(doubling) up to --max-replications, and still undecided points count as misses.

Targets (seconds for times, or with s/min/h; shares from 0 to 1, or with %):
  p95<=600                 p95 clearance at most 10 minutes (also "p95<=10min")
  mean<=300                mean clearance
  withinTarget>=0.95       share cleared within the scenario's targets.clearanceSeconds
  border.p95Wait<=300      p95 wait at border control (or --metric-station border)
  border.waitOver5Min<=5%  at most 5 % wait more than 5 minutes at border control
  border.meanWait<=120, border.utilization<=0.85, throughput>=900

Options:
      --stations IDS     comma-separated queue stations whose servers may vary
  -t, --target T         the target, as above
      --metric-station ID   the station of a per-station metric in --target
      --min N | ID=N,…   fewest servers to consider (default 1)
      --max N | ID=N,…   most servers to consider (default: 4 × the scenario's, at least 40)
  -r, --replications N   replications per point at first (default ${DEFAULT_PLAN_REPLICATIONS}, at least 2)
      --max-replications N   cap for points near the target (default ${DEFAULT_PLAN_MAX_REPLICATIONS})
  -s, --seed S           seed of every point (default: the scenario's "seed", else 1)
  -f, --format F         table (default) or json
${WORKERS_HELP}
  -h, --help             show this help

Each point's replications run on the worker pool; the answer is the same for every
--workers. There is no --shard: the search is sequential (each step depends on the
figures before it); spread a grid of counts over machines with "lanesim sweep --shard".

Examples:
  lanesim plan scenarios/harbin-t1-entry-classic.json --stations border --target "p95<=600"
  lanesim plan lane.json --stations border --target "waitOver5Min<=5%" --metric-station border
  lanesim plan lane.json --stations border,xray --min border=4 --max 30 --target "mean<=420" --format json

Exit codes: 0 ok (also when no count within the bounds meets the target: see "found"
in the JSON), 1 invalid scenario, station or target, 2 usage, 130 interrupted (Ctrl-C).
`,
  async run(argv, io) {
    const args = parseArgs(argv, OPTIONS, NAME);
    if (args.options.has('shard')) throw new UsageError(PLAN_NO_SHARD, NAME);
    const [file] = expectPositionals(args, 1, 1, 'the scenario file (lanesim plan <scenario.json> --stations … --target …)', NAME);
    const stationsRaw = stringOption(args, 'stations');
    if (stationsRaw === undefined) throw new UsageError('missing --stations ID[,ID…]: the stations whose servers may vary', NAME);
    const ids = stationsRaw.split(',').map((s) => s.trim());
    if (ids.some((id) => id === '')) throw new UsageError(`--stations: expected comma-separated station ids, got "${stationsRaw}"`, NAME);
    const targetRaw = stringOption(args, 'target');
    if (targetRaw === undefined) throw new UsageError('missing --target, e.g. --target "p95<=600"', NAME);
    let target;
    try {
      target = parseTarget(targetRaw, stringOption(args, 'metric-station'));
    } catch (e) {
      if (e instanceof SimulationError) throw new UsageError(e.message, NAME);
      throw e;
    }
    const mins = readBounds(stringOption(args, 'min'), 'min', ids);
    const maxs = readBounds(stringOption(args, 'max'), 'max', ids);
    const replications = intOption(args, 'replications', 2, MAX_REPLICATIONS, NAME) ?? DEFAULT_PLAN_REPLICATIONS;
    const maxReplications = intOption(args, 'max-replications', replications, MAX_REPLICATIONS, NAME) ?? Math.max(replications, DEFAULT_PLAN_MAX_REPLICATIONS);
    const seed = intOption(args, 'seed', 0, 2 ** 32 - 1, NAME);
    const format = choiceOption(args, 'format', FORMATS, 'table', NAME);
    const workers = workersSetting(args, io, NAME);
    const stations: PlanStation[] = ids.map((id) => ({ id, min: mins.get(id), max: maxs.get(id) }));

    const loaded = await loadScenarioFile(file, io.cwd);
    const bar = new StatusLine(io, `plan ${loaded.file}`);
    let plan: PlanResult;
    const runner = createBlockRunner(workers);
    try {
      const options = {
        seed,
        replications,
        maxReplications,
        signal: io.signal,
        now: () => io.now(),
        onProgress: (p: PlanProgress) =>
          bar.show(`${p.evaluations} point(s), ${p.replicationsRun} replications; ${p.phase === 'search' ? 'trying' : p.phase === 'check' ? 'checking more:' : 'checking one fewer:'} ${Object.entries(p.servers).map(([id, n]) => `${id} ${n}`).join(', ')}`),
      };
      plan = await planCapacityOn(loaded.scenario, { stations, target }, options, poolPlanRunner(runner, NAME, io.signal));
    } catch (e) {
      if (io.signal?.aborted) throw new InterruptedError(NAME);
      if (e instanceof SimulationError) throw new InputError(`${loaded.file}: ${e.message}`);
      throw e;
    } finally {
      bar.done();
      await runner.close();
    }
    io.stdout.write(format === 'json' ? planJson(plan) : renderTable(plan, loaded.file));
    return EXIT_OK;
  },
};
