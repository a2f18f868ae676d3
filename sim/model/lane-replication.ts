/**
 * One replication of a lane: passengers arrive, walk, queue, are served or delayed, may
 * alarm into secondary inspection, and leave. This is the hot loop, so state lives in
 * typed arrays indexed by passenger and station, events are two integers in the calendar,
 * and nothing is allocated per event. Passenger slots are recycled through a free list, so
 * memory follows the number of passengers in the lane, not the number who passed.
 */
import { EventCalendar } from '../engine/event-calendar.js';
import { FifoQueue } from '../engine/fifo-queue.js';
import { RandomStream } from '../engine/random-stream.js';
import { sample, type CompiledDist } from '../engine/distributions.js';
import { detPowInt } from '../engine/det-math.js';
import {
  EXIT_INDEX,
  ModeCode,
  RouteCode,
  SourceCode,
  type CompiledLane,
  type CompiledSource,
  type CompiledStation,
} from '../scenario/compile.js';
import { SimulationError } from '../simulation-error.js';
import { GrowableFloat32, GrowableFloat64, GrowableUint8, growTo } from '../stats/growable.js';
import type { ReplicationStats, StationObservations } from '../stats/replication-stats.js';
import { RunRecorder } from '../trace/run-recorder.js';

const enum Ev {
  PoissonArrival = 0,
  GroupStart = 1,
  Enter = 2,
  ArriveAt = 3,
  ServiceEnd = 4,
  DelayEnd = 5,
  ServerChange = 6,
  Warmup = 7,
}

const WAIT_OVER = 300;
const CANCEL_CHECK_MASK = 0xffff;

export interface ReplicationOptions {
  intervalSeconds: number;
  /** Stop with an error past this many events (a runaway lane must not hang the app). */
  maxEvents: number;
  /** Stop with an error past this many passengers in the lane at once (memory). */
  maxInLane: number;
  /** Record passengers and visits (replay, passengers.csv), up to this many visits; 0 = off. */
  recordVisits: number;
  signal?: AbortSignal;
}

export class LaneReplication {
  private readonly lane: CompiledLane;
  private readonly opts: ReplicationOptions;
  private readonly cal = new EventCalendar(4096);
  private readonly stations: CompiledStation[];
  private readonly nStations: number;
  private readonly seed: number;
  private readonly replication: number;
  private readonly warmup: number;

  // Random streams, one per purpose and owner.
  private readonly srcArrival: RandomStream[];
  private readonly srcClass: RandomStream[];
  private readonly srcBags: RandomStream[];
  private readonly srcApproach: RandomStream[];
  private readonly stService: RandomStream[];
  private readonly stRoute: RandomStream[];
  private readonly stAlarm: RandomStream[];
  private readonly stWalk: RandomStream[];
  private readonly stReclaim: RandomStream[];

  // Passenger slots.
  private cap = 0;
  private pCls = new Uint8Array(0);
  private pBags = new Uint8Array(0);
  private pAlarm = new Uint8Array(0);
  private pEntry = new Float64Array(0);
  private pArrive = new Float64Array(0);
  private pGroup = new Int32Array(0);
  private pSource = new Int32Array(0);
  private pSlot = new Int16Array(0);
  private pLog = new Int32Array(0);
  private pVisit = new Int32Array(0);
  private free = new Int32Array(0);
  private nFree = 0;
  private inLane = 0;

  // Groups (flights, vehicles): arrival time and total bags, for baggage reclaim.
  private readonly groupAt: Float64Array;
  private readonly groupBags: Float64Array;
  private readonly groupSource: Int32Array;
  private readonly groupLocal: Int32Array;

