/**
 * Stations: walking to a station, queueing for parallel servers (FIFO, staffing that
 * changes over the day: a closing server finishes its passenger), delays (in-motion
 * checks, merged checkpoints) and baggage reclaim (wait for the last bag, then a delay).
 * Keeps the station state the statistics read (queues, busy and open servers, passengers
 * at the station) and tells the station collector about every change before it happens.
 */
import type { EventCalendar } from '../engine/event-calendar.js';
import { FifoQueue } from '../engine/fifo-queue.js';
import { RandomStream } from '../engine/random-stream.js';
import { DistCode, sample, type CompiledDist } from '../engine/distributions.js';
import { ModeCode, type CompiledLane, type CompiledStation } from '../scenario/compile.js';
import type { DecompositionCollector } from '../stats/collectors/decomposition-collector.js';
import type { StationCollector, StationStateView } from '../stats/collectors/station-collector.js';
import type { RunRecorder } from '../trace/run-recorder.js';
import type { ArrivalSources } from './arrival-sources.js';
import { Ev, KIND_BITS } from './event-encoding.js';
import type { PassengerTable } from './passenger-table.js';

export class StationService implements StationStateView {
  private readonly stations: CompiledStation[];
  private readonly cal: EventCalendar;
  private readonly px: PassengerTable;
  private readonly warmup: number;
  private readonly service: RandomStream[];
  private readonly walk: RandomStream[];
  private readonly reclaim: RandomStream[];
  readonly queues: FifoQueue[];
  readonly busy: Int32Array;
  readonly open: Int32Array;
  readonly inStation: Int32Array;
  private readonly freeSlots: Int16Array[];
  /** Each station's mode and walk, read per passenger (one load, not two). */
  private readonly mode: Uint8Array;
  private readonly walks: Array<CompiledDist | null>;
  private readonly nFreeSlots: Int32Array;
  /** Set by the replication once the collector exists (it reads this state). */
  stats!: StationCollector;
  /** Where each second goes (set by the replication). */
  decomp!: DecompositionCollector;
  sources!: ArrivalSources;
  recorder: RunRecorder | null = null;

  constructor(lane: CompiledLane, cal: EventCalendar, px: PassengerTable, seed: number, replication: number) {
    this.stations = lane.stations;
    this.cal = cal;
    this.px = px;
    this.warmup = lane.warmupSeconds;
    const mk = (purpose: string) => lane.stations.map((s) => new RandomStream(seed, replication, purpose, s.id));
    this.service = mk('service');
    this.walk = mk('walk');
    this.reclaim = mk('reclaim');
    const n = lane.stations.length;
    this.queues = lane.stations.map(() => new FifoQueue(64));
    this.busy = new Int32Array(n);
    this.open = new Int32Array(n);
    this.inStation = new Int32Array(n);
    this.nFreeSlots = new Int32Array(n);
    this.mode = Uint8Array.from(lane.stations.map((st) => st.mode));
    this.walks = lane.stations.map((st) => st.walk ?? null);
    this.freeSlots = lane.stations.map((st, s) => {
      const max = st.schedule?.max ?? 0;
      const slots = new Int16Array(max);
      for (let i = 0; i < max; i++) slots[i] = max - 1 - i;
      this.nFreeSlots[s] = max;
      return slots;
    });
  }

  /** Opens each station's first staffing step and schedules the later ones. */
  scheduleStart(): void {
    this.stations.forEach((st, s) => {
      const sch = st.schedule;
      if (!sch) return;
      this.open[s] = sch.servers[0];
      for (let k = 1; k < sch.times.length; k++) this.cal.schedule(sch.times[k], k, (s << KIND_BITS) | Ev.ServerChange);
    });
  }

  /** Passenger p heads for station s: after its walk, or at once. */
  moveTo(s: number, p: number, t: number): void {
    const walk = this.walks[s];
    if (walk !== null) {
      const w = sample(walk, this.walk[s]);
      if (w > 0) {
        this.cal.schedule(t + w, p, (s << KIND_BITS) | Ev.ArriveAt);
        return;
      }
    }
    this.arrive(s, p, t);
  }

  /**
   * p reaches station s. Kept small, the queue station's way in line (the commonest), so
   * the JIT inlines it into the loop; delays and reclaim in `arriveAtDelay`.
   */
  arrive(s: number, p: number, t: number): void {
    const px = this.px;
    const stats = this.stats;
    stats.accumulate(s, t);
    this.inStation[s]++;
    px.arrive[p] = t;
    const alarm = px.alarm[p];
    if (alarm !== 0) {
      if (t >= this.warmup) stats.alarmIn(s);
      px.alarm[p] = 0;
    }
    this.decomp.arrive(s, p, t, alarm);
    if (this.recorder !== null && px.log[p] >= 0) px.visit[p] = this.recorder.arrive(px.log[p], s, t, alarm);
    if (this.mode[s] !== ModeCode.Queue) {
      this.arriveAtDelay(s, p, t);
      return;
    }
    const q = this.queues[s];
    if (q.length === 0 && this.busy[s] < this.open[s]) this.startService(s, p, t);
    else {
      q.push(p);
      if (t >= this.warmup) stats.queueLength(s, q.length);
    }
  }

