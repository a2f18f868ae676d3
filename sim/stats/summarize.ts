/**
 * Turns the observations of several replications into the `lanesim/result@1` object.
 * Pooled figures (percentiles, distributions) come from all passengers of all
 * replications; intervals come from the spread between replications, which are
 * independent where passengers within one replication are not.
 */
import { mean, quantileSorted } from 'simple-statistics';
import type { CompiledLane } from '../scenario/compile.js';
import { interval95 } from './confidence.js';
import type { ReplicationStats } from './replication-stats.js';
import { RESULT_FORMAT, type ClassSummary, type ClearanceDistribution, type RunResult, type StationSummary, type TimeSeries } from './result-types.js';

const NICE_BINS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 300, 600, 900, 1200, 1800, 3600, 7200, 14400];

export interface SummaryContext {
  engine: string;
  scenarioHash: string;
  seed: number;
  wallMs: number;
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values as ArrayLike<number>).sort();
}

function q(sorted: Float64Array, p: number): number {
  return sorted.length ? quantileSorted(sorted as unknown as number[], p) : 0;
}

function safeMean(values: ArrayLike<number>): number {
  return values.length ? mean(Array.from(values)) : 0;
}

function concat(parts: ArrayLike<number>[]): Float64Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p as ArrayLike<number>, o);
    o += p.length;
  }
  return out;
}

function distribution(sorted: Float64Array): ClearanceDistribution {
  const max = sorted.length ? sorted[sorted.length - 1] : 0;
  const binSeconds = NICE_BINS.find((b) => Math.ceil((max + 1e-9) / b) <= 60) ?? Math.ceil(max / 60);
  const counts = new Array<number>(Math.max(1, Math.ceil((max + 1e-9) / binSeconds))).fill(0);
  for (let i = 0; i < sorted.length; i++) counts[Math.min(counts.length - 1, Math.floor(sorted[i] / binSeconds))]++;
  const percentiles = Array.from({ length: 101 }, (_, k) => q(sorted, k / 100));
  return { binSeconds, counts, percentiles };
}

/** A time cannot be negative, whatever the normal approximation says of its mean. */
function timeInterval(values: ArrayLike<number>, centre: number): [number, number] {
  const [lo, hi] = interval95(values, centre);
  return [Math.max(0, lo), hi];
}

/** A share's interval cannot leave [0, 1], whatever the normal approximation says. */
function clampShare([lo, hi]: [number, number]): [number, number] {
  return [Math.max(0, lo), Math.min(1, hi)];
}

function shareAtMost(values: ArrayLike<number>, limit: number): number {
  if (values.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] <= limit) n++;
  return n / values.length;
}

function timeseries(lane: CompiledLane, reps: ReplicationStats[]): TimeSeries {
  const interval = reps[0]?.series.intervalSeconds ?? 0;
  const len = Math.max(0, ...reps.map((r) => r.series.inLane.length));
  const avg = (pick: (r: ReplicationStats) => ArrayLike<number>, scale = 1) => {
    const out = new Array<number>(len).fill(0);
    for (const r of reps) {
      const a = pick(r);
      for (let i = 0; i < a.length; i++) out[i] += a[i];
    }
    return out.map((v) => (v / Math.max(1, reps.length)) * scale);
  };
  const perHour = interval > 0 ? 3600 / interval : 0;
  const queue: Record<string, number[]> = {};
  lane.stations.forEach((st, s) => {
    queue[st.id] = avg((r) => r.series.queue[s]);
  });
  const utilization: Record<string, number[]> = {};
  lane.stations.forEach((st, s) => {
    if (!st.schedule) return;
    const busy = avg((r) => r.series.busy[s]);
    const available = avg((r) => r.series.available[s]);
    utilization[st.id] = busy.map((b, i) => (available[i] > 0 ? b / available[i] : 0));
  });
  return {
    intervalSeconds: interval,
    t: Array.from({ length: len }, (_, i) => i * interval),
    queue,
    utilization,
    inLane: avg((r) => r.series.inLane),
    throughputPerHour: avg((r) => r.series.exits, perHour),
    arrivalsPerHour: avg((r) => r.series.arrivals, perHour),
  };
}