  // Station state.
  private readonly queues: FifoQueue[];
  private readonly busy: Int32Array;
  private readonly open: Int32Array;
  private readonly inStation: Int32Array;
  private readonly lastT: Float64Array;
  private readonly freeSlots: Int16Array[];
  private readonly nFreeSlots: Int32Array;
  // Observations per station, in typed arrays: the hot loop adds to unboxed doubles.
  private readonly aQueue: Float64Array;
  private readonly aBusy: Float64Array;
  private readonly aAvailable: Float64Array;
  private readonly aServers: Float64Array;
  private readonly aInStation: Float64Array;
  private readonly waitSum: Float64Array;
  private readonly serviceSum: Float64Array;
  private readonly served: Float64Array;
  private readonly over5: Float64Array;
  private readonly alarmsIn: Float64Array;
  private readonly maxQueue: Float64Array;
  // Busy and available server time since the start (never reset), and per interval.
  private readonly iBusy: Float64Array;
  private readonly iAvailable: Float64Array;
  private readonly snapBusy: Float64Array;
  private readonly snapAvailable: Float64Array;
  private readonly seriesBusy: GrowableFloat32[];
  private readonly seriesAvailable: GrowableFloat32[];
  private readonly waits: GrowableFloat32[];
  private readonly clearance = new GrowableFloat64(1024);
  private readonly clearanceClass = new GrowableUint8(1024);
  private readonly seriesQueue: GrowableFloat32[];
  private readonly seriesInLane = new GrowableFloat32(256);
  private readonly seriesExits = new GrowableFloat64(256);
  private readonly seriesArrivals = new GrowableFloat64(256);
  private nextSample = 0;
  private readonly interval: number;
  private readonly recorder: RunRecorder | null;

  private now = 0;
  private events = 0;
  private entered = 0;
  private lastExit = 0;
  /** Arrivals still to come (Poisson draws, flights not yet landed, passengers not yet entered). */
  private pending = 0;
  /** Poisson thinning: the schedule step each scheduled source is in. */
  private readonly stepCursor: Int32Array;

  constructor(lane: CompiledLane, seed: number, replication: number, opts: ReplicationOptions) {
    this.lane = lane;
    this.opts = opts;
    this.seed = seed;
    this.replication = replication;
    this.stations = lane.stations;
    this.nStations = lane.stations.length;
    this.warmup = lane.warmupSeconds;
    this.interval = opts.intervalSeconds;
    const mk = (purpose: string, owners: string[]) => owners.map((o) => new RandomStream(seed, replication, purpose, o));
    const srcKeys = lane.sources.map((s) => s.key);
    const stIds = lane.stations.map((s) => s.id);
    this.srcArrival = mk('arrival', srcKeys);
    this.srcClass = mk('class', srcKeys);
    this.srcBags = mk('bags', srcKeys);
    this.srcApproach = mk('approach', srcKeys);
    this.stService = mk('service', stIds);
    this.stRoute = mk('route', stIds);
    this.stAlarm = mk('alarm', stIds);
    this.stWalk = mk('walk', stIds);
    this.stReclaim = mk('reclaim', stIds);

    const n = this.nStations;
    this.queues = lane.stations.map(() => new FifoQueue(64));
    this.busy = new Int32Array(n);
    this.open = new Int32Array(n);
    this.inStation = new Int32Array(n);
    this.lastT = new Float64Array(n);
    this.nFreeSlots = new Int32Array(n);
    this.freeSlots = lane.stations.map((st, s) => {
      const max = st.schedule?.max ?? 0;
      const slots = new Int16Array(max);
      for (let i = 0; i < max; i++) slots[i] = max - 1 - i;
      this.nFreeSlots[s] = max;
      return slots;
    });
    this.aQueue = new Float64Array(n);
    this.aBusy = new Float64Array(n);
    this.aAvailable = new Float64Array(n);
    this.aServers = new Float64Array(n);
    this.aInStation = new Float64Array(n);
    this.waitSum = new Float64Array(n);
    this.serviceSum = new Float64Array(n);
    this.served = new Float64Array(n);
    this.over5 = new Float64Array(n);
    this.alarmsIn = new Float64Array(n);
    this.maxQueue = new Float64Array(n);
    this.iBusy = new Float64Array(n);
    this.iAvailable = new Float64Array(n);
    this.snapBusy = new Float64Array(n);
    this.snapAvailable = new Float64Array(n);
    this.seriesBusy = lane.stations.map(() => new GrowableFloat32(256));
    this.seriesAvailable = lane.stations.map(() => new GrowableFloat32(256));
    this.waits = lane.stations.map(() => new GrowableFloat32(1024));
    this.seriesQueue = lane.stations.map(() => new GrowableFloat32(256));
    this.stepCursor = new Int32Array(lane.sources.length);

    let groups = 0;
    for (const src of lane.sources) groups += src.groups.length;
    this.groupAt = new Float64Array(groups);
    this.groupBags = new Float64Array(groups);
    this.groupSource = new Int32Array(groups);
    this.groupLocal = new Int32Array(groups);
    let g = 0;
    lane.sources.forEach((src, si) => {
      src.groups.forEach((grp, gi) => {
        this.groupAt[g] = grp.at;
        this.groupSource[g] = si;
        this.groupLocal[g] = gi;
        g++;
      });
    });
    this.recorder = opts.recordVisits > 0 ? new RunRecorder(lane, opts.recordVisits) : null;
    this.growPassengers(1024);
  }

