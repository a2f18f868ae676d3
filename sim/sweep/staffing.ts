/**
 * Staff needed per interval: for each interval of the day, the fewest servers at the chosen
 * stations that keep a wait percentile of the passengers arriving in that interval within a
 * limit — found by simulating the whole lane (time-varying arrivals, backlog carried from
 * one interval into the next, downstream stations), in the spirit of the iterative staffing
 * algorithm of Feldman, Mandelbaum, Massey and Whitt (Management Science 54(2), 2008):
 * simulate the day with the current staffing, adjust every interval against its own
 * figure, simulate again, until the staffing stops changing. Here the adjustment is one
 * server at a time: up where an interval misses, then down where an interval has room and
 * neither it nor the next interval misses without the server. Every evaluation reuses the
 * same seeds (common random numbers), so changes come from the staffing, not from noise.
 *
 * Bounded: at most `maxIterations` simulations of the day and `maxServers` per interval;
 * an interval whose figure stops improving as servers are added, or that misses at the
 * maximum, is reported as "cannot be met" with the best figure reached, never looped on.
 */
import { prepareRun, runBlock } from '../run.js';
import type { Scenario, Station } from '../scenario/scenario-schema.js';
import { scenarioHash } from '../scenario/scenario-hash.js';
import { validateScenario } from '../scenario/validate.js';
import { SimulationError } from '../simulation-error.js';
import type { BlockStats } from '../stats/block-stats.js';
import { addSparse } from '../stats/collectors/interval-collector.js';
import { interval95 } from '../stats/confidence.js';
import { histogramCount, histogramQuantile, WAIT_BINS } from '../stats/wait-histogram.js';
import type { StaffingTarget } from './staffing-target.js';

export const STAFFING_FORMAT = 'lanesim/staffing@1';
export const DEFAULT_STAFFING_REPLICATIONS = 10;
export const DEFAULT_STAFFING_MAX_ITERATIONS = 40;
export const DEFAULT_STAFFING_MAX_SERVERS = 100;

export interface StaffingSpec {
  stations: string[];
  intervalSeconds: number;
  target: StaffingTarget;
}

/**
 * Runs `replications` replications of a scenario with time-series intervals of
 * `intervalSeconds` and returns one block per replication, in replication order. The seam
 * for worker threads: the default runs them in this thread.
 */
export type StaffingRunner = (scenario: Scenario, replications: number, seed: number, intervalSeconds: number, signal?: AbortSignal) => Promise<BlockStats[]>;

export interface StaffingOptions {
  replications?: number;
  seed?: number;
  /** Fewest servers in any interval (default 1: a desk stays open). */
  minServers?: number;
  maxServers?: number;
  maxIterations?: number;
  runner?: StaffingRunner;
  signal?: AbortSignal;
  onProgress?: (p: { iteration: number; maxIterations: number; phase: 'up' | 'down' | 'final'; missing: number }) => void;
}

export interface StaffingInterval {
  fromSeconds: number;
  servers: number;
  /** The target's percentile of the wait of passengers arriving in the interval (pooled over replications); null without passengers. */
  metric: number | null;
  metricCI95: [number, number] | null;
  /** The figure is within the limit. */
  met: boolean;
  /** The whole 95 % interval is within the limit. */
  confident: boolean;
  /** Passengers reaching the station in the interval, per replication. */
  passengers: number;
  /** Servers of the scenario's own staffing at the start of the interval. */
  today: number;
}

export interface StaffingStation {
  id: string;
  label: string;
  intervals: StaffingInterval[];
  /** The requirement as a server schedule (equal neighbours joined). */
  schedule: Array<{ fromSeconds: number; servers: number }>;
  /** Intervals no staffing within the bounds meets, with the best figure reached; `stop` says why (for a UI to phrase), `reason` in English. */
  cannotBeMet: Array<{ fromSeconds: number; servers: number; bestMetric: number | null; stop: StaffingStop; reason: string }>;
  staffHours: number;
  todayStaffHours: number;
}

/**
 * Why the search left an interval short of its target, as a code and figures (the UI
 * words it in its language): the station's maximum was reached with the wait still over
 * the target; the wait stopped falling as servers were added (it is set elsewhere in the
 * lane); or the iteration bound came first.
 */
export type StaffingStop =
  | { code: 'atMaximum'; waitSeconds: number; servers: number }
  | { code: 'stoppedFalling'; waitSeconds: number; servers: number }
  | { code: 'iterationBound' };

