/**
 * Turns the merged statistics of a run's replications (`BlockStats`, in replication order)
 * into the `lanesim/result@1` object, in one pass over the per-replication columns and one
 * walk over each histogram: no passenger is re-read, nothing is sorted but the bins.
 * Pooled figures (mean, sd, percentiles, distributions) come from all passengers of all
 * replications; intervals come from the spread between replications, which are independent
 * where passengers within one replication are not. Percentiles and the distribution come
 * from the log-linear histograms (histogram.ts: error at most 0.1 % of the value, or 1 ms
 * below 1 s); every other figure is exact.
 */
import { mean } from 'simple-statistics';
import type { CompiledLane } from '../scenario/compile.js';
import type { BlockStats } from './block-stats.js';
import { interval95 } from './confidence.js';
import { stationIntervals } from './interval-figures.js';
import { stationLos } from './level-of-service.js';
import { binCentre, histogramQuantiles, type HistogramData } from './histogram.js';
import { RESULT_FORMAT, type ClassSummary, type ClearanceDistribution, type RunResult, type StationSummary, type TimeSeries } from './result-types.js';
import { own } from '../scenario/own-key.js';

const NICE_BINS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 300, 600, 900, 1200, 1800, 3600, 7200, 14400];
const PERCENTILES = Array.from({ length: 101 }, (_, k) => k / 100);
const HEADLINE = [0.5, 0.9, 0.95, 0.99];

export interface SummaryContext {
  engine: string;
  scenarioHash: string;
  seed: number;
  wallMs: number;
}

/**
 * The histogram for the chart: bins of a round width (at most 60), each fine bin counted
 * in the chart bin holding its centre. Exact wherever the round width is a multiple of the
 * fine bins' width (always below 2,048 s and for the usual widths above); elsewhere a fine
 * bin of at most 0.2 % of its value that straddles a chart edge is counted whole on one side.
 */
function distribution(h: HistogramData): ClearanceDistribution {
  const max = h.max;
  const binSeconds = NICE_BINS.find((b) => Math.ceil((max + 1e-9) / b) <= 60) ?? Math.ceil(max / 60);
  const counts = new Array<number>(Math.max(1, Math.ceil((max + 1e-9) / binSeconds))).fill(0);
  for (let i = 0; i < h.counts.length; i++) {
    const c = h.counts[i];
    if (c === 0) continue;
    const v = Math.min(binCentre(h.offset + i), max);
    counts[Math.min(counts.length - 1, Math.floor(v / binSeconds))] += c;
  }
  return { binSeconds, counts, percentiles: histogramQuantiles(h, PERCENTILES) };
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

function total(a: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

function maxOf(a: readonly number[]): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > m) m = a[i];
  return m;
}

/**
 * Which intervals count for a peak: those that at least half of the replications reach (a
 * replication reaches interval i when it has not ended by its start, i·Δ ≤ end). A tail
 * interval that only a straggler still reaches (one passenger in secondary inspection in 1
 * of 100 replications) describes that passenger, not the lane, so it sets no peak.
 */
export function majorityIntervals(block: BlockStats, length: number): boolean[] {
  const interval = block.series.intervalSeconds;
  const reps = block.end.length;
  const out = new Array<boolean>(length).fill(false);
  if (!(interval > 0) || reps === 0) return out;
  for (let i = 0; i < length; i++) {
    let reached = 0;
    for (let r = 0; r < reps; r++) if (i * interval <= block.end[r]) reached++;
    out[i] = 2 * reached >= reps;
  }
  return out;
}

/** The largest value among the intervals that count (see `majorityIntervals`). */
function peakOver(values: readonly number[], counts: readonly boolean[]): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (counts[i] && values[i] > m) m = values[i];
  return m;
}

