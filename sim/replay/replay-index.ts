/**
 * Indexes a run log once so that any moment of the replay can be drawn quickly: each
 * passenger's visits as one contiguous slice, each visit's place in its station's arrival
 * order (FIFO queues serve in that order, so a queued passenger's position is their rank
 * minus the number already started), per-station sorted arrival and start times, and time
 * buckets listing who is in the lane during each bucket. All typed arrays: computing a
 * frame then touches only the passengers on screen.
 */
import { ModeCode, type CompiledLane } from '../scenario/compile.js';
import type { RunLog } from '../stats/result-types.js';

export interface ReplayIndex {
  log: RunLog;
  nPassengers: number;
  nStations: number;
  /** Station modes (ModeCode) by index. */
  mode: Uint8Array;
  /** Visits of passenger p are `pvList[pvStart[p] .. pvStart[p+1])`, in order of arrival. */
  pvStart: Int32Array;
  pvList: Int32Array;
  /** Position of each visit in its station's arrival order. */
  visitRank: Int32Array;
  /** Per station: arrival times in arrival order, and start times sorted. */
  stationArrive: Float64Array[];
  stationStart: Float64Array[];
  /** Passengers in the lane during bucket b: `bucketList[bucketStart[b] .. bucketStart[b+1])`. */
  bucketSeconds: number;
  bucketStart: Int32Array;
  bucketList: Int32Array;
  /** Most passengers listed in one bucket: the size of a frame's buffers. */
  maxBucket: number;
  /** Passengers who left, in order of exit, and their exit times. */
  exitOrder: Int32Array;
  exitTimes: Float64Array;
  /** Replay span: from the first entry to the last exit (or visit end). */
  tStart: number;
  tEnd: number;
  /** The log is complete before this time (Infinity unless truncated). */
  completeUntil: number;
}

/** Number of values in a sorted array that are ≤ x (binary search). */
export function countAtOrBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the index; `lane` supplies station modes (it must be the lane the log was recorded on). */
export function buildReplayIndex(log: RunLog, lane: CompiledLane): ReplayIndex {
  const nP = log.passengers.length;
  const nV = log.visits.length;
  const nS = lane.stations.length;
  const vis = log.visits;
  const pas = log.passengers;
  const mode = Uint8Array.from(lane.stations.map((s) => s.mode));

  // Per-passenger visit slices (counting sort keeps arrival order within a passenger).
  const pvStart = new Int32Array(nP + 1);
  for (let v = 0; v < nV; v++) pvStart[vis.passenger[v] + 1]++;
  for (let p = 0; p < nP; p++) pvStart[p + 1] += pvStart[p];
  const fill = pvStart.slice(0, nP);
  const pvList = new Int32Array(nV);
  for (let v = 0; v < nV; v++) pvList[fill[vis.passenger[v]]++] = v;

  // Per-station arrival order and sorted start times.
  const counts = new Int32Array(nS);
  const visitRank = new Int32Array(nV);
  for (let v = 0; v < nV; v++) visitRank[v] = counts[vis.station[v]]++;
  const stationArrive = Array.from(counts, (c) => new Float64Array(c));
  const stationStart = Array.from(counts, (c) => new Float64Array(c));
  for (let v = 0; v < nV; v++) {
    const s = vis.station[v];
    stationArrive[s][visitRank[v]] = vis.arrive[v];
    stationStart[s][visitRank[v]] = vis.start[v];
  }
  for (const a of stationStart) a.sort();

  // Span.
  let tStart = Infinity;
  let tEnd = 0;
  for (let p = 0; p < nP; p++) {
    if (pas.entry[p] < tStart) tStart = pas.entry[p];
    const x = pas.exit[p];
    if (x > tEnd) tEnd = x;
  }
  for (let v = 0; v < nV; v++) if (vis.end[v] > tEnd) tEnd = vis.end[v];
  if (!Number.isFinite(tStart)) tStart = 0;
  if (tEnd < tStart) tEnd = tStart;
  const completeUntil = log.completeUntil ?? Infinity;

  // Time buckets: about 2,048 over the span, at least 5 s each.
  const bucketSeconds = Math.max(5, (tEnd - tStart) / 2048);
  const nB = Math.floor((tEnd - tStart) / bucketSeconds) + 1;
  const bucketOf = (t: number) => Math.min(nB - 1, Math.max(0, Math.floor((t - tStart) / bucketSeconds)));
  const lastTime = (p: number) => {
    const x = pas.exit[p];
    if (!Number.isNaN(x)) return x;
    const a = pvStart[p];
    const b = pvStart[p + 1];
    return b > a ? vis.end[pvList[b - 1]] : pas.entry[p];
  };
  const bucketStart = new Int32Array(nB + 1);
  for (let p = 0; p < nP; p++) {
    const b0 = bucketOf(pas.entry[p]);
    const b1 = bucketOf(lastTime(p));
    for (let b = b0; b <= b1; b++) bucketStart[b + 1]++;
  }
  let maxBucket = 0;
  for (let b = 0; b < nB; b++) {
    if (bucketStart[b + 1] > maxBucket) maxBucket = bucketStart[b + 1];
    bucketStart[b + 1] += bucketStart[b];
  }
  const bucketList = new Int32Array(bucketStart[nB]);
  const bFill = bucketStart.slice(0, nB);
  for (let p = 0; p < nP; p++) {
    const b0 = bucketOf(pas.entry[p]);
    const b1 = bucketOf(lastTime(p));
    for (let b = b0; b <= b1; b++) bucketList[bFill[b]++] = p;
  }

  // Exits in time order.
  let nExit = 0;
  for (let p = 0; p < nP; p++) if (!Number.isNaN(pas.exit[p])) nExit++;
  const exitOrder = new Int32Array(nExit);
  let k = 0;
  for (let p = 0; p < nP; p++) if (!Number.isNaN(pas.exit[p])) exitOrder[k++] = p;
  exitOrder.sort((a, b) => pas.exit[a] - pas.exit[b] || a - b);
  const exitTimes = Float64Array.from(exitOrder, (p) => pas.exit[p]);

  return {
    log,
    nPassengers: nP,
    nStations: nS,
    mode,
    pvStart,
    pvList,
    visitRank,
    stationArrive,
    stationStart,
    bucketSeconds,
    bucketStart,
    bucketList,
    maxBucket,
    exitOrder,
    exitTimes,
    tStart,
    tEnd,
    completeUntil,
  };
}

/** True for stations with a FIFO queue in front of servers. */
export function isQueueStation(index: ReplayIndex, s: number): boolean {
  return index.mode[s] === ModeCode.Queue;
}
