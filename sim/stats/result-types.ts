import type { ScenarioClock } from '../clock/format-clock.js';

/**
 * The result of a run: the `lanesim/result@1` contract of DESIGN.md plus additive
 * extensions (marked). The CLI prints it, the renderer draws it, exports write it; none of
 * them computes a figure of its own.
 */

import type { LaneStructure } from '../scenario/structure.js';
import type { Decomposition } from './summarize-decomposition.js';

export const RESULT_FORMAT = 'lanesim/result@1';

export type Interval = [number, number];

export interface ClearanceSummary {
  mean: number;
  meanCI95: Interval;
  sd: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  /** Extension: p95 with a 95 % interval over replications (each replication's own p95). */
  p95CI95: Interval;
  /** Extension: minimum clearance time seen. */
  min: number;
}

export interface ClassSummary {
  mean: number;
  p95: number;
  passengers: number;
  /** Extension. */
  meanCI95: Interval;
}

export interface StationSummary {
  id: string;
  served: number;
  meanWait: number;
  p95Wait: number;
  utilization: number;
  meanQueue: number;
  maxQueue: number;
  /** Extensions. */
  label: string;
  mode: 'queue' | 'delay' | 'reclaim';
  checks: string[];
  meanWaitCI95: Interval;
  meanService: number;
  /** Time-average number of passengers at the station (waiting plus in service). */
  meanInStation: number;
  /** Mean servers open over the run (queue stations); 0 for delay and reclaim stations. */
  meanServers: number;
  /** Share of passengers who waited more than 5 minutes before service (IATA optimum band). */
  shareWaitOver5Min: number;
  /** Passengers sent here by an alarm. */
  alarmsIn: number;
  /** Highest utilisation in any time-series interval (queue stations; 0 otherwise). */
  peakUtilization: number;
  /** Extension: IATA-style level of service on wait and space, overall and per interval (queue and reclaim stations). */
  los?: StationLos;
}

/** Extension: one of the four level-of-service bands (docs/level-of-service.md). */
export type LosClassName = 'over-design' | 'optimum' | 'sub-optimum' | 'under-provided';

/** Extension: a station's level of service (docs/level-of-service.md). */
export interface StationLos {
  processType: string;
  /** True when the scenario did not declare the process type and it was read from mode and checks. */
  processTypeInferred: boolean;
  /** Thresholds used and where they come from ("adrm", "adrm-assumed", "assumption", "scenario"). */
  thresholds: { waitSeconds: [number, number, number]; spaceM2: [number, number, number]; source: string };
  queueAreaM2: number | null;
  /** p95 wait of all passengers and its band. */
  wait: { p95Seconds: number; class: LosClassName };
  /**
   * Space per queuing passenger in the busiest interval (largest time-weighted queue) and its
   * band; null without `queueAreaM2`. `m2PerPassenger` is null when no queue ever formed.
   */
  space: { m2PerPassenger: number | null; peakMeanQueue: number; class: LosClassName } | null;
  /** Wait and space combined (the ADRM matrix: both sub-optimum make under-provided). */
  class: LosClassName;
  /** The worst interval's combined band (null when no interval had passengers). */
  worstInterval: LosClassName | null;
  /** Per interval (the time series' intervals); null where no passenger arrived. */
  intervals: {
    /** Width of the intervals (a whole number of time-series intervals, at least 15 minutes); interval k starts at k × this. */
    intervalSeconds: number;
    p95Wait: (number | null)[];
    /** Time-weighted mean queue (waiting passengers). */
    meanQueue: number[];
    /** Passengers who reached the station in the interval, summed over replications. */
    passengers: number[];
    m2PerPassenger: (number | null)[];
    wait: (LosClassName | null)[];
    space: (LosClassName | null)[];
    class: (LosClassName | null)[];
  };
}

/**
 * Extension: one flight or vehicle (group) of the scenario, over replications. Times are
 * seconds from the start of the run (add `clock.startSecondsOfDay` for the time of day);
 * figures are means over replications with 95 % intervals between them.
 */
export interface GroupSummary {
  id: string;
  kind: 'flight' | 'vehicle';
  /** Index of its arrivals stream. */
  stream: number;
  /** When it arrived (the first passenger off). */
  atSeconds: number;
  /** Passengers it brought (the scenario's count). */
  passengers: number;
  /** Passengers who left the lane, mean over replications (equals `passengers` once the lane drained). */
  cleared: number;
  firstClearedSeconds: number;
  lastClearedSeconds: number;
  meanClearance: number;
  meanClearanceCI95: Interval;
  /** Each replication's p95 of the group (5-s bins), averaged. */
  p95Clearance: number;
  p95ClearanceCI95: Interval;
  withinTarget: number;
  withinTargetCI95: Interval;
  /** First passenger off to last passenger cleared: how long a bus waits for its travellers (0 for a departure). */
  dwellSeconds: number;
  dwellCI95: Interval;
  /** Extension: a departing flight (then `atSeconds` is its STD); absent for arrivals. */
  departure?: DepartureFigures;
}

/**
 * Extension: a departing flight against its cut-off (`closeBeforeSeconds` before STD): who
 * reached the lane by the cut-off, and who left the lane after it (missed-flight risk). Counts
 * are means over replications; shares are of the flight's passengers; 95 % intervals over
 * replications.
 */