  /** Runs the replication to the end: arrivals stop at the horizon, the lane then drains. */
  run(): ReplicationStats {
    const cal = this.cal;
    this.scheduleStart();
    const maxEvents = this.opts.maxEvents;
    const signal = this.opts.signal;
    // Stop when the lane is empty and nothing more can arrive; staffing changes scheduled
    // after that would only stretch the observation window.
    while (cal.size > 0 && (this.inLane > 0 || this.pending > 0)) {
      const t = cal.pop();
      const a = cal.poppedA;
      const b = cal.poppedB;
      if (t >= this.nextSample) this.sampleUntil(t);
      this.now = t;
      this.events++;
      if ((this.events & CANCEL_CHECK_MASK) === 0) {
        if (signal?.aborted) throw new SimulationError('cancelled', 'The run was cancelled.');
        if (this.events > maxEvents) {
          throw new SimulationError(
            'budget',
            `The run passed its budget of ${maxEvents.toLocaleString('en')} events in one replication; shorten the horizon or check the lane for overload.`,
          );
        }
      }
      const kind = b & 7;
      const idx = b >> 3;
      switch (kind) {
        case Ev.ServiceEnd:
          this.serviceEnd(idx, a, t);
          break;
        case Ev.DelayEnd:
          this.delayEnd(idx, a, t);
          break;
        case Ev.ArriveAt:
          this.arrive(idx, a, t);
          break;
        case Ev.PoissonArrival:
          this.poissonArrival(a, t);
          break;
        case Ev.Enter:
          this.enter(a, t);
          break;
        case Ev.GroupStart:
          this.groupStart(a, t);
          break;
        case Ev.ServerChange:
          this.serverChange(idx, a, t);
          break;
        case Ev.Warmup:
          this.resetAtWarmup(t);
          break;
      }
    }
    return this.finish();
  }

  // ---- Setup -------------------------------------------------------------------------

  private scheduleStart(): void {
    const lane = this.lane;
    lane.sources.forEach((src, si) => {
      if (src.code === SourceCode.Groups) return;
      const t = this.nextPoissonTime(src, si, 0);
      if (t < lane.arrivalsSeconds) {
        this.cal.schedule(t, si, Ev.PoissonArrival);
        this.pending++;
      }
    });
    for (let g = 0; g < this.groupAt.length; g++) {
      this.cal.schedule(this.groupAt[g], g, Ev.GroupStart);
      this.pending++;
    }
    this.stations.forEach((st, s) => {
      const sch = st.schedule;
      if (!sch) return;
      this.open[s] = sch.servers[0];
      for (let k = 1; k < sch.times.length; k++) this.cal.schedule(sch.times[k], k, (s << 3) | Ev.ServerChange);
    });
    if (this.warmup > 0) this.cal.schedule(this.warmup, 0, Ev.Warmup);
  }