/** The English sentence of a stop (the CLI's messages and the JSON's `reason`). */
export function staffingStopText(stop: StaffingStop): string {
  if (stop.code === 'atMaximum') return `still ${Math.round(stop.waitSeconds)} s at the maximum of ${stop.servers} servers`;
  if (stop.code === 'stoppedFalling') return `the wait stopped falling as servers were added (${Math.round(stop.waitSeconds)} s at ${stop.servers} servers): it is set elsewhere in the lane`;
  return 'not met within the iteration bound';
}

export interface StaffingResult {
  format: typeof STAFFING_FORMAT;
  scenario: string;
  scenarioHash: string;
  seed: number;
  replications: number;
  intervalSeconds: number;
  target: { metric: string; quantile: number; limitSeconds: number; text: string };
  /** Simulations of the whole day. */
  iterations: number;
  simulatedReplications: number;
  /** The staffing stopped changing within the iteration bound. */
  converged: boolean;
  /** Every interval with passengers meets the target. */
  allMet: boolean;
  stations: StaffingStation[];
  messages: string[];
}

/** Runs replications in this thread (one block each). */
export const inProcessRunner: StaffingRunner = async (scenario, replications, seed, intervalSeconds, signal) => {
  const prepared = prepareRun(scenario, { seed, replications, intervalSeconds, allowOverload: true, signal });
  const out: BlockStats[] = [];
  for (let r = 0; r < replications; r++) {
    if (signal?.aborted) throw new SimulationError('cancelled', 'The staffing search was cancelled.');
    out.push(runBlock(prepared, r, 1, { signal }));
    // Let a caller's progress or cancel get a turn between replications.
    await Promise.resolve();
  }
  return out;
};

/** A constant count or a schedule, as the servers in effect at time t. */
function serversAt(servers: Station['servers'], t: number): number {
  if (servers === undefined) return 1;
  if (typeof servers === 'number') return servers;
  let v = servers[0]?.servers ?? 0;
  for (const step of servers) if (step.fromSeconds <= t) v = step.servers;
  return v;
}

/** Per-interval counts as a schedule, equal neighbours joined. */
export function toSchedule(counts: readonly number[], intervalSeconds: number): Array<{ fromSeconds: number; servers: number }> {
  const out: Array<{ fromSeconds: number; servers: number }> = [];
  counts.forEach((c, k) => {
    if (out.length === 0 || out[out.length - 1].servers !== c) out.push({ fromSeconds: k * intervalSeconds, servers: c });
  });
  return out;
}

interface Evaluation {
  /** station → interval → figures */
  metric: (number | null)[][];
  ci: ([number, number] | null)[][];
  passengers: number[][];
  meanService: number[];
}

function withStaffing(scenario: Scenario, stationIdx: readonly number[], counts: readonly number[][], intervalSeconds: number): Scenario {
  const s = structuredClone(scenario);
  stationIdx.forEach((i, j) => {
    s.stations[i] = { ...s.stations[i], servers: toSchedule(counts[j], intervalSeconds) };
  });
  return s;
}

/** Reads each station's figures per interval (passengers arriving after the last interval count in the last). */
function readEvaluation(blocks: readonly BlockStats[], stationIdx: readonly number[], K: number, quantile: number): Evaluation {
  const R = blocks.length;
  const dense = new Float64Array(WAIT_BINS);
  const pooled = new Float64Array(WAIT_BINS);
  const ev: Evaluation = { metric: [], ci: [], passengers: [], meanService: [] };
  for (const s of stationIdx) {
    const metric: (number | null)[] = [];
    const ci: ([number, number] | null)[] = [];
    const passengers: number[] = [];
    for (let k = 0; k < K; k++) {
      pooled.fill(0);
      const perRep: number[] = [];
      for (const b of blocks) {
        const rows = b.intervals?.waits[s];
        if (!rows) continue;
        dense.fill(0);
        const last = k === K - 1 ? rows.length : Math.min(rows.length, k + 1);
        for (let j = k; j < last; j++) addSparse(rows[j] ?? [], dense);
        const q = histogramQuantile(dense, quantile);
        if (q !== null) perRep.push(q);
        for (let i = 0; i < WAIT_BINS; i++) pooled[i] += dense[i];
      }
      const m = histogramQuantile(pooled, quantile);
      metric.push(m);
      if (m === null) ci.push(null);
      else {
        const [lo, hi] = interval95(perRep, m);
        ci.push([Math.max(0, lo), hi]);
      }
      passengers.push(histogramCount(pooled) / Math.max(1, R));
    }
    let served = 0;
    let service = 0;
    for (const b of blocks) {
      const c = b.stations[s];
      for (let r = 0; r < c.waits.length; r++) {
        served += c.waits[r];
        service += c.serviceSum[r];
      }
    }
    ev.metric.push(metric);
    ev.ci.push(ci);
    ev.passengers.push(passengers);
    ev.meanService.push(served > 0 ? service / served : 0);
  }
  return ev;
}