export interface DepartureFigures {
  stdSeconds: number;
  /** STD − closeBeforeSeconds, seconds from the start of the run (may be negative). */
  cutoffSeconds: number;
  closeBeforeSeconds: number;
  /** Passengers who entered the lane at or before the cut-off. */
  reachedLane: number;
  reachedLaneCI95: Interval;
  /** Passengers who left the lane after the cut-off (including those who reached it after the cut-off). */
  afterCutoff: number;
  afterCutoffCI95: Interval;
  /** afterCutoff as a share of the flight's passengers. */
  afterCutoffShare: number;
  afterCutoffShareCI95: Interval;
}

/** Extension: series over time, averaged over replications, for charts. */
export interface TimeSeries {
  intervalSeconds: number;
  /** Start of each interval, seconds from the start of the run. */
  t: number[];
  /** Queue length sampled at the start of each interval, by station id. */
  queue: Record<string, number[]>;
  /**
   * Utilisation in each interval (busy over available server time, all replications), by
   * station id, for queue stations: when desks saturate, not just how busy they were on average.
   */
  utilization: Record<string, number[]>;
  /** Passengers in the lane at the start of each interval. */
  inLane: number[];
  /** Passengers leaving the lane in each interval, as a rate per hour. */
  throughputPerHour: number[];
  /** Passengers entering the lane in each interval, as a rate per hour. */
  arrivalsPerHour: number[];
}

/** Extension: one figure per replication, so runs can be compared after the fact (paired or not). */
export interface PerReplication {
  /** Replication index of each entry; with the run's seed it names the random streams used. */
  replication: number[];
  passengers: number[];
  mean: number[];
  p95: number[];
  throughputPerHour: number[];
  withinTarget: number[];
  /** Mean wait by station id. */
  stationMeanWait: Record<string, number[]>;
  /** Extension (capacity planning needs intervals on these): p95 wait by station id. */
  stationP95Wait: Record<string, number[]>;
  /** Utilisation by station id. */
  stationUtilization: Record<string, number[]>;
  /** Share of passengers waiting more than 5 minutes, by station id. */
  stationShareWaitOver5Min: Record<string, number[]>;
  /**
   * Extension: passengers who waited (were served) at each station, by station id: tells a
   * replication where nobody came (its `stationMeanWait` 0 is no wait) from one where nobody waited.
   */
  stationWaits?: Record<string, number[]>;
}

/** Extension: the clearance-time distribution, for the histogram and the cumulative curve. */
export interface ClearanceDistribution {
  /** Histogram bin width in seconds; bins start at 0. */
  binSeconds: number;
  counts: number[];
  /** Clearance time at each percentile 0, 1, …, 100. */
  percentiles: number[];
}

export interface WithinTarget {
  seconds: number;
  share: number;
  shareCI95: Interval;
}

export interface RunResult {
  format: typeof RESULT_FORMAT;
  engine: string;
  scenario: string;
  scenarioHash: string;
  seed: number;
  replications: number;
  passengers: number;
  clearance: ClearanceSummary;
  byClass: Record<string, ClassSummary>;
  stations: StationSummary[];
  throughputPerHour: number;
  events: number;
  wallMs: number;
  /** Extensions. */
  withinTarget: WithinTarget;
  distribution: ClearanceDistribution;
  timeseries: TimeSeries;
  perReplication: PerReplication;
  /** Observations start after this warm-up (from the scenario). */
  warmupSeconds: number;
  /** Simulated time at which the last passenger left, mean over replications. */
  makespanSeconds: number;
  /** Extension: inspection steps and queues on the main path, per class and overall (sim/scenario/structure.ts). */
  structure?: LaneStructure;
  /** Extension: where each second of clearance goes — walking, queueing, service, bags, secondary (sim/stats/summarize-decomposition.ts). */
  decomposition?: Decomposition;
  /** Extension: one row per flight or vehicle, in the scenario's order; absent without any. */
  groups?: GroupSummary[];
  /** Extension: the scenario's clock (its `startTime`); times of day are `startSecondsOfDay + t`. Absent without a startTime. */
  clock?: ScenarioClock;
}

/** One passenger's visit to one station, in replication 0: the flat record behind passengers.csv and replay. */
export interface VisitLog {
  passenger: Int32Array;
  station: Int32Array;
  /** Arrival at the station (after any walk). */
  arrive: Float64Array;
  /** Start of service (equals `arrive` for delay stations). */
  start: Float64Array;
  end: Float64Array;
  /** 1 when the passenger came here because of an alarm. */
  alarm: Uint8Array;
  /** Server slot used (queue stations), -1 otherwise. */
  server: Int16Array;
  length: number;
}

export interface PassengerLog {
  classIndex: Uint8Array;
  bags: Uint8Array;
  entry: Float64Array;
  exit: Float64Array;
  /** Index into the scenario's arrivals streams. */
  source: Int32Array;
  /**
   * Extension: where each passenger's seconds went, 5 per passenger in the order of
   * `decomposition.parts` (walking, queueing, service, bags, secondary); added in that order
   * they equal exit − entry exactly. NaN for a passenger still in the lane. Absent in
   * stored replay traces.
   */
  parts?: Float64Array;
  length: number;
}

/** Extension: the record of one replication (the first), bounded in size. */
export interface RunLog {
  stationIds: string[];
  classIds: string[];
  passengers: PassengerLog;
  visits: VisitLog;
  /** True when the bound was reached and later passengers are missing. */
  truncated: boolean;
  /**
   * Extension (replay): simulated time of the first record refused by the bound; every
   * passenger's state is fully recorded before it. Infinity when not truncated.
   */
  completeUntil?: number;
}