  /** Next arrival after `t`: exponential gaps, thinned against the schedule's peak rate. */
  private nextPoissonTime(src: CompiledSource, si: number, t: number): number {
    const rng = this.srcArrival[si];
    if (src.maxRate <= 0) return Infinity;
    if (src.code === SourceCode.PoissonConstant) return t - rng.logUniform() / src.rate;
    const times = src.stepTimes;
    for (;;) {
      t -= rng.logUniform() / src.maxRate;
      if (t >= this.lane.arrivalsSeconds) return Infinity;
      let k = this.stepCursor[si];
      while (k + 1 < times.length && times[k + 1] <= t) k++;
      this.stepCursor[si] = k;
      if (rng.uniform() * src.maxRate < src.stepRates[k]) return t;
    }
  }

  // ---- Passengers --------------------------------------------------------------------

  private growPassengers(capacity: number): void {
    const old = this.cap;
    this.pCls = growTo(this.pCls, new Uint8Array(capacity));
    this.pBags = growTo(this.pBags, new Uint8Array(capacity));
    this.pAlarm = growTo(this.pAlarm, new Uint8Array(capacity));
    this.pEntry = growTo(this.pEntry, new Float64Array(capacity));
    this.pArrive = growTo(this.pArrive, new Float64Array(capacity));
    this.pGroup = growTo(this.pGroup, new Int32Array(capacity));
    this.pSource = growTo(this.pSource, new Int32Array(capacity));
    this.pSlot = growTo(this.pSlot, new Int16Array(capacity));
    this.pLog = growTo(this.pLog, new Int32Array(capacity));
    this.pVisit = growTo(this.pVisit, new Int32Array(capacity));
    const free = new Int32Array(capacity);
    free.set(this.free.subarray(0, this.nFree));
    // New slots are handed out lowest first.
    for (let p = capacity - 1; p >= old; p--) free[this.nFree++] = p;
    this.free = free;
    this.cap = capacity;
  }

  private allocPassenger(source: number, group: number, cumulative: Float64Array): number {
    if (this.nFree === 0) {
      if (this.cap >= this.opts.maxInLane) {
        throw new SimulationError(
          'budget',
          `More than ${this.opts.maxInLane.toLocaleString('en')} passengers are in the lane at once; the lane cannot keep up with its arrivals.`,
        );
      }
      this.growPassengers(Math.min(this.cap * 2, this.opts.maxInLane));
    }
    const p = this.free[--this.nFree];
    const u = this.srcClass[source].uniform();
    let c = 0;
    while (c < cumulative.length - 1 && u >= cumulative[c]) c++;
    const cls = this.lane.classes[c];
    let bags = 0;
    if (cls.bagCounts.length > 1 || cls.bagCounts[0] !== 0) {
      const ub = this.srcBags[source].uniform();
      let k = 0;
      while (k < cls.bagCumulative.length - 1 && ub >= cls.bagCumulative[k]) k++;
      bags = cls.bagCounts[k];
    }
    this.pCls[p] = c;
    this.pBags[p] = bags;
    this.pAlarm[p] = 0;
    this.pGroup[p] = group;
    this.pSource[p] = source;
    this.pSlot[p] = -1;
    this.pLog[p] = -1;
    this.pVisit[p] = -1;
    return p;
  }

  private poissonArrival(si: number, t: number): void {
    const src = this.lane.sources[si];
    const p = this.allocPassenger(si, -1, src.classCumulative);
    // This event counted as pending; enter() settles it.
    const next = this.nextPoissonTime(src, si, t);
    if (next < this.lane.arrivalsSeconds) {
      this.cal.schedule(next, si, Ev.PoissonArrival);
      this.pending++;
    }
    this.enter(p, t);
  }

  /** A flight or bus arrives: its passengers leave it one by one, then walk to the lane. */
  private groupStart(g: number, t: number): void {
    const si = this.groupSource[g];
    const grp = this.lane.sources[si].groups[this.groupLocal[g]];
    const approach = this.srcApproach[si];
    this.pending += grp.passengers - 1;
    let bags = 0;
    for (let i = 0; i < grp.passengers; i++) {
      const p = this.allocPassenger(si, g, grp.classCumulative);
      bags += this.pBags[p];
      const walk = grp.walk ? sample(grp.walk, approach) : 0;
      this.cal.schedule(t + i * grp.gap + walk, p, Ev.Enter);
    }
    this.groupBags[g] = bags;
  }

