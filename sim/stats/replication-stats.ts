/**
 * What one replication hands over: raw observations (clearance times, waits) and time
 * integrals, all in typed arrays so a worker can transfer them without copying. The
 * summary of many replications is computed from these alone, which is what makes a run
 * split across workers give exactly the numbers of a run in one thread.
 */
import type { RunLog } from './result-types.js';

export interface StationObservations {
  served: number;
  waitSum: number;
  serviceSum: number;
  /** Waits of passengers who arrived after the warm-up. */
  waits: Float32Array;
  waitsOver5Min: number;
  alarmsIn: number;
  /** Time integrals over [warm-up, end]. */
  queueArea: number;
  busyArea: number;
  /** Integral of max(open servers, busy servers): the server time available, for utilisation. */
  availableArea: number;
  /** Integral of open servers. */
  serversArea: number;
  inStationArea: number;
  maxQueue: number;
}

export interface ReplicationStats {
  replication: number;
  /** The seed this replication's streams were derived from (the run's seed). */
  seed: number;
  events: number;
  warmup: number;
  /** Time the last passenger left (end of the observation window). */
  end: number;
  entered: number;
  /** Clearance times of passengers who entered after the warm-up, in exit order. */
  clearance: Float64Array;
  clearanceClass: Uint8Array;
  stations: StationObservations[];
  series: {
    intervalSeconds: number;
    /** Queue length at the start of each interval, per station. */
    queue: Float32Array[];
    /** Busy and available server-seconds in each interval, per station (utilisation over time). */
    busy: Float32Array[];
    available: Float32Array[];
    inLane: Float32Array;
    exits: Float64Array;
    arrivals: Float64Array;
  };
  log: RunLog | null;
}