/** Finds, for every interval, the fewest servers at the chosen stations that meet the target. */
export async function planStaffing(scenario: Scenario, spec: StaffingSpec, options: StaffingOptions = {}): Promise<StaffingResult> {
  const v = validateScenario(scenario);
  if (!v.ok) throw new SimulationError('invalid', `scenario: ${v.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const base = v.scenario;
  const I = spec.intervalSeconds;
  if (!(I > 0)) throw new SimulationError('invalid', `interval: expected seconds > 0, got ${I}`);
  const replications = options.replications ?? DEFAULT_STAFFING_REPLICATIONS;
  if (!Number.isInteger(replications) || replications < 2 || replications > 1000) {
    throw new SimulationError('invalid', `replications: expected a whole number from 2 to 1000 (intervals need a spread between replications), got ${replications}`);
  }
  const seed = options.seed ?? base.seed ?? 1;
  const minServers = options.minServers ?? 1;
  const maxServers = options.maxServers ?? DEFAULT_STAFFING_MAX_SERVERS;
  const maxIterations = options.maxIterations ?? DEFAULT_STAFFING_MAX_ITERATIONS;
  if (!Number.isInteger(minServers) || minServers < 0) throw new SimulationError('invalid', `min servers: expected a whole number ≥ 0, got ${minServers}`);
  if (!Number.isInteger(maxServers) || maxServers < Math.max(1, minServers) || maxServers > 1000) {
    throw new SimulationError('invalid', `max servers: expected a whole number from ${Math.max(1, minServers)} to 1000, got ${maxServers}`);
  }
  if (!Number.isInteger(maxIterations) || maxIterations < 1 || maxIterations > 500) throw new SimulationError('invalid', `max iterations: expected 1 to 500, got ${maxIterations}`);
  if (spec.stations.length === 0) throw new SimulationError('invalid', 'stations: expected at least one station id');
  const ids = new Map(base.stations.map((s, i) => [s.id, i] as const));
  const stationIdx = spec.stations.map((id) => {
    const i = ids.get(id);
    if (i === undefined) throw new SimulationError('invalid', `station "${id}": no such station (known: ${[...ids.keys()].join(', ')})`);
    if (base.stations[i].mode !== 'queue') throw new SimulationError('invalid', `station "${id}": staffing needs a queue station with servers, this one is "${base.stations[i].mode}"`);
    return i;
  });
  if (new Set(stationIdx).size !== stationIdx.length) throw new SimulationError('invalid', 'stations: each station once');
  const K = Math.max(1, Math.ceil(base.horizon.arrivalsSeconds / I));
  const runner = options.runner ?? inProcessRunner;
  const q = spec.target.quantile;
  const limit = spec.target.limitSeconds;
  const messages: string[] = [];
  let iterations = 0;
  let simulated = 0;

  const evaluate = async (counts: number[][], phase: 'up' | 'down' | 'final'): Promise<Evaluation> => {
    iterations++;
    const blocks = await runner(withStaffing(base, stationIdx, counts, I), replications, seed, I, options.signal);
    simulated += blocks.length;
    const ev = readEvaluation(blocks, stationIdx, K, q);
    options.onProgress?.({ iteration: iterations, maxIterations, phase, missing: countMisses(ev) });
    return ev;
  };
  const misses = (ev: Evaluation, j: number, k: number) => {
    const m = ev.metric[j][k];
    return m !== null && m > limit;
  };
  const countMisses = (ev: Evaluation) => {
    let n = 0;
    ev.metric.forEach((row, j) => row.forEach((_, k) => (n += misses(ev, j, k) ? 1 : 0)));
    return n;
  };

  const today = stationIdx.map((i) => Array.from({ length: K }, (_, k) => serversAt(base.stations[i].servers, k * I)));
  // Start: a pilot day at today's staffing gives each interval's traffic and the mean
  // service; the first staffing is the smallest count that keeps up (offered load < servers).
  const pilot = await evaluate(
    today.map((row) => row.map((c) => Math.min(maxServers, Math.max(minServers, c, 1)))),
    'up',
  );
  let counts = stationIdx.map((_, j) =>
    pilot.passengers[j].map((p) => {
      const offered = (p / I) * pilot.meanService[j];
      return Math.min(maxServers, Math.max(minServers, p > 0 ? Math.floor(offered) + 1 : minServers));
    }),
  );
  // Up: raise every interval that misses by one server (two when far off), until all meet,
  // an interval stops improving (frozen) or the bounds are reached.
  const frozen = stationIdx.map(() => new Array<StaffingStop | null>(K).fill(null));
  const best = stationIdx.map(() => new Array<number | null>(K).fill(null));
  const stale = stationIdx.map(() => new Array<number>(K).fill(0));
  let ev = await evaluate(counts, 'up');
  let converged = false;
  while (iterations < maxIterations) {
    let raised = false;
    const next = counts.map((row) => [...row]);
    ev.metric.forEach((row, j) =>
      row.forEach((m, k) => {
        if (m === null || m <= limit || frozen[j][k]) return;
        const prev = best[j][k];
        if (prev !== null && m > prev * 0.98) stale[j][k]++;
        else stale[j][k] = 0;
        best[j][k] = prev === null ? m : Math.min(prev, m);
        if (counts[j][k] >= maxServers) frozen[j][k] = { code: 'atMaximum', waitSeconds: m, servers: maxServers };
        else if (stale[j][k] >= 3) frozen[j][k] = { code: 'stoppedFalling', waitSeconds: m, servers: counts[j][k] };
        else {
          next[j][k] = Math.min(maxServers, counts[j][k] + (m > 4 * limit ? 2 : 1));
          raised = true;
        }
      }),
    );
    if (!raised) break;
    counts = next;
    ev = await evaluate(counts, 'up');
  }
  // Down: try one server fewer wherever an interval meets with room; keep the cut only when
  // neither that interval nor the next one then misses.
  const tight = stationIdx.map(() => new Array<boolean>(K).fill(false));
  let evaluatedCounts = counts.map((row) => [...row]);
  while (iterations < maxIterations) {
    const trial = counts.map((row) => [...row]);
    let tried = false;
    ev.metric.forEach((row, j) =>
      row.forEach((m, k) => {
        if (tight[j][k] || frozen[j][k] || counts[j][k] <= minServers || (m !== null && m > limit)) return;
        trial[j][k]--;
        tried = true;
      }),
    );
    if (!tried) {
      converged = true;
      break;
    }
    const tev = await evaluate(trial, 'down');
    const keep = counts.map((row) => [...row]);
    let kept = false;
    trial.forEach((row, j) =>
      row.forEach((c, k) => {
        if (c === counts[j][k]) return;
        const hurt = (misses(tev, j, k) && !misses(ev, j, k)) || (k + 1 < K && misses(tev, j, k + 1) && !misses(ev, j, k + 1));
        if (hurt) tight[j][k] = true;
        else {
          keep[j][k] = c;
          kept = true;
        }
      }),
    );
    counts = keep;
    if (kept && counts.every((row, j) => row.every((c, k) => c === trial[j][k]))) {
      ev = tev;
      evaluatedCounts = counts.map((r) => [...r]);
    } else if (kept) {
      ev = await evaluate(counts, 'down');
      evaluatedCounts = counts.map((r) => [...r]);
    }
  }
  if (!converged) messages.push(`stopped after ${maxIterations} simulations of the day before the staffing settled; raise --max-iterations for a tighter answer`);
  if (!counts.every((row, j) => row.every((c, k) => c === evaluatedCounts[j][k]))) ev = await evaluate(counts, 'final');

  const stations: StaffingStation[] = stationIdx.map((i, j) => {
    const st = base.stations[i];
    const intervals: StaffingInterval[] = counts[j].map((c, k) => {
      const m = ev.metric[j][k];
      const ci = ev.ci[j][k];
      return {
        fromSeconds: k * I,
        servers: c,
        metric: m,
        metricCI95: ci,
        met: m === null || m <= limit,
        confident: m === null || (ci !== null && ci[1] <= limit),
        passengers: ev.passengers[j][k],
        today: today[j][k],
      };
    });
    const cannotBeMet = intervals
      .map((iv, k) => ({ iv, k }))
      .filter(({ iv }) => !iv.met)
      .map(({ iv, k }) => ({ fromSeconds: iv.fromSeconds, servers: iv.servers, bestMetric: best[j][k] === null ? iv.metric : Math.min(best[j][k]!, iv.metric ?? Infinity), stop: frozen[j][k] ?? { code: 'iterationBound' as const } }))
      .map((c) => ({ ...c, reason: staffingStopText(c.stop) }));
    for (const c of cannotBeMet) {
      messages.push(`${st.id} from ${c.fromSeconds} s: the target cannot be met; best reachable is ${c.bestMetric === null ? '—' : `${Math.round(c.bestMetric)} s`} (${c.reason})`);
    }
    return {
      id: st.id,
      label: st.label ?? st.id,
      intervals,
      schedule: toSchedule(counts[j], I),
      cannotBeMet,
      staffHours: (counts[j].reduce((a, b) => a + b, 0) * I) / 3600,
      todayStaffHours: (today[j].reduce((a, b) => a + b, 0) * I) / 3600,
    };
  });
  return {
    format: STAFFING_FORMAT,
    scenario: base.name,
    scenarioHash: scenarioHash(base),
    seed,
    replications,
    intervalSeconds: I,
    target: { metric: `p${Math.round(q * 1000) / 10}wait`, quantile: q, limitSeconds: limit, text: spec.target.text },
    iterations,
    simulatedReplications: simulated,
    converged,
    allMet: stations.every((s) => s.cannotBeMet.length === 0),
    stations,
    messages,
  };
}

/** The scenario with each staffed station's servers set to the requirement (the schedule found). */
export function applyStaffing(scenario: Scenario, result: StaffingResult): Scenario {
  const s = structuredClone(scenario);
  for (const st of result.stations) {
    const i = s.stations.findIndex((x) => x.id === st.id);
    if (i >= 0) s.stations[i] = { ...s.stations[i], servers: st.schedule.map((x) => ({ ...x })) };
  }
  return s;
}

/**
 * A verification run: the scenario with the given servers per interval at the stations,
 * simulated once (same seed and replications), each interval's figure against the target.
 * Used to check a roster built from the requirement.
 */
export async function checkStaffing(
  scenario: Scenario,
  stations: ReadonlyArray<{ id: string; counts: readonly number[] }>,
  intervalSeconds: number,
  target: StaffingTarget,
  options: Pick<StaffingOptions, 'replications' | 'seed' | 'runner' | 'signal'> = {},
): Promise<Array<{ id: string; intervals: Array<Pick<StaffingInterval, 'fromSeconds' | 'servers' | 'metric' | 'metricCI95' | 'met' | 'confident' | 'passengers'>> }>> {
  const idx = stations.map((s) => {
    const i = scenario.stations.findIndex((x) => x.id === s.id);
    if (i < 0) throw new SimulationError('invalid', `station "${s.id}": no such station`);
    return i;
  });
  const K = Math.max(1, Math.ceil(scenario.horizon.arrivalsSeconds / intervalSeconds));
  const replications = options.replications ?? DEFAULT_STAFFING_REPLICATIONS;
  const seed = options.seed ?? scenario.seed ?? 1;
  const counts = stations.map((s) => Array.from({ length: K }, (_, k) => s.counts[k] ?? s.counts[s.counts.length - 1] ?? 0));
  const blocks = await (options.runner ?? inProcessRunner)(withStaffing(scenario, idx, counts, intervalSeconds), replications, seed, intervalSeconds, options.signal);
  const ev = readEvaluation(blocks, idx, K, target.quantile);
  return stations.map((s, j) => ({
    id: s.id,
    intervals: counts[j].map((c, k) => {
      const m = ev.metric[j][k];
      const ci = ev.ci[j][k];
      return { fromSeconds: k * intervalSeconds, servers: c, metric: m, metricCI95: ci, met: m === null || m <= target.limitSeconds, confident: m === null || (ci !== null && ci[1] <= target.limitSeconds), passengers: ev.passengers[j][k] };
    }),
  }));
}
