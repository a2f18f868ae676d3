/**
 * Collects the time series: queue lengths and passengers in the lane sampled at each
 * interval boundary, busy and available server time per interval, arrivals and exits per
 * interval. Summed over the block's replications as integers (server time in 1/1024 s), so
 * blocks merge exactly in any order; the summary divides by the replications.
 */
import type { SeriesSums } from '../block-stats.js';
import { SimulationError } from '../../simulation-error.js';
import type { StationCollector, StationStateView } from './station-collector.js';

/** Server time is summed in units of 1/1024 s: integers, exact whatever the order of addition. */
export const SERVER_TIME_UNITS = 1024;

function addAt(a: number[], i: number, v: number): void {
  while (a.length <= i) a.push(0);
  a[i] += v;
}

export class SeriesCollector {
  private readonly n: number;
  private readonly interval: number;
  private state: StationStateView;
  private readonly stations: StationCollector;
  private readonly snapBusy: Float64Array;
  private readonly snapAvailable: Float64Array;
  /** Next boundary to sample; Infinity when the series are off. */
  nextSample: number;
  /** Samples taken in this replication. */
  private samples = 0;
  /**
   * Most samples one replication may take (the run's time-series budget, docs/limits.md):
   * one far-tail service or walk time must not make the sampler fill memory up to it.
   */
  maxSamples = Infinity;
  private readonly sums: SeriesSums;
  // Arrivals and exits of this replication, by interval (padded or cut to the samples at the end).
  private arrivals: number[] = [];
  private exits: number[] = [];

  constructor(nStations: number, intervalSeconds: number, state: StationStateView, stations: StationCollector) {
    this.n = nStations;
    this.interval = intervalSeconds;
    this.state = state;
    this.stations = stations;
    this.snapBusy = new Float64Array(nStations);
    this.snapAvailable = new Float64Array(nStations);
    this.nextSample = intervalSeconds > 0 ? 0 : Infinity;
    const per = () => Array.from({ length: nStations }, (): number[] => []);
    this.sums = { intervalSeconds, queue: per(), busy: per(), available: per(), inLane: [], exits: [], arrivals: [] };
  }

  /** Reads the state of the next replication's stations. */
  bind(state: StationStateView): void {
    this.state = state;
  }

  arrival(t: number): void {
    if (this.interval > 0) addAt(this.arrivals, this.index(t), 1);
  }

  exit(t: number): void {
    if (this.interval > 0) addAt(this.exits, this.index(t), 1);
  }

  private index(t: number): number {
    const i = Math.floor(t / this.interval);
    if (i >= this.maxSamples) throw this.overBudget(t);
    return i;
  }

  private overBudget(t: number): SimulationError {
    return new SimulationError(
      'budget',
      `The time series passed its budget of ${this.maxSamples.toLocaleString('en')} intervals of ${this.interval} s in one replication: the lane was still not empty ${Math.round(t).toLocaleString('en')} s after the start. A service or walk time far in its tail is the usual cause: check heavy-tailed distributions (large cv) at delay stations.`,
    );
  }

  /** Samples each interval boundary up to `t` (state is constant between events). */
  sampleUntil(t: number, inLane: number): void {
    if (this.interval <= 0) return;
    while (this.nextSample <= t) {
      const boundary = this.nextSample;
      if (this.samples >= this.maxSamples) throw this.overBudget(t);
      // The interval that ends here: its busy and available server time.
      if (boundary > 0) for (let s = 0; s < this.n; s++) this.closeInterval(s, boundary);
      const k = this.samples++;
      for (let s = 0; s < this.n; s++) addAt(this.sums.queue[s], k, this.state.queues[s].length);
      addAt(this.sums.inLane, k, inLane);
      this.nextSample += this.interval;
    }
  }

  /** Adds station s's busy and available server time since the last boundary, up to `t`. */
  private closeInterval(s: number, t: number): void {
    const st = this.stations;
    st.accumulate(s, t);
    // Interval k - 1 closes at boundary k (the sample counter is not yet advanced).
    const k = this.samples - 1;
    const busy = st.busyIntegral(s);
    const available = st.availableIntegral(s);
    addAt(this.sums.busy[s], k, Math.round((busy - this.snapBusy[s]) * SERVER_TIME_UNITS));
    addAt(this.sums.available[s], k, Math.round((available - this.snapAvailable[s]) * SERVER_TIME_UNITS));
    this.snapBusy[s] = busy;
    this.snapAvailable[s] = available;
    if (st.perInterval) st.perInterval.closeInterval(s, k, st.heldIntegral(s));
  }

  /** Closes the replication at `end`: the last, partial interval (one per sample, so the series line up). */
  endReplication(end: number, inLane: number): void {
    this.sampleUntil(end, inLane);
    if (this.interval > 0) for (let s = 0; s < this.n; s++) this.closeInterval(s, end);
    else for (let s = 0; s < this.n; s++) this.stations.accumulate(s, end);
    const len = this.samples;
    if (this.stations.perInterval) this.stations.perInterval.endReplication(len);
    for (let i = 0; i < len && i < this.arrivals.length; i++) addAt(this.sums.arrivals, i, this.arrivals[i]);
    for (let i = 0; i < len && i < this.exits.length; i++) addAt(this.sums.exits, i, this.exits[i]);
    // Every replication's series have `len` entries (zeros where nothing happened).
    if (len > 0) {
      addAt(this.sums.arrivals, len - 1, 0);
      addAt(this.sums.exits, len - 1, 0);
    }
    this.arrivals = [];
    this.exits = [];
    this.samples = 0;
    this.nextSample = this.interval > 0 ? 0 : Infinity;
    this.snapBusy.fill(0);
    this.snapAvailable.fill(0);
  }

  columns(): SeriesSums {
    return this.sums;
  }
}
