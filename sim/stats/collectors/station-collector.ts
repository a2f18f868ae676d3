/**
 * Collects per-station figures: waits (count, sum, over 5 minutes, histogram), service
 * time, passengers served, alarms in, the longest queue, and the time integrals behind the
 * time-average queue, utilisation, open servers and passengers at the station. The
 * integrals are brought up to date once per state change (`accumulate`) from the state the
 * station service keeps.
 */
import type { FifoQueue } from '../../engine/fifo-queue.js';
import type { StationColumns } from '../block-stats.js';
import { StreamingHistogram, type HistogramData } from '../histogram.js';
import type { IntervalCollector } from './interval-collector.js';

const WAIT_OVER = 300;

/** The station state the collector reads (owned by the station service). */
export interface StationStateView {
  readonly queues: FifoQueue[];
  readonly busy: Int32Array;
  readonly open: Int32Array;
  readonly inStation: Int32Array;
}

function emptyColumns(): StationColumns {
  return {
    served: [],
    waits: [],
    waitSum: [],
    serviceSum: [],
    waitsOver5Min: [],
    alarmsIn: [],
    queueArea: [],
    busyArea: [],
    availableArea: [],
    serversArea: [],
    inStationArea: [],
    maxQueue: [],
    p95Wait: [],
  };
}

/**
 * The time integrals of a station, 8 per station in one array (`s << 3` + one of these).
 * Where two integrals add the very same terms they are kept once: without a warm-up the
 * integrals since the start (`I_*`, read by the series) are the ones since the warm-up
 * (`A_*`); where the servers never change, busy ≤ open and the available server time is
 * the servers' time; the waiting area is the queue, or everyone at a reclaim belt. Only
 * lanes that need them add the others (`EXTRA_*`), so a plain lane adds four per change.
 */
const A_QUEUE = 0;
const A_BUSY = 1;
const A_SERVERS = 2;
const A_IN_STATION = 3;
const A_AVAILABLE = 4;
const I_BUSY = 5;
const I_AVAILABLE = 6;
const I_HELD = 7;
const PER_STATION = 8;
/** Station flags: available server time kept apart (servers change); integrals since the start kept apart (a warm-up). */
const EXTRA_AVAILABLE = 1;
const EXTRA_SINCE_START = 2;

export class StationCollector {
  private readonly n: number;
  private state: StationStateView;
  private queues: FifoQueue[];
  private busy: Int32Array;
  private open: Int32Array;
  private inStation: Int32Array;
  private readonly lastT: Float64Array;
  /** The integrals, PER_STATION per station (see the constants above). */
  private readonly area: Float64Array;
  /** EXTRA_* flags per station. */
  private readonly extra: Uint8Array;
  /** 1 where the waiting area is the whole station (reclaim), 0 where it is the queue. */
  private readonly heldInStation: Uint8Array;
  /** The step of the integrals being brought up to date (read by `accumulateExtra`). */
  private dt = 0;
  private readonly nWaits: Float64Array;
  private readonly waitSum: Float64Array;
  private readonly serviceSum: Float64Array;
  private readonly served: Float64Array;
  private readonly over5: Float64Array;
  private readonly alarmsIn: Float64Array;
  private readonly maxQueue: Float64Array;
  private readonly waits: StreamingHistogram[];
  private readonly blockWaits: StreamingHistogram[];
  private readonly cols: StationColumns[];
  /** Extension: per-interval waits and waiting area (level of service, staffing); null when off. */
  perInterval: IntervalCollector | null = null;

  /**
   * `fixedServers[s]`: the station's servers never change (one staffing step, or none);
   * `reclaim[s]`: its waiting area is everyone at the station; `warmup`: the lane has a warm-up.
   */
  constructor(nStations: number, state: StationStateView, shape: { fixedServers: boolean[]; reclaim: boolean[]; warmup: boolean }) {
    const n = nStations;
    this.n = n;
    this.state = state;
    this.queues = state.queues;
    this.busy = state.busy;
    this.open = state.open;
    this.inStation = state.inStation;
    this.lastT = new Float64Array(n);
    this.area = new Float64Array(n * PER_STATION);
    this.extra = Uint8Array.from({ length: n }, (_, s) => (shape.fixedServers[s] ? 0 : EXTRA_AVAILABLE) | (shape.warmup ? EXTRA_SINCE_START : 0));
    this.heldInStation = Uint8Array.from({ length: n }, (_, s) => (shape.reclaim[s] ? 1 : 0));
    this.nWaits = new Float64Array(n);
    this.waitSum = new Float64Array(n);
    this.serviceSum = new Float64Array(n);
    this.served = new Float64Array(n);
    this.over5 = new Float64Array(n);
    this.alarmsIn = new Float64Array(n);
    this.maxQueue = new Float64Array(n);
    this.waits = Array.from({ length: n }, () => new StreamingHistogram());
    this.blockWaits = Array.from({ length: n }, () => new StreamingHistogram());
    this.cols = Array.from({ length: n }, emptyColumns);
  }

  /** Reads the state of the next replication's stations. */
  bind(state: StationStateView): void {
    this.state = state;
    this.queues = state.queues;
    this.busy = state.busy;
    this.open = state.open;
    this.inStation = state.inStation;
  }