function timeseries(lane: CompiledLane, block: BlockStats): TimeSeries {
  const s = block.series;
  const reps = Math.max(1, block.replications.length);
  const interval = s.intervalSeconds;
  const len = s.inLane.length;
  const avg = (a: readonly number[], scale = 1) => {
    const out = new Array<number>(len);
    for (let i = 0; i < len; i++) out[i] = ((a[i] ?? 0) / reps) * scale;
    return out;
  };
  const perHour = interval > 0 ? 3600 / interval : 0;
  const queue: Record<string, number[]> = {};
  lane.stations.forEach((st, k) => {
    queue[st.id] = avg(s.queue[k]);
  });
  const utilization: Record<string, number[]> = {};
  lane.stations.forEach((st, k) => {
    if (!st.schedule) return;
    const busy = s.busy[k];
    const available = s.available[k];
    const out = new Array<number>(len);
    for (let i = 0; i < len; i++) out[i] = (available[i] ?? 0) > 0 ? (busy[i] ?? 0) / available[i] : 0;
    utilization[st.id] = out;
  });
  return {
    intervalSeconds: interval,
    t: Array.from({ length: len }, (_, i) => i * interval),
    queue,
    utilization,
    inLane: avg(s.inLane),
    throughputPerHour: avg(s.exits, perHour),
    arrivalsPerHour: avg(s.arrivals, perHour),
  };
}

const LOS_MIN_INTERVAL = 900;

/** Extension: each queue and reclaim station's level of service (additive; nothing else changes). */
function addLevelOfService(lane: CompiledLane, block: BlockStats, stations: StationSummary[]): void {
  const base = block.intervals?.intervalSeconds ?? 0;
  if (!(base > 0)) return;
  // Quarter hours at least (ADRM reads peak periods, not minutes), in whole series intervals.
  const merge = Math.max(1, Math.ceil(LOS_MIN_INTERVAL / base));
  lane.stations.forEach((st, s) => {
    if (st.mode === 1) return;
    const iv = stationIntervals(block, s, 0.95, merge);
    if (!iv) return;
    const declared = lane.scenario.stations[s];
    stations[s].los = stationLos({
      mode: stations[s].mode,
      checks: st.checks,
      processType: declared?.processType,
      queueAreaM2: declared?.queueAreaM2,
      overrides: lane.scenario.levelOfService,
      p95Wait: stations[s].p95Wait,
      intervalP95Wait: iv.waitQuantile,
      intervalMeanQueue: iv.meanQueue,
      intervalPassengers: iv.passengers,
      intervalSeconds: iv.intervalSeconds,
    });
  });
}

