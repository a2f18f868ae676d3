/**
 * The replay's timeline: every event in time order (for stepping event by event), the
 * queue curve drawn under the scrubber, and the peak a trainer jumps to. Built once from
 * the log; stepping is a binary search.
 */
import { ModeCode } from '../scenario/compile.js';
import type { ReplayIndex } from './replay-index.js';

export const enum EventKind {
  /** Passenger enters the lane (ref: passenger). */
  Enter = 0,
  /** Passenger reaches a station (ref: visit). */
  Arrive = 1,
  /** Service starts at a queue station or bags start to be collected (ref: visit). */
  Start = 2,
  /** Passenger leaves a station (ref: visit). */
  End = 3,
  /** Passenger leaves the lane (ref: passenger). */
  Exit = 4,
}

export interface ReplayEvents {
  /** Event times, sorted (ties keep the order the simulation produced them). */
  time: Float64Array;
  kind: Uint8Array;
  /** Passenger (Enter, Exit) or visit (the others). */
  ref: Int32Array;
  length: number;
}

export interface QueueCurve {
  /** Start of each bin. */
  t: Float64Array;
  binSeconds: number;
  /** Largest total queue (all queue stations) during each bin. */
  queue: Float64Array;
  /** Largest number of passengers in the lane during each bin. */
  inLane: Float64Array;
  /** Largest queue per station over the whole replay. */
  maxQueueByStation: Int32Array;
  /** When the total queue first reached its largest value, and that value. */
  peakTime: number;
  peakQueue: number;
}

/** Lists every event in time order. */
export function buildEvents(index: ReplayIndex): ReplayEvents {
  const log = index.log;
  const vis = log.visits;
  const pas = log.passengers;
  let n = 0;
  for (let p = 0; p < pas.length; p++) n += Number.isNaN(pas.exit[p]) ? 1 : 2;
  for (let v = 0; v < vis.length; v++) n += index.mode[vis.station[v]] === ModeCode.Delay || vis.start[v] === vis.arrive[v] ? 2 : 3;
  const time = new Float64Array(n);
  const kind = new Uint8Array(n);
  const ref = new Int32Array(n);
  let k = 0;
  const add = (t: number, kd: number, r: number) => {
    time[k] = t;
    kind[k] = kd;
    ref[k] = r;
    k++;
  };
  for (let p = 0; p < pas.length; p++) {
    add(pas.entry[p], EventKind.Enter, p);
    if (!Number.isNaN(pas.exit[p])) add(pas.exit[p], EventKind.Exit, p);
  }
  for (let v = 0; v < vis.length; v++) {
    add(vis.arrive[v], EventKind.Arrive, v);
    if (!(index.mode[vis.station[v]] === ModeCode.Delay || vis.start[v] === vis.arrive[v])) add(vis.start[v], EventKind.Start, v);
    add(vis.end[v], EventKind.End, v);
  }
  // Sort by time; within a time, the natural order of a journey (enter, arrive, start, end, exit).
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => time[a] - time[b] || kind[a] - kind[b] || a - b);
  return {
    time: Float64Array.from(order, (i) => time[i]),
    kind: Uint8Array.from(order, (i) => kind[i]),
    ref: Int32Array.from(order, (i) => ref[i]),
    length: n,
  };
}

/** Index of the first event strictly after t, or -1. */
export function nextEventIndex(events: ReplayEvents, t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events.time[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo < events.length ? lo : -1;
}

/** Index of the last event strictly before t, or -1. */
export function previousEventIndex(events: ReplayEvents, t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events.time[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The queue curve in `bins` bins from a sweep over queue joins and service starts; each
 * bin keeps its largest value so a short peak still shows on a thin timeline.
 */
export function buildQueueCurve(index: ReplayIndex, events: ReplayEvents, bins = 600): QueueCurve {
  const vis = index.log.visits;
  const span = Math.max(1, index.tEnd - index.tStart);
  const binSeconds = span / bins;
  const t = new Float64Array(bins);
  for (let b = 0; b < bins; b++) t[b] = index.tStart + b * binSeconds;
  const queue = new Float64Array(bins);
  const inLane = new Float64Array(bins);
  const perStation = new Int32Array(index.nStations);
  const maxQueueByStation = new Int32Array(index.nStations);
  let total = 0;
  let lane = 0;
  let peakTime = index.tStart;
  let peakQueue = 0;
  const n = events.length;
  let i = 0;
  let bin = 0;
  while (i < n) {
    const now = events.time[i];
    const b = Math.min(bins - 1, Math.max(0, Math.floor((now - index.tStart) / binSeconds)));
    // Bins passed without events keep the level they started with.
    while (bin < b) {
      bin++;
      queue[bin] = total;
      inLane[bin] = lane;
    }
    // Apply every event at this time before reading the state.
    while (i < n && events.time[i] === now) {
      const kd = events.kind[i];
      const r = events.ref[i];
      if (kd === EventKind.Enter) lane++;
      else if (kd === EventKind.Exit) lane--;
      else if (kd !== EventKind.End) {
        const s = vis.station[r];
        if (index.mode[s] !== ModeCode.Delay && vis.start[r] > vis.arrive[r]) {
          const d = kd === EventKind.Arrive ? 1 : -1;
          perStation[s] += d;
          if (index.mode[s] === ModeCode.Queue) total += d;
          if (perStation[s] > maxQueueByStation[s]) maxQueueByStation[s] = perStation[s];
        }
      }
      i++;
    }
    if (total > peakQueue) {
      peakQueue = total;
      peakTime = now;
    }
    if (total > queue[b]) queue[b] = total;
    if (lane > inLane[b]) inLane[b] = lane;
  }
  return { t, binSeconds, queue, inLane, maxQueueByStation, peakTime, peakQueue };
}
