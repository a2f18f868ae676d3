/**
 * Where passengers come from: Poisson sources (a constant rate, or a schedule by thinning
 * against its peak rate) and groups (flights and vehicles, whose passengers leave one by
 * one and walk to the lane). Draws each passenger's class and bags from the source's own
 * streams. Counts the arrivals still to come, so the loop knows when the lane is done.
 */
import type { EventCalendar } from '../engine/event-calendar.js';
import { RandomStream } from '../engine/random-stream.js';
import { sample } from '../engine/distributions.js';
import { SourceCode, type CompiledDeparture, type CompiledLane, type CompiledSource } from '../scenario/compile.js';
import { Ev } from './event-encoding.js';
import type { PassengerTable } from './passenger-table.js';

export class ArrivalSources {
  private readonly lane: CompiledLane;
  private readonly cal: EventCalendar;
  private readonly px: PassengerTable;
  private readonly horizon: number;
  private readonly arrival: RandomStream[];
  private readonly cls: RandomStream[];
  private readonly bags: RandomStream[];
  private readonly approach: RandomStream[];
  /** Departures: each passenger's show-up before STD, one stream per departures source (null for others). */
  private readonly showUp: Array<RandomStream | null>;
  /** Poisson thinning: the schedule step each scheduled source is in. */
  private readonly stepCursor: Int32Array;
  /** Groups (flights, vehicles): arrival time and total bags, for baggage reclaim. */
  readonly groupAt: Float64Array;
  readonly groupBags: Float64Array;
  private readonly groupSource: Int32Array;
  private readonly groupLocal: Int32Array;
  /** Arrivals still to come (Poisson draws, flights not yet landed, passengers not yet entered). */
  pending = 0;

  constructor(lane: CompiledLane, cal: EventCalendar, px: PassengerTable, seed: number, replication: number) {
    this.lane = lane;
    this.cal = cal;
    this.px = px;
    this.horizon = lane.arrivalsSeconds;
    const mk = (purpose: string) => lane.sources.map((s) => new RandomStream(seed, replication, purpose, s.key));
    this.arrival = mk('arrival');
    this.cls = mk('class');
    this.bags = mk('bags');
    this.approach = mk('approach');
    this.showUp = lane.sources.map((s) =>
      s.groups.some((g) => g.departure !== null) ? new RandomStream(seed, replication, 'showup', s.key) : null,
    );
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
  }

  /** Schedules every source's first arrival and every group. */
  scheduleStart(): void {
    this.lane.sources.forEach((src, si) => {
      if (src.code === SourceCode.Groups) return;
      const t = this.nextPoissonTime(src, si, 0);
      if (t < this.horizon) {
        this.cal.scheduleBeside(t, si, Ev.PoissonArrival);
        this.pending++;
      }
    });
    for (let g = 0; g < this.groupAt.length; g++) {
      this.cal.schedule(this.groupAt[g], g, Ev.GroupStart);
      this.pending++;
    }
  }

  /** Next arrival after `t`: exponential gaps, thinned against the schedule's peak rate. */
  private nextPoissonTime(src: CompiledSource, si: number, t: number): number {
    const rng = this.arrival[si];
    if (src.maxRate <= 0) return Infinity;
    if (src.code === SourceCode.PoissonConstant) return t - rng.logUniform() / src.rate;
    const times = src.stepTimes;
    for (;;) {
      t -= rng.logUniform() / src.maxRate;
      if (t >= this.horizon) return Infinity;
      let k = this.stepCursor[si];
      while (k + 1 < times.length && times[k + 1] <= t) k++;
      this.stepCursor[si] = k;
      if (rng.uniform() * src.maxRate < src.stepRates[k]) return t;
    }
  }

  /** A new passenger of source `source` with a class and bags drawn from its streams. */
  private newPassenger(source: number, group: number, cumulative: Float64Array): number {
    const u = this.cls[source].uniform();
    let c = 0;
    while (c < cumulative.length - 1 && u >= cumulative[c]) c++;
    const cls = this.lane.classes[c];
    let bags = 0;
    if (cls.bagCounts.length > 1 || cls.bagCounts[0] !== 0) {
      const ub = this.bags[source].uniform();
      let k = 0;
      while (k < cls.bagCumulative.length - 1 && ub >= cls.bagCumulative[k]) k++;
      bags = cls.bagCounts[k];
    }
    return this.px.alloc(source, group, c, bags);
  }

  /**
   * A Poisson passenger arrives: returns it (to enter now) and schedules the next one,
   * held beside the calendar's heap (one arrival pending per source: it is often next).
   */
  poissonArrival(si: number, t: number): number {
    const src = this.lane.sources[si];
    const p = this.newPassenger(si, -1, src.classCumulative);
    // This event counted as pending; entering settles it.
    const next = this.nextPoissonTime(src, si, t);
    if (next < this.horizon) {
      this.cal.scheduleBeside(next, si, Ev.PoissonArrival);
      this.pending++;
    }
    return p;
  }

  /** A flight or bus arrives: its passengers leave it one by one, then walk to the lane. A departure: see departureStart. */
  groupStart(g: number, t: number): void {
    const si = this.groupSource[g];
    const grp = this.lane.sources[si].groups[this.groupLocal[g]];
    if (grp.departure !== null) {
      this.departureStart(g, si, grp.passengers, grp.classCumulative, grp.departure, t);
      return;
    }
    const approach = this.approach[si];
    this.pending += grp.passengers - 1;
    let bags = 0;
    for (let i = 0; i < grp.passengers; i++) {
      const p = this.newPassenger(si, g, grp.classCumulative);
      bags += this.px.bags[p];
      const walk = grp.walk ? sample(grp.walk, approach) : 0;
      this.cal.schedule(t + i * grp.gap + walk, p, Ev.Enter);
    }
    this.groupBags[g] = bags;
  }

  /**
   * A departing flight's passengers, at its earliest possible show-up `t`: each draws a class
   * and bags (as any passenger), then how long before STD it reaches the lane from its class's
   * show-up profile on the source's "showup" stream, in passenger order; it enters at
   * STD − that lead, never before the start of the run.
   */
  private departureStart(
    g: number,
    si: number,
    passengers: number,
    classCumulative: Float64Array,
    dep: CompiledDeparture,
    t: number,
  ): void {
    const rng = this.showUp[si]!;
    this.pending += passengers - 1;
    let bags = 0;
    for (let i = 0; i < passengers; i++) {
      const p = this.newPassenger(si, g, classCumulative);
      bags += this.px.bags[p];
      const lead = sample(dep.showUpByClass[this.px.cls[p]], rng);
      this.cal.schedule(Math.max(t, dep.std - lead), p, Ev.Enter);
    }
    this.groupBags[g] = bags;
  }
}