  private enter(p: number, t: number): void {
    this.pending--;
    this.pEntry[p] = t;
    this.inLane++;
    this.entered++;
    if (this.interval > 0) this.seriesArrivals.addAt(Math.floor(t / this.interval), 1);
    if (this.recorder) this.pLog[p] = this.recorder.enter(this.pCls[p], this.pBags[p], this.pSource[p], t);
    this.moveTo(this.lane.entry, p, t);
  }

  private leave(p: number, t: number): void {
    this.inLane--;
    const entry = this.pEntry[p];
    if (entry >= this.warmup) {
      this.clearance.push(t - entry);
      this.clearanceClass.push(this.pCls[p]);
    }
    if (this.interval > 0) this.seriesExits.addAt(Math.floor(t / this.interval), 1);
    if (this.recorder && this.pLog[p] >= 0) this.recorder.exit(this.pLog[p], t);
    this.lastExit = t;
    this.free[this.nFree++] = p;
  }

  // ---- Stations ----------------------------------------------------------------------

  private moveTo(s: number, p: number, t: number): void {
    const walk = this.stations[s].walk;
    const w = walk ? sample(walk, this.stWalk[s]) : 0;
    if (w > 0) this.cal.schedule(t + w, p, (s << 3) | Ev.ArriveAt);
    else this.arrive(s, p, t);
  }

  /** Brings a station's time integrals up to `t` before its state changes. */
  private accumulate(s: number, t: number): void {
    const dt = t - this.lastT[s];
    if (dt > 0) {
      const busy = this.busy[s];
      const open = this.open[s];
      this.aQueue[s] += this.queues[s].length * dt;
      const available = (busy > open ? busy : open) * dt;
      this.aBusy[s] += busy * dt;
      this.aAvailable[s] += available;
      this.iBusy[s] += busy * dt;
      this.iAvailable[s] += available;
      this.aServers[s] += open * dt;
      this.aInStation[s] += this.inStation[s] * dt;
    }
    this.lastT[s] = t;
  }

  private arrive(s: number, p: number, t: number): void {
    const st = this.stations[s];
    this.accumulate(s, t);
    this.inStation[s]++;
    this.pArrive[p] = t;
    if (this.pAlarm[p] !== 0 && t >= this.warmup) this.alarmsIn[s]++;
    if (this.recorder && this.pLog[p] >= 0) this.pVisit[p] = this.recorder.arrive(this.pLog[p], s, t, this.pAlarm[p]);
    this.pAlarm[p] = 0;
    switch (st.mode) {
      case ModeCode.Queue: {
        const q = this.queues[s];
        if (q.length === 0 && this.busy[s] < this.open[s]) this.startService(s, p, t);
        else {
          q.push(p);
          if (q.length > this.maxQueue[s] && t >= this.warmup) this.maxQueue[s] = q.length;
        }
        break;
      }
      case ModeCode.Delay: {
        const d = this.serviceTime(st, s, p);
        this.observeStart(s, p, t, 0, d);
        this.cal.schedule(t + d, p, (s << 3) | Ev.DelayEnd);
        break;
      }
      case ModeCode.Reclaim: {
        // Passengers without bags walk through; the others wait for their last bag.
        const bags = this.pBags[p];
        let waitForBags = 0;
        let d = 0;
        if (bags > 0) {
          waitForBags = Math.max(0, this.lastBagTime(st, s, p) - t);
          d = this.serviceTime(st, s, p);
        }
        this.observeStart(s, p, t + waitForBags, waitForBags, d);
        this.cal.schedule(t + waitForBags + d, p, (s << 3) | Ev.DelayEnd);
        break;
      }
    }
  }