  /**
   * Brings station s's time integrals up to `t` before its state changes: once per time
   * (a second change at the same time finds nothing to add). The state arrays are held
   * here, not read through the view, to save a load each in the loop's hottest call; it
   * is kept short so the JIT inlines it where the state changes.
   */
  accumulate(s: number, t: number): void {
    const dt = t - this.lastT[s];
    this.lastT[s] = t;
    if (dt > 0) {
      const a = this.area;
      const o = s << 3;
      a[o + A_QUEUE] += this.queues[s].length * dt;
      a[o + A_BUSY] += this.busy[s] * dt;
      a[o + A_SERVERS] += this.open[s] * dt;
      a[o + A_IN_STATION] += this.inStation[s] * dt;
      if (this.extra[s] !== 0) {
        this.dt = dt;
        this.accumulateExtra(s);
      }
    }
  }

  /** The integrals a plain lane does not keep apart (the step is in `this.dt`: a call passes integers only). */
  private accumulateExtra(s: number): void {
    const a = this.area;
    const o = s << 3;
    const dt = this.dt;
    const busy = this.busy[s];
    const open = this.open[s];
    const available = (busy > open ? busy : open) * dt;
    const extra = this.extra[s];
    if ((extra & EXTRA_AVAILABLE) !== 0) a[o + A_AVAILABLE] += available;
    if ((extra & EXTRA_SINCE_START) !== 0) {
      a[o + I_BUSY] += busy * dt;
      a[o + I_AVAILABLE] += available;
      a[o + I_HELD] += (this.heldInStation[s] !== 0 ? this.inStation[s] : this.queues[s].length) * dt;
    }
  }

  /** Busy server time of station s since the replication began (the series reads it at each boundary). */
  busyIntegral(s: number): number {
    return this.area[(s << 3) + ((this.extra[s] & EXTRA_SINCE_START) !== 0 ? I_BUSY : A_BUSY)];
  }

  /** Available server time of station s since the replication began. */
  availableIntegral(s: number): number {
    if ((this.extra[s] & EXTRA_SINCE_START) !== 0) return this.area[(s << 3) + I_AVAILABLE];
    return this.availableArea(s);
  }

  /** Passengers in station s's waiting area integrated since the replication began. */
  heldIntegral(s: number): number {
    if ((this.extra[s] & EXTRA_SINCE_START) !== 0) return this.area[(s << 3) + I_HELD];
    return this.area[(s << 3) + (this.heldInStation[s] !== 0 ? A_IN_STATION : A_QUEUE)];
  }

  /** Available server time since the warm-up. */
  private availableArea(s: number): number {
    return this.area[(s << 3) + ((this.extra[s] & EXTRA_AVAILABLE) !== 0 ? A_AVAILABLE : A_SERVERS)];
  }

  /** A passenger who arrived after the warm-up starts service (or a delay) after `wait`. */
  start(s: number, wait: number, service: number): void {
    this.nWaits[s]++;
    this.waitSum[s] += wait;
    this.serviceSum[s] += service;
    if (wait > WAIT_OVER) this.over5[s]++;
    this.waits[s].add(wait);
  }

  /** Any passenger (warm-up included) who reached station s at `arrivedAt` starts after `wait`: per-interval waits. */
  intervalWait(s: number, arrivedAt: number, wait: number): void {
    if (this.perInterval) this.perInterval.wait(s, arrivedAt, wait);
  }

  served1(s: number): void {
    this.served[s]++;
  }

  alarmIn(s: number): void {
    this.alarmsIn[s]++;
  }

  queueLength(s: number, length: number): void {
    if (length > this.maxQueue[s]) this.maxQueue[s] = length;
  }

  /** The warm-up ends: time integrals and the longest queue start again from here. */
  resetAtWarmup(t: number): void {
    for (let s = 0; s < this.n; s++) {
      this.accumulate(s, t);
      this.area.fill(0, s << 3, (s << 3) + A_AVAILABLE + 1);
      this.maxQueue[s] = this.state.queues[s].length;
    }
  }

  endReplication(): void {
    for (let s = 0; s < this.n; s++) {
      const c = this.cols[s];
      c.served.push(this.served[s]);
      c.waits.push(this.nWaits[s]);
      c.waitSum.push(this.waitSum[s]);
      c.serviceSum.push(this.serviceSum[s]);
      c.waitsOver5Min.push(this.over5[s]);
      c.alarmsIn.push(this.alarmsIn[s]);
      const o = s << 3;
      c.queueArea.push(this.area[o + A_QUEUE]);
      c.busyArea.push(this.area[o + A_BUSY]);
      c.availableArea.push(this.availableArea(s));
      c.serversArea.push(this.area[o + A_SERVERS]);
      c.inStationArea.push(this.area[o + A_IN_STATION]);
      c.maxQueue.push(this.maxQueue[s]);
      c.p95Wait.push(this.waits[s].quantile(0.95));
      this.waits[s].flushInto(this.blockWaits[s]);
    }
    this.lastT.fill(0);
    this.area.fill(0);
    for (const a of [this.nWaits, this.waitSum, this.serviceSum, this.served, this.over5, this.alarmsIn, this.maxQueue]) a.fill(0);
  }

  columns(): { stations: StationColumns[]; waits: HistogramData[] } {
    return { stations: this.cols, waits: this.blockWaits.map((h) => h.toData()) };
  }
}