/** Summarises replications (in replication order) into the result contract. */
export function summarize(lane: CompiledLane, reps: ReplicationStats[], ctx: SummaryContext): RunResult {
  const pooled = concat(reps.map((r) => r.clearance));
  const sorted = sortedCopy(pooled);
  const n = sorted.length;
  const pooledMean = n ? sorted.reduce((a, b) => a + b, 0) / n : 0;
  const sd = n > 1 ? Math.sqrt(sorted.reduce((a, b) => a + (b - pooledMean) * (b - pooledMean), 0) / (n - 1)) : 0;
  const repSorted = reps.map((r) => sortedCopy(r.clearance));
  const repMeans = reps.map((r) => safeMean(r.clearance));
  const repP95 = repSorted.map((s) => q(s, 0.95));
  const windows = reps.map((r) => Math.max(0, r.end - r.warmup));
  const totalWindow = windows.reduce((a, b) => a + b, 0);
  const repThroughput = reps.map((r, i) => (windows[i] > 0 ? (r.clearance.length / windows[i]) * 3600 : 0));
  const target = lane.targetSeconds;
  const repWithin = reps.map((r) => shareAtMost(r.clearance, target));
  const withinShare = shareAtMost(sorted, target);

  const byClass: Record<string, ClassSummary> = {};
  lane.classes.forEach((c, k) => {
    const perRep = reps.map((r) => r.clearance.filter((_, i) => r.clearanceClass[i] === k));
    const all = sortedCopy(concat(perRep));
    const m = safeMean(all);
    byClass[c.id] = {
      mean: m,
      p95: q(all, 0.95),
      passengers: all.length,
      meanCI95: timeInterval(perRep.filter((x) => x.length > 0).map((x) => safeMean(x)), m),
    };
  });

  const series = timeseries(lane, reps);
  const stations: StationSummary[] = lane.stations.map((st, s) => {
    const obs = reps.map((r) => r.stations[s]);
    const waits = sortedCopy(concat(obs.map((o) => o.waits)));
    const nWaits = waits.length;
    const served = obs.reduce((a, o) => a + o.served, 0);
    const waitSum = obs.reduce((a, o) => a + o.waitSum, 0);
    const serviceSum = obs.reduce((a, o) => a + o.serviceSum, 0);
    const available = obs.reduce((a, o) => a + o.availableArea, 0);
    const meanWait = nWaits ? waitSum / nWaits : 0;
    return {
      id: st.id,
      served,
      meanWait,
      p95Wait: q(waits, 0.95),
      utilization: available > 0 ? obs.reduce((a, o) => a + o.busyArea, 0) / available : 0,
      meanQueue: totalWindow > 0 ? obs.reduce((a, o) => a + o.queueArea, 0) / totalWindow : 0,
      maxQueue: Math.max(0, ...obs.map((o) => o.maxQueue)),
      label: st.label,
      mode: st.mode === 0 ? 'queue' : st.mode === 1 ? 'delay' : 'reclaim',
      checks: st.checks,
      meanWaitCI95: timeInterval(
        obs.filter((o) => o.waits.length > 0).map((o) => o.waitSum / o.waits.length),
        meanWait,
      ),
      meanService: nWaits ? serviceSum / nWaits : 0,
      meanInStation: totalWindow > 0 ? obs.reduce((a, o) => a + o.inStationArea, 0) / totalWindow : 0,
      meanServers: totalWindow > 0 && st.schedule ? obs.reduce((a, o) => a + o.serversArea, 0) / totalWindow : 0,
      shareWaitOver5Min: nWaits ? obs.reduce((a, o) => a + o.waitsOver5Min, 0) / nWaits : 0,
      alarmsIn: obs.reduce((a, o) => a + o.alarmsIn, 0),
      peakUtilization: Math.max(0, ...(series.utilization[st.id] ?? [])),
    };
  });

  const stationMeanWait: Record<string, number[]> = {};
  const stationP95Wait: Record<string, number[]> = {};
  const stationUtilization: Record<string, number[]> = {};
  const stationShareWaitOver5Min: Record<string, number[]> = {};
  lane.stations.forEach((st, s) => {
    stationMeanWait[st.id] = reps.map((r) => (r.stations[s].waits.length ? r.stations[s].waitSum / r.stations[s].waits.length : 0));
    stationP95Wait[st.id] = reps.map((r) => q(sortedCopy(r.stations[s].waits), 0.95));
    stationUtilization[st.id] = reps.map((r) => (r.stations[s].availableArea > 0 ? r.stations[s].busyArea / r.stations[s].availableArea : 0));
    stationShareWaitOver5Min[st.id] = reps.map((r) => (r.stations[s].waits.length ? r.stations[s].waitsOver5Min / r.stations[s].waits.length : 0));
  });

  return {
    format: RESULT_FORMAT,
    engine: ctx.engine,
    scenario: lane.scenario.name,
    scenarioHash: ctx.scenarioHash,
    seed: ctx.seed,
    replications: reps.length,
    passengers: n,
    clearance: {
      mean: pooledMean,
      meanCI95: timeInterval(repMeans, pooledMean),
      sd,
      p50: q(sorted, 0.5),
      p90: q(sorted, 0.9),
      p95: q(sorted, 0.95),
      p99: q(sorted, 0.99),
      max: n ? sorted[n - 1] : 0,
      min: n ? sorted[0] : 0,
      p95CI95: timeInterval(repP95, q(sorted, 0.95)),
    },
    byClass,
    stations,
    throughputPerHour: totalWindow > 0 ? (n / totalWindow) * 3600 : 0,
    events: reps.reduce((a, r) => a + r.events, 0),
    wallMs: ctx.wallMs,
    withinTarget: { seconds: target, share: withinShare, shareCI95: clampShare(interval95(repWithin, withinShare)) },
    distribution: distribution(sorted),
    timeseries: series,
    perReplication: {
      replication: reps.map((r) => r.replication),
      passengers: reps.map((r) => r.clearance.length),
      mean: repMeans,
      p95: repP95,
      throughputPerHour: repThroughput,
      withinTarget: repWithin,
      stationMeanWait,
      stationP95Wait,
      stationUtilization,
      stationShareWaitOver5Min,
    },
    warmupSeconds: lane.warmupSeconds,
    makespanSeconds: safeMean(reps.map((r) => r.end)),
  };
}