  /**
   * When the last of a passenger's bags comes off the belt. A flight's bags start arriving
   * `firstBagSeconds` after it lands and come at `bagsPerMinute` in random order, so each
   * bag's position is uniform over the delivery; passengers not on a flight or bus get
   * their bags `firstBagSeconds` after they enter the lane.
   */
  private lastBagTime(st: CompiledStation, s: number, p: number): number {
    const g = this.pGroup[p];
    const rng = this.stReclaim[s];
    if (g < 0) return this.pEntry[p] + st.firstBagSeconds;
    const span = this.groupBags[g] / st.bagsPerSecond;
    let last = 0;
    for (let i = this.pBags[p]; i > 0; i--) {
      const u = rng.uniform();
      if (u > last) last = u;
    }
    return this.groupAt[g] + st.firstBagSeconds + last * span;
  }

  private serviceTime(st: CompiledStation, s: number, p: number): number {
    const rng = this.stService[s];
    let d = sample(st.serviceByClass[this.pCls[p]], rng);
    const perBag: CompiledDist | null = st.perBag;
    if (perBag) for (let i = this.pBags[p]; i > 0; i--) d += sample(perBag, rng);
    return d;
  }

  private observeStart(s: number, p: number, start: number, wait: number, service: number): void {
    if (this.pArrive[p] >= this.warmup) {
      this.waitSum[s] += wait;
      this.serviceSum[s] += service;
      if (wait > WAIT_OVER) this.over5[s]++;
      this.waits[s].push(wait);
    }
    if (this.recorder && this.pVisit[p] >= 0) this.recorder.start(this.pVisit[p], start, this.pSlot[p]);
  }

  private startService(s: number, p: number, t: number): void {
    this.accumulate(s, t);
    this.busy[s]++;
    const slot = this.freeSlots[s][--this.nFreeSlots[s]];
    this.pSlot[p] = slot;
    const d = this.serviceTime(this.stations[s], s, p);
    this.observeStart(s, p, t, t - this.pArrive[p], d);
    this.cal.schedule(t + d, p, (s << 3) | Ev.ServiceEnd);
  }

  private serviceEnd(s: number, p: number, t: number): void {
    this.accumulate(s, t);
    this.busy[s]--;
    this.freeSlots[s][this.nFreeSlots[s]++] = this.pSlot[p];
    this.completeVisit(s, p, t);
    const q = this.queues[s];
    while (q.length > 0 && this.busy[s] < this.open[s]) this.startService(s, q.shift(), t);
    this.route(s, p, t);
  }

  private delayEnd(s: number, p: number, t: number): void {
    this.accumulate(s, t);
    this.completeVisit(s, p, t);
    this.route(s, p, t);
  }

  private completeVisit(s: number, p: number, t: number): void {
    this.inStation[s]--;
    if (this.pArrive[p] >= this.warmup) this.served[s]++;
    if (this.recorder && this.pVisit[p] >= 0) this.recorder.end(this.pVisit[p], t);
  }

  /** Opening or closing servers; a closing server finishes its passenger first. */
  private serverChange(s: number, step: number, t: number): void {
    this.accumulate(s, t);
    this.open[s] = this.stations[s].schedule!.servers[step];
    const q = this.queues[s];
    while (q.length > 0 && this.busy[s] < this.open[s]) this.startService(s, q.shift(), t);
  }

  /** After service: an alarm sends the passenger to secondary inspection; otherwise the route decides. */
  private route(s: number, p: number, t: number): void {
    const st = this.stations[s];
    const alarms = st.alarms;
    for (let j = 0; j < alarms.length; j++) {
      const a = alarms[j];
      let prob = a.probability;
      if (a.perBag) prob = 1 - detPowInt(1 - prob, this.pBags[p]);
      if (this.stAlarm[s].uniform() < prob) {
        this.pAlarm[p] = 1;
        this.go(a.target, p, t);
        return;
      }
    }
    const r = st.route;
    let target = r.target;
    if (r.code === RouteCode.Probability) {
      const u = this.stRoute[s].uniform();
      const cum = r.cumulative;
      let k = 0;
      while (k < cum.length - 1 && u >= cum[k]) k++;
      target = r.targets[k];
    } else if (r.code === RouteCode.ByClass) {
      const c = this.pCls[p];
      const lo = c < 32 ? 1 << c : 0;
      const hi = c >= 32 ? 1 << (c - 32) : 0;
      for (let k = 0; k < r.targets.length; k++) {
        if ((r.classMaskLo[k] & lo) === 0 && (r.classMaskHi[k] & hi) === 0) continue;
        if (r.share[k] < 1 && this.stRoute[s].uniform() >= r.share[k]) continue;
        target = r.targets[k];
        break;
      }
    }
    this.go(target, p, t);
  }

