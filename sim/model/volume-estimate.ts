/**
 * How much work a run will be, estimated from the scenario before it starts, so an absurd
 * file is refused with a figure and the JSON path to change instead of eating hours and
 * gigabytes: passengers per replication (rates × horizon, flight and vehicle sizes),
 * station visits (the traffic equations solved exactly, so a loop that sends passengers
 * round 10⁶ times counts 10⁶), events, the time by which the lane has drained (arrival
 * spread plus a far-tail service time per visit, so heavy-tailed delay stations count), and
 * the time-series values that span implies. The budgets are documented in docs/limits.md.
 */
import { detExp } from '../engine/det-math.js';
import { DistCode, type CompiledDist } from '../engine/distributions.js';
import { ModeCode, SourceCode, type CompiledLane } from '../scenario/compile.js';
import { expectedArrivals, visitRatios } from './offered-load.js';

/** The documented budgets (docs/limits.md). A replication's memory follows from them. */
export const BUDGETS = {
  /** Expected passengers entering the lane in one replication. */
  passengersPerReplication: 5_000_000,
  /** Expected station visits in one replication (loops and alarms included). */
  visitsPerReplication: 50_000_000,
  /** Expected station visits over all replications of one run. */
  visitsPerRun: 500_000_000,
  /** Values kept in the time series of one replication (stations × series × intervals). */
  seriesValuesPerReplication: 5_000_000,
  /** Latest time a passenger may still be walking off an aircraft or bus: one week after it arrives. */
  groupSpreadSeconds: 7 * 24 * 3600,
  /** Time the lane may take to drain after the last arrival (far-tail estimate): four weeks. */
  drainSeconds: 28 * 24 * 3600,
} as const;

/** Standard normal quantile at 1 − 10⁻⁶: the "far tail" used for drain estimates. */
const Z_TAIL = 4.7534;
/** ln(10⁶), the exponential distribution's quantile at 1 − 10⁻⁶ in means. */
const LN_TAIL = 13.8155;

/** A service, walk or per-bag time that one draw in a million exceeds (an upper estimate). */
export function tailSeconds(d: CompiledDist): number {
  switch (d.code) {
    case DistCode.Constant:
      return d.p0;
    case DistCode.Exponential:
      return d.mean * LN_TAIL;
    case DistCode.Uniform:
      return d.p0 + d.p1;
    case DistCode.Triangular:
      return d.p2;
    case DistCode.Normal:
      return Math.max(0, d.p0 + Z_TAIL * d.p1);
    case DistCode.Lognormal:
      return detExp(Math.min(700, d.p0 + Z_TAIL * d.p1));
    case DistCode.Gamma:
    case DistCode.Erlang: {
      // Shape k, scale θ. Below shape 1 a gamma is stochastically smaller than Exp(θ);
      // above, the Wilson–Hilferty cube approximation of the quantile.
      const k = d.p0;
      const theta = d.p1;
      if (k <= 1) return theta * LN_TAIL;
      const c = 1 / (9 * k);
      const w = 1 - c + Z_TAIL * Math.sqrt(c);
      return k * theta * w * w * w;
    }
    case DistCode.Empirical: {
      let max = 0;
      for (let i = 0; i < d.values.length; i++) if (d.values[i] > max) max = d.values[i];
      return max;
    }
  }
}

export interface VolumeEstimate {
  passengers: number;
  visits: number;
  events: number;
  /** Time of the last arrival at the lane (flights and buses spread their passengers out). */
  lastArrivalSeconds: number;
  /** Far-tail time from the last arrival until the lane is empty. */
  drainSeconds: number;
  /** Time-series values one replication keeps at the given interval. */
  seriesValues: number;
  /** Expected visits per replication at each station. */
  visitsByStation: Float64Array;
  /** Per source: expected passengers, and the latest a group's last passenger lands (0 for Poisson). */
  passengersBySource: number[];
  groupSpread: Array<{ source: number; group: number; seconds: number }>;
  /** Per station: the far-tail time of one visit (walk, service, bags). */
  tailByStation: Float64Array;
}

/** Expected visits per passenger of class k at each station: the traffic equations solved exactly (offered-load.ts). */
export const exactVisits = visitRatios;

