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

export class StationCollector {
  private readonly n: number;
  private state: StationStateView;
  private queues: FifoQueue[];
  private busy: Int32Array;
  private open: Int32Array;
  private inStation: Int32Array;
  private readonly lastT: Float64Array;
  readonly aQueue: Float64Array;
  readonly aBusy: Float64Array;
  readonly aAvailable: Float64Array;
  readonly aServers: Float64Array;
  readonly aInStation: Float64Array;
  /** Busy and available server time since the start (never reset): the series reads them. */
  readonly iBusy: Float64Array;
  readonly iAvailable: Float64Array;
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
  /** Extension: passengers in the waiting area integrated since the start (never reset): the queue, or everyone at a reclaim belt. */
  readonly iHeld: Float64Array;
  /** 1 where the waiting area is the whole station (reclaim), 0 where it is the queue. */
  readonly heldInStation: Uint8Array;
  /** Extension: per-interval waits and waiting area (level of service, staffing); null when off. */
  perInterval: IntervalCollector | null = null;

  constructor(nStations: number, state: StationStateView) {
    const n = nStations;
    this.n = n;
    this.state = state;
    this.queues = state.queues;
    this.busy = state.busy;
    this.open = state.open;
    this.inStation = state.inStation;
    this.lastT = new Float64Array(n);
    this.aQueue = new Float64Array(n);
    this.aBusy = new Float64Array(n);
    this.aAvailable = new Float64Array(n);
    this.aServers = new Float64Array(n);
    this.aInStation = new Float64Array(n);
    this.iBusy = new Float64Array(n);
    this.iAvailable = new Float64Array(n);
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
    this.iHeld = new Float64Array(n);
    this.heldInStation = new Uint8Array(n);
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
   * here, not read through the view, to save a load each in the loop's hottest call.
   */
  accumulate(s: number, t: number): void {
    const dt = t - this.lastT[s];
    if (dt > 0) {
      const busy = this.busy[s];
      const open = this.open[s];
      const queue = this.queues[s].length;
      const here = this.inStation[s];
      const busyArea = busy * dt;
      const available = (busy > open ? busy : open) * dt;
      this.aQueue[s] += queue * dt;
      this.aBusy[s] += busyArea;
      this.aAvailable[s] += available;
      this.iBusy[s] += busyArea;
      this.iAvailable[s] += available;
      this.aServers[s] += open * dt;
      this.aInStation[s] += here * dt;
      this.iHeld[s] += (this.heldInStation[s] !== 0 ? here : queue) * dt;
    }
    this.lastT[s] = t;
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
      this.aQueue[s] = 0;
      this.aBusy[s] = 0;
      this.aAvailable[s] = 0;
      this.aServers[s] = 0;
      this.aInStation[s] = 0;
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
      c.queueArea.push(this.aQueue[s]);
      c.busyArea.push(this.aBusy[s]);
      c.availableArea.push(this.aAvailable[s]);
      c.serversArea.push(this.aServers[s]);
      c.inStationArea.push(this.aInStation[s]);
      c.maxQueue.push(this.maxQueue[s]);
      c.p95Wait.push(this.waits[s].quantile(0.95));
      this.waits[s].flushInto(this.blockWaits[s]);
    }
    for (const a of [this.lastT, this.aQueue, this.aBusy, this.aAvailable, this.aServers, this.aInStation, this.iBusy, this.iAvailable, this.iHeld]) a.fill(0);
    for (const a of [this.nWaits, this.waitSum, this.serviceSum, this.served, this.over5, this.alarmsIn, this.maxQueue]) a.fill(0);
  }

  columns(): { stations: StationColumns[]; waits: HistogramData[] } {
    return { stations: this.cols, waits: this.blockWaits.map((h) => h.toData()) };
  }
}