  private go(target: number, p: number, t: number): void {
    if (target === EXIT_INDEX) this.leave(p, t);
    else this.moveTo(target, p, t);
  }

  // ---- Observation window ------------------------------------------------------------

  private resetAtWarmup(t: number): void {
    for (let s = 0; s < this.nStations; s++) {
      this.accumulate(s, t);
      this.aQueue[s] = 0;
      this.aBusy[s] = 0;
      this.aAvailable[s] = 0;
      this.aServers[s] = 0;
      this.aInStation[s] = 0;
      this.maxQueue[s] = this.queues[s].length;
    }
  }

  /** Samples queue lengths at each interval boundary up to `t` (state is constant between events). */
  private sampleUntil(t: number): void {
    if (this.interval <= 0) {
      this.nextSample = Infinity;
      return;
    }
    while (this.nextSample <= t) {
      const boundary = this.nextSample;
      // The interval that ends here: its busy and available server time.
      if (boundary > 0) for (let s = 0; s < this.nStations; s++) this.closeInterval(s, boundary);
      for (let s = 0; s < this.nStations; s++) this.seriesQueue[s].push(this.queues[s].length);
      this.seriesInLane.push(this.inLane);
      this.nextSample += this.interval;
    }
  }

  /** Records station s's busy and available server time since the last boundary, up to `t`. */
  private closeInterval(s: number, t: number): void {
    this.accumulate(s, t);
    this.seriesBusy[s].push(this.iBusy[s] - this.snapBusy[s]);
    this.seriesAvailable[s].push(this.iAvailable[s] - this.snapAvailable[s]);
    this.snapBusy[s] = this.iBusy[s];
    this.snapAvailable[s] = this.iAvailable[s];
  }

  private finish(): ReplicationStats {
    const end = Math.max(this.now, this.warmup);
    this.sampleUntil(end);
    // The last, partial interval (one per sample, so the series line up).
    if (this.interval > 0) for (let s = 0; s < this.nStations; s++) this.closeInterval(s, end);
    else for (let s = 0; s < this.nStations; s++) this.accumulate(s, end);
    const nIntervals = this.seriesInLane.length;
    const pad = (g: GrowableFloat64) => {
      const out = new Float64Array(nIntervals);
      out.set(g.data.subarray(0, Math.min(g.length, nIntervals)));
      return out;
    };
    const stations: StationObservations[] = this.stations.map((_, s) => ({
      served: this.served[s],
      waitSum: this.waitSum[s],
      serviceSum: this.serviceSum[s],
      waits: this.waits[s].toArray(),
      waitsOver5Min: this.over5[s],
      alarmsIn: this.alarmsIn[s],
      queueArea: this.aQueue[s],
      busyArea: this.aBusy[s],
      availableArea: this.aAvailable[s],
      serversArea: this.aServers[s],
      inStationArea: this.aInStation[s],
      maxQueue: this.maxQueue[s],
    }));
    return {
      replication: this.replication,
      seed: this.seed,
      events: this.events,
      warmup: this.warmup,
      end: Math.max(this.lastExit, this.warmup),
      entered: this.entered,
      clearance: this.clearance.toArray(),
      clearanceClass: this.clearanceClass.toArray(),
      stations,
      series: {
        intervalSeconds: this.interval,
        queue: this.seriesQueue.map((g) => g.toArray()),
        busy: this.seriesBusy.map((g) => g.toArray()),
        available: this.seriesAvailable.map((g) => g.toArray()),
        inLane: this.seriesInLane.toArray(),
        exits: pad(this.seriesExits),
        arrivals: pad(this.seriesArrivals),
      },
      log: this.recorder ? this.recorder.finish() : null,
    };
  }
}