/** Summarises a run's merged block (replications in order) into the result contract. */
export function summarize(lane: CompiledLane, block: BlockStats, ctx: SummaryContext): RunResult {
  const R = block.replications.length;
  const c = block.clearance;
  const n = total(c.passengers);
  // Pooled mean and spread: per-replication sums in replication order, then the exact
  // decomposition of the sum of squares (within plus between replications).
  let sum = 0;
  for (let r = 0; r < R; r++) sum += c.sum[r];
  const pooledMean = n ? sum / n : 0;
  let m2 = 0;
  for (let r = 0; r < R; r++) {
    const k = c.passengers[r];
    if (k === 0) continue;
    const s1 = c.shiftedSum[r];
    const within = c.shiftedSquares[r] - (s1 * s1) / k;
    const d = c.shift[r] + s1 / k - pooledMean;
    m2 += (within > 0 ? within : 0) + k * d * d;
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
  const repMeans = c.passengers.map((k, r) => (k ? c.sum[r] / k : 0));
  const repP95 = c.p95;
  const windows = block.end.map((e, r) => Math.max(0, e - block.warmup[r]));
  const totalWindow = total(windows);
  const repThroughput = c.passengers.map((k, r) => (windows[r] > 0 ? (k / windows[r]) * 3600 : 0));
  const target = lane.targetSeconds;
  const repWithin = c.withinTarget.map((w, r) => (c.passengers[r] ? w / c.passengers[r] : 0));
  const withinShare = n ? total(c.withinTarget) / n : 0;
  const h = block.histograms.clearance;
  const [p50, p90, p95, p99] = histogramQuantiles(h, HEADLINE);

  const byClass: Record<string, ClassSummary> = {};
  lane.classes.forEach((cl, k) => {
    const col = block.classes[k];
    const count = total(col.passengers);
    let s = 0;
    for (let r = 0; r < R; r++) s += col.sum[r];
    const m = count ? s / count : 0;
    const means: number[] = [];
    for (let r = 0; r < R; r++) if (col.passengers[r] > 0) means.push(col.sum[r] / col.passengers[r]);
    byClass[cl.id] = {
      mean: m,
      p95: histogramQuantiles(block.histograms.byClass[k], [0.95])[0],
      passengers: count,
      meanCI95: timeInterval(means, m),
    };
  });

  const series = timeseries(lane, block);
  const peakIntervals = majorityIntervals(block, series.t.length);
  const stations: StationSummary[] = lane.stations.map((st, s) => {
    const o = block.stations[s];
    const nWaits = total(o.waits);
    const waitSum = total(o.waitSum);
    const available = total(o.availableArea);
    const meanWait = nWaits ? waitSum / nWaits : 0;
    const repWaitMeans: number[] = [];
    for (let r = 0; r < R; r++) if (o.waits[r] > 0) repWaitMeans.push(o.waitSum[r] / o.waits[r]);
    return {
      id: st.id,
      served: total(o.served),
      meanWait,
      p95Wait: histogramQuantiles(block.histograms.waits[s], [0.95])[0],
      utilization: available > 0 ? total(o.busyArea) / available : 0,
      meanQueue: totalWindow > 0 ? total(o.queueArea) / totalWindow : 0,
      maxQueue: maxOf(o.maxQueue),
      label: st.label,
      mode: st.mode === 0 ? 'queue' : st.mode === 1 ? 'delay' : 'reclaim',
      checks: st.checks,
      meanWaitCI95: timeInterval(repWaitMeans, meanWait),
      meanService: nWaits ? total(o.serviceSum) / nWaits : 0,
      meanInStation: totalWindow > 0 ? total(o.inStationArea) / totalWindow : 0,
      meanServers: totalWindow > 0 && st.schedule ? total(o.serversArea) / totalWindow : 0,
      shareWaitOver5Min: nWaits ? total(o.waitsOver5Min) / nWaits : 0,
      alarmsIn: total(o.alarmsIn),
      peakUtilization: peakOver(own(series.utilization, st.id) ?? [], peakIntervals),
    };
  });
  addLevelOfService(lane, block, stations);

  const stationMeanWait: Record<string, number[]> = {};
  const stationP95Wait: Record<string, number[]> = {};
  const stationUtilization: Record<string, number[]> = {};
  const stationShareWaitOver5Min: Record<string, number[]> = {};
  const stationWaits: Record<string, number[]> = {};
  lane.stations.forEach((st, s) => {
    const o = block.stations[s];
    stationWaits[st.id] = o.waits.slice();
    stationMeanWait[st.id] = o.waits.map((k, r) => (k ? o.waitSum[r] / k : 0));
    stationP95Wait[st.id] = o.p95Wait.slice();
    stationUtilization[st.id] = o.availableArea.map((a, r) => (a > 0 ? o.busyArea[r] / a : 0));
    stationShareWaitOver5Min[st.id] = o.waits.map((k, r) => (k ? o.waitsOver5Min[r] / k : 0));
  });

  return {
    format: RESULT_FORMAT,
    engine: ctx.engine,
    scenario: lane.scenario.name,
    scenarioHash: ctx.scenarioHash,
    seed: ctx.seed,
    replications: R,
    passengers: n,
    clearance: {
      mean: pooledMean,
      meanCI95: timeInterval(repMeans, pooledMean),
      sd,
      p50,
      p90,
      p95,
      p99,
      max: n ? h.max : 0,
      min: n ? h.min : 0,
      p95CI95: timeInterval(repP95, p95),
    },
    byClass,
    stations,
    throughputPerHour: totalWindow > 0 ? (n / totalWindow) * 3600 : 0,
    events: total(block.events),
    wallMs: ctx.wallMs,
    withinTarget: { seconds: target, share: withinShare, shareCI95: clampShare(interval95(repWithin, withinShare)) },
    distribution: distribution(h),
    timeseries: series,
    perReplication: {
      replication: block.replications.slice(),
      passengers: c.passengers.slice(),
      mean: repMeans,
      p95: repP95.slice(),
      throughputPerHour: repThroughput,
      withinTarget: repWithin,
      stationMeanWait,
      stationP95Wait,
      stationUtilization,
      stationShareWaitOver5Min,
      stationWaits,
    },
    warmupSeconds: lane.warmupSeconds,
    makespanSeconds: R ? mean(block.end) : 0,
  };
}