function seriesCount(lane: CompiledLane): number {
  // Per station: queue, busy and available server time; for the lane: in lane, exits, arrivals.
  return lane.stations.length * 3 + 3;
}

/** Estimates one replication's volume; `intervalSeconds` is the time-series interval the run would use. */
export function estimateVolume(lane: CompiledLane, intervalSeconds: number): VolumeEstimate {
  const { byClass } = expectedArrivals(lane);
  const passengers = byClass.reduce((a, b) => a + b, 0);
  const n = lane.stations.length;
  const visitsByStation = new Float64Array(n);
  const maxVisits = new Float64Array(n);
  lane.classes.forEach((_, k) => {
    if (!(byClass[k] > 0)) return;
    const v = exactVisits(lane, k);
    for (let s = 0; s < n; s++) {
      visitsByStation[s] += byClass[k] * v[s];
      if (v[s] > maxVisits[s]) maxVisits[s] = v[s];
    }
  });
  let visits = 0;
  for (let s = 0; s < n; s++) visits += visitsByStation[s];

  const passengersBySource: number[] = [];
  const groupSpread: VolumeEstimate['groupSpread'] = [];
  let lastArrival = lane.arrivalsSeconds;
  lane.sources.forEach((src, si) => {
    if (src.code === SourceCode.PoissonConstant) passengersBySource.push(src.rate * lane.arrivalsSeconds);
    else if (src.code === SourceCode.PoissonScheduled) {
      let total = 0;
      for (let k = 0; k < src.stepTimes.length; k++) {
        const from = Math.min(src.stepTimes[k], lane.arrivalsSeconds);
        const to = Math.min(k + 1 < src.stepTimes.length ? src.stepTimes[k + 1] : Infinity, lane.arrivalsSeconds);
        total += src.stepRates[k] * Math.max(0, to - from);
      }
      passengersBySource.push(total);
    } else {
      let total = 0;
      src.groups.forEach((g, gi) => {
        total += g.passengers;
        // A departure's passengers come before its STD (its show-up, not a spread after `at`).
        const spread = g.departure ? 0 : g.passengers * g.gap + (g.walk ? tailSeconds(g.walk) : 0);
        groupSpread.push({ source: si, group: gi, seconds: spread });
        lastArrival = Math.max(lastArrival, g.departure ? g.departure.std : g.at + spread);
      });
      passengersBySource.push(total);
    }
  });

  let maxBags = 0;
  for (const c of lane.classes) for (let i = 0; i < c.bagCounts.length; i++) maxBags = Math.max(maxBags, c.bagCounts[i]);
  const tailByStation = new Float64Array(n);
  let drain = 0;
  lane.stations.forEach((st, s) => {
    let service = 0;
    for (const d of st.serviceByClass) service = Math.max(service, tailSeconds(d));
    let tail = service + (st.walk ? tailSeconds(st.walk) : 0) + (st.perBag ? maxBags * tailSeconds(st.perBag) : 0);
    if (st.mode === ModeCode.Reclaim) tail += st.firstBagSeconds + (passengers * Math.max(1, maxBags)) / st.bagsPerSecond;
    tailByStation[s] = tail;
    // One far-tail visit per expected visit of the passenger who visits most: an upper estimate.
    drain += Math.max(1, maxVisits[s]) * tail * (maxVisits[s] > 0 ? 1 : 0);
  });

  const span = lastArrival + drain;
  const seriesValues = intervalSeconds > 0 ? (Math.ceil(span / intervalSeconds) + 1) * seriesCount(lane) : 0;
  return {
    passengers,
    visits,
    events: 2 * passengers + 2 * visits,
    lastArrivalSeconds: lastArrival,
    drainSeconds: drain,
    seriesValues,
    visitsByStation,
    passengersBySource,
    groupSpread,
    tailByStation,
  };
}

/** A figure as people read it: 3,400,000 below a billion, 3.4e9 above. */
export function figure(x: number): string {
  if (!Number.isFinite(x)) return 'unbounded';
  if (x >= 1e9) {
    let exp = 0;
    let m = x;
    while (m >= 10) {
      m /= 10;
      exp++;
    }
    return `${m.toFixed(1)}e${exp}`;
  }
  return Math.round(x).toLocaleString('en');
}