  /** p reaches a delay or a reclaim belt. */
  private arriveAtDelay(s: number, p: number, t: number): void {
    const st = this.stations[s];
    if (st.mode === ModeCode.Delay) {
      const d = this.serviceTime(st, s, p);
      this.observeStart(s, p, t, 0, d);
      this.cal.schedule(t + d, p, (s << KIND_BITS) | Ev.DelayEnd);
      return;
    }
    // Reclaim: passengers without bags walk through; the others wait for their last bag.
    const bags = this.px.bags[p];
    let waitForBags = 0;
    let d = 0;
    if (bags > 0) {
      waitForBags = Math.max(0, this.lastBagTime(st, s, p) - t);
      d = this.serviceTime(st, s, p);
    }
    this.observeStart(s, p, t + waitForBags, waitForBags, d);
    this.cal.schedule(t + waitForBags + d, p, (s << KIND_BITS) | Ev.DelayEnd);
  }

  /**
   * When the last of a passenger's bags comes off the belt. A flight's bags start arriving
   * `firstBagSeconds` after it lands and come at `bagsPerMinute` in random order, so each
   * bag's position is uniform over the delivery; passengers not on a flight or bus get
   * their bags `firstBagSeconds` after they enter the lane.
   */
  private lastBagTime(st: CompiledStation, s: number, p: number): number {
    const g = this.px.group[p];
    const rng = this.reclaim[s];
    if (g < 0) return this.px.entry[p] + st.firstBagSeconds;
    const span = this.sources.groupBags[g] / st.bagsPerSecond;
    let last = 0;
    for (let i = this.px.bags[p]; i > 0; i--) {
      const u = rng.uniform();
      if (u > last) last = u;
    }
    return this.sources.groupAt[g] + st.firstBagSeconds + last * span;
  }

  private serviceTime(st: CompiledStation, s: number, p: number): number {
    const rng = this.service[s];
    let d = sample(st.serviceByClass[this.px.cls[p]], rng);
    const perBag: CompiledDist | null = st.perBag;
    if (perBag) for (let i = this.px.bags[p]; i > 0; i--) d += sample(perBag, rng);
    return d;
  }

  private observeStart(s: number, p: number, start: number, wait: number, service: number): void {
    const arrived = this.px.arrive[p];
    if (arrived >= this.warmup) this.stats.start(s, wait, service);
    this.decomp.start(s, p, start);
    this.stats.intervalWait(s, arrived, wait);
    if (this.recorder !== null && this.px.visit[p] >= 0) this.recorder.start(this.px.visit[p], start, this.px.slot[p]);
  }

  /**
   * p starts service at queue station s. The service draw and the start's statistics are
   * written out here rather than through serviceTime/observeStart (the same draws and
   * figures): this runs once per passenger and station, and every call the JIT does not
   * inline costs more than the work itself.
   */
  private startService(s: number, p: number, t: number): void {
    const stats = this.stats;
    const px = this.px;
    // Every caller has brought the station's integrals up to t (arrive, serviceEnd,
    // serverChange), so the busy count changes here without a second `accumulate`.
    this.busy[s]++;
    // Server slots only place passengers in the replay (the recorder).
    if (this.recorder !== null) px.slot[p] = this.freeSlots[s][--this.nFreeSlots[s]];
    const st = this.stations[s];
    const rng = this.service[s];
    const dist = st.serviceByClass[px.cls[p]];
    let d = dist.code === DistCode.Exponential ? -dist.p0 * rng.logUniform() : sample(dist, rng);
    if (st.perBag !== null) d = this.addBagTimes(st.perBag, rng, p, d);
    const arrived = px.arrive[p];
    const wait = t - arrived;
    if (arrived >= this.warmup) stats.start(s, wait, d);
    this.decomp.start(s, p, t);
    stats.intervalWait(s, arrived, wait);
    if (this.recorder !== null && px.visit[p] >= 0) this.recorder.start(px.visit[p], t, px.slot[p]);
    this.cal.schedule(t + d, p, (s << KIND_BITS) | Ev.ServiceEnd);
  }

  /** Service time plus the time per bag (as serviceTime adds them). */
  private addBagTimes(perBag: CompiledDist, rng: RandomStream, p: number, d: number): number {
    for (let i = this.px.bags[p]; i > 0; i--) d += sample(perBag, rng);
    return d;
  }

  /** Service of p ends at queue station s; the next in the queue starts if a server is open. */
  serviceEnd(s: number, p: number, t: number): void {
    this.stats.accumulate(s, t);
    this.busy[s]--;
    if (this.recorder !== null) this.freeSlots[s][this.nFreeSlots[s]++] = this.px.slot[p];
    this.completeVisit(s, p, t);
    const q = this.queues[s];
    while (q.length > 0 && this.busy[s] < this.open[s]) this.startService(s, q.shift(), t);
  }

  delayEnd(s: number, p: number, t: number): void {
    this.stats.accumulate(s, t);
    this.completeVisit(s, p, t);
  }

  private completeVisit(s: number, p: number, t: number): void {
    this.inStation[s]--;
    if (this.px.arrive[p] >= this.warmup) this.stats.served1(s);
    this.decomp.end(s, p, t);
    if (this.recorder !== null && this.px.visit[p] >= 0) this.recorder.end(this.px.visit[p], t);
  }

  /** Opening or closing servers; a closing server finishes its passenger first. */
  serverChange(s: number, step: number, t: number): void {
    this.stats.accumulate(s, t);
    this.open[s] = this.stations[s].schedule!.servers[step];
    const q = this.queues[s];
    while (q.length > 0 && this.busy[s] < this.open[s]) this.startService(s, q.shift(), t);
  }
}
