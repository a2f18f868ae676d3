/**
 * What is on screen at simulated time t: for every passenger in the lane, where they are
 * in their journey (walking between stations and how far, queued at position k, in service
 * at server slot s, passing a delay station, waiting for bags), plus the counters a trainer
 * reads aloud (queue lengths, passengers in the lane, recent clearance times). A `Frame` is
 * allocated once and refilled every animation frame, so nothing is allocated per frame.
 *
 * State at t is the state after every event at times ≤ t.
 */
import { ModeCode } from '../scenario/compile.js';
import { countAtOrBelow, type ReplayIndex } from './replay-index.js';

export const enum PaxState {
  /** Walking from `from` (-1: the lane entrance) to `station`; `progress` 0..1. */
  Walking = 0,
  /** In `station`'s queue at position `slot` (0 = next to be served). */
  Queued = 1,
  /** Being served at `station`, server slot `slot`. */
  InService = 2,
  /** Passing a delay station (corridor, in-motion check); `progress` 0..1. */
  InDelay = 3,
  /** At a reclaim belt waiting for the last bag. */
  WaitingBags = 4,
  /** At a reclaim belt collecting bags; `progress` 0..1. */
  Collecting = 5,
}

/** Number of recent clearances a frame carries. */
export const RECENT_CLEARANCES = 6;

export interface Frame {
  t: number;
  /** Passengers on screen: entries [0, count). */
  count: number;
  pid: Int32Array;
  state: Uint8Array;
  station: Int16Array;
  from: Int16Array;
  progress: Float32Array;
  slot: Int32Array;
  cls: Uint8Array;
  /** 1 when the passenger is at, or heading to, a station an alarm sent them to; 2 after an earlier alarm. */
  alarm: Uint8Array;
  /** Per station: passengers waiting (queue stations: in the queue; reclaim: waiting for bags). */
  queue: Int32Array;
  /** Per station: passengers in service or passing through. */
  busy: Int32Array;
  /** Per station: passengers walking towards it. */
  walking: Int32Array;
  inLane: number;
  /** Passengers who have left by t. */
  cleared: number;
  /** The latest clearances, newest first: passenger and seconds from entry to exit. */
  recentCount: number;
  recentPid: Int32Array;
  recentSeconds: Float64Array;
  /** False when t is past the end of a truncated log (the picture would be incomplete). */
  complete: boolean;
}

/** Allocates a frame big enough for any moment of this replay. */
export function createFrame(index: ReplayIndex): Frame {
  const n = Math.max(1, index.maxBucket);
  const s = index.nStations;
  return {
    t: 0,
    count: 0,
    pid: new Int32Array(n),
    state: new Uint8Array(n),
    station: new Int16Array(n),
    from: new Int16Array(n),
    progress: new Float32Array(n),
    slot: new Int32Array(n),
    cls: new Uint8Array(n),
    alarm: new Uint8Array(n),
    queue: new Int32Array(s),
    busy: new Int32Array(s),
    walking: new Int32Array(s),
    inLane: 0,
    cleared: 0,
    recentCount: 0,
    recentPid: new Int32Array(RECENT_CLEARANCES),
    recentSeconds: new Float64Array(RECENT_CLEARANCES),
    complete: true,
  };
}

/** Started-so-far count per station, reused between frames (one per index). */
const startedScratch = new WeakMap<ReplayIndex, Int32Array>();

function ratio(num: number, den: number): number {
  if (!(den > 0)) return 1;
  const r = num / den;
  return r < 0 ? 0 : r > 1 ? 1 : r;
}

/** Fills `out` with the state of the lane at time t. */
export function computeFrame(index: ReplayIndex, t: number, out: Frame): Frame {
  const log = index.log;
  const vis = log.visits;
  const pas = log.passengers;
  const nS = index.nStations;
  let started = startedScratch.get(index);
  if (!started) {
    started = new Int32Array(nS);
    startedScratch.set(index, started);
  }
  for (let s = 0; s < nS; s++) {
    started[s] = countAtOrBelow(index.stationStart[s], t);
    out.queue[s] = 0;
    out.busy[s] = 0;
    out.walking[s] = 0;
  }
  out.t = t;
  out.complete = t < index.completeUntil;
  let n = 0;
  const nB = index.bucketStart.length - 1;
  const b = Math.floor((t - index.tStart) / index.bucketSeconds);
  if (b >= 0 && b < nB) {
    const end = index.bucketStart[b + 1];
    for (let i = index.bucketStart[b]; i < end; i++) {
      const p = index.bucketList[i];
      if (pas.entry[p] > t) continue;
      const x = pas.exit[p];
      if (x <= t) continue;
      const a = index.pvStart[p];
      const z = index.pvStart[p + 1];
      if (z === a) continue;
      // Last visit that has begun by t.
      let k = a - 1;
      while (k + 1 < z && vis.arrive[index.pvList[k + 1]] <= t) k++;
      let alarm = 0;
      for (let j = a; j <= k; j++) if (vis.alarm[index.pvList[j]] !== 0) alarm = 2;
      let state: number;
      let station: number;
      let from = -1;
      let progress = 0;
      let slot = 0;
      if (k < a) {
        const v0 = index.pvList[a];
        state = PaxState.Walking;
        station = vis.station[v0];
        progress = ratio(t - pas.entry[p], vis.arrive[v0] - pas.entry[p]);
        if (vis.alarm[v0] !== 0) alarm = 1;
      } else {
        const v = index.pvList[k];
        const s = vis.station[v];
        if (vis.alarm[v] !== 0) alarm = 1;
        if (t < vis.end[v] || k + 1 >= z) {
          station = s;
          const m = index.mode[s];
          if (t < vis.start[v]) {
            if (m === ModeCode.Queue) {
              state = PaxState.Queued;
              slot = index.visitRank[v] - started[s];
            } else state = PaxState.WaitingBags;
            out.queue[s]++;
          } else if (m === ModeCode.Queue) {
            state = PaxState.InService;
            slot = vis.server[v];
            out.busy[s]++;
          } else {
            state = m === ModeCode.Delay ? PaxState.InDelay : PaxState.Collecting;
            progress = ratio(t - vis.start[v], vis.end[v] - vis.start[v]);
            out.busy[s]++;
          }
        } else {
          const w = index.pvList[k + 1];
          state = PaxState.Walking;
          from = s;
          station = vis.station[w];
          progress = ratio(t - vis.end[v], vis.arrive[w] - vis.end[v]);
          if (vis.alarm[w] !== 0) alarm = 1;
        }
      }
      if (state === PaxState.Walking) out.walking[station]++;
      out.pid[n] = p;
      out.state[n] = state;
      out.station[n] = station;
      out.from[n] = from;
      out.progress[n] = progress;
      out.slot[n] = slot;
      out.cls[n] = pas.classIndex[p];
      out.alarm[n] = alarm;
      n++;
    }
  }
  out.count = n;
  out.inLane = n;
  const cleared = countAtOrBelow(index.exitTimes, t);
  out.cleared = cleared;
  const r = Math.min(RECENT_CLEARANCES, cleared);
  for (let i = 0; i < r; i++) {
    const p = index.exitOrder[cleared - 1 - i];
    out.recentPid[i] = p;
    out.recentSeconds[i] = pas.exit[p] - pas.entry[p];
  }
  out.recentCount = r;
  return out;
}
