/**
 * One replication of a lane: passengers arrive, walk, queue, are served or delayed, may
 * alarm into secondary inspection, and leave. This file is the loop and its dispatch; the
 * concerns it drives live beside it: arrival-sources.ts (who comes when), station-service.ts
 * (walks, queues, servers, delays, reclaim), routing.ts (alarms and routes),
 * passenger-table.ts (passenger slots), event-encoding.ts (what an event is), and the
 * statistics collectors in ../stats/collectors/. Events are two integers in the calendar and
 * nothing is allocated per event.
 */
import { EventCalendar } from '../engine/event-calendar.js';
import { EXIT_INDEX, type CompiledLane } from '../scenario/compile.js';
import { SimulationError } from '../simulation-error.js';
import type { BlockCollector } from '../stats/collectors/block-collector.js';
import type { ClearanceCollector } from '../stats/collectors/clearance-collector.js';
import type { DecompositionCollector } from '../stats/collectors/decomposition-collector.js';
import type { SeriesCollector } from '../stats/collectors/series-collector.js';
import type { RunLog } from '../stats/result-types.js';
import { RunRecorder } from '../trace/run-recorder.js';
import { ArrivalSources } from './arrival-sources.js';
import { Ev, KIND_BITS, KIND_MASK, unknownEventKind } from './event-encoding.js';
import { PassengerTable } from './passenger-table.js';
import { Routing } from './routing.js';
import { StationService } from './station-service.js';

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
  /** Stop with an error past this many time-series intervals (memory; docs/limits.md). */
  maxSeriesSamples?: number;
}

export class LaneReplication {
  private readonly lane: CompiledLane;
  private readonly opts: ReplicationOptions;
  private readonly replication: number;
  private readonly warmup: number;
  private readonly cal = new EventCalendar(4096);
  private readonly px: PassengerTable;
  private readonly sources: ArrivalSources;
  private readonly service: StationService;
  private readonly routing: Routing;
  private readonly stats: BlockCollector;
  private readonly recorder: RunRecorder | null;
  // The collectors the loop calls, held directly (one load each, not two).
  private readonly clearance: ClearanceCollector;
  private readonly decomp: DecompositionCollector;
  private readonly series: SeriesCollector;

  private now = 0;
  private events = 0;
  private entered = 0;
  private inLane = 0;
  private lastExit = 0;

  constructor(lane: CompiledLane, seed: number, replication: number, opts: ReplicationOptions, stats: BlockCollector) {
    this.lane = lane;
    this.opts = opts;
    this.replication = replication;
    this.warmup = lane.warmupSeconds;
    this.px = new PassengerTable(opts.maxInLane);
    this.sources = new ArrivalSources(lane, this.cal, this.px, seed, replication);
    this.service = new StationService(lane, this.cal, this.px, seed, replication);
    this.routing = new Routing(lane, this.px, seed, replication);
    this.stats = stats;
    this.clearance = stats.clearance;
    this.decomp = stats.decomposition;
    this.series = stats.series;
    stats.series.maxSamples = opts.maxSeriesSamples ?? Infinity;
    stats.bind(this.service);
    this.service.stats = stats.stations;
    this.service.decomp = stats.decomposition;
    this.service.sources = this.sources;
    this.recorder = opts.recordVisits > 0 ? new RunRecorder(lane, opts.recordVisits) : null;
    this.service.recorder = this.recorder;
  }

  /** Runs the replication to the end (arrivals stop at the horizon, the lane then drains) and closes its statistics. */
  run(): RunLog | null {
    const cal = this.cal;
    const sources = this.sources;
    const service = this.service;
    const series = this.stats.series;
    sources.scheduleStart();
    service.scheduleStart();
    if (this.warmup > 0) cal.schedule(this.warmup, 0, Ev.Warmup);
    // Stop when the lane is empty and nothing more can arrive; staffing changes scheduled
    // after that would only stretch the observation window.
    let events = 0;
    let now = 0;
    while (cal.size > 0 && (this.inLane > 0 || sources.pending > 0)) {
      const t = cal.pop();
      const a = cal.poppedA;
      const b = cal.poppedB;
      if (t >= series.nextSample) series.sampleUntil(t, this.inLane);
      now = t;
      // The per-event budget and cancel check (every 65,536 events).
      if ((++events & CANCEL_CHECK_MASK) === 0) this.checkBudget(events);
      const s = b >> KIND_BITS;
      switch (b & KIND_MASK) {
        case Ev.ServiceEnd:
          service.serviceEnd(s, a, t);
          this.route(s, a, t);
          break;
        case Ev.DelayEnd:
          service.delayEnd(s, a, t);
          this.route(s, a, t);
          break;
        case Ev.ArriveAt:
          service.arrive(s, a, t);
          break;
        case Ev.PoissonArrival:
          this.enter(sources.poissonArrival(a, t), t);
          break;
        case Ev.Enter:
          this.enter(a, t);
          break;
        case Ev.GroupStart:
          sources.groupStart(a, t);
          break;
        case Ev.ServerChange:
          service.serverChange(s, a, t);
          break;
        case Ev.Warmup:
          this.stats.stations.resetAtWarmup(t);
          break;
        default:
          throw unknownEventKind(b & KIND_MASK);
      }
    }
    this.now = now;
    this.events = events;
    const closeAt = Math.max(this.now, this.warmup);
    this.stats.endReplication({
      replication: this.replication,
      events: this.events,
      warmup: this.warmup,
      end: Math.max(this.lastExit, this.warmup),
      closeAt,
      entered: this.entered,
      inLane: this.inLane,
    });
    return this.recorder ? this.recorder.finish() : null;
  }

  private checkBudget(events: number): void {
    if (this.opts.signal?.aborted) throw new SimulationError('cancelled', 'The run was cancelled.');
    const maxEvents = this.opts.maxEvents;
    if (events > maxEvents) {
      throw new SimulationError(
        'budget',
        `The run passed its budget of ${maxEvents.toLocaleString('en')} events in one replication; shorten the horizon or check the lane for overload.`,
      );
    }
  }

  private enter(p: number, t: number): void {
    this.sources.pending--;
    this.px.entry[p] = t;
    this.decomp.enter(p, t);
    this.inLane++;
    this.entered++;
    this.series.arrival(t);
    if (this.recorder !== null) this.px.log[p] = this.recorder.enter(this.px.cls[p], this.px.bags[p], this.px.source[p], t);
    this.service.moveTo(this.lane.entry, p, t);
  }

  /** After a station: the routing decides; the exit ends the passenger's clearance. */
  private route(s: number, p: number, t: number): void {
    const target = this.routing.next(s, p);
    if (target === EXIT_INDEX) this.leave(p, t);
    else this.service.moveTo(target, p, t);
  }

  private leave(p: number, t: number): void {
    const px = this.px;
    this.inLane--;
    const entry = px.entry[p];
    const cls = px.cls[p];
    const clearance = t - entry;
    if (entry >= this.warmup) this.clearance.add(clearance, cls);
    this.decomp.leave(p, cls, clearance);
    const g = px.group[p];
    if (g >= 0) this.stats.groups?.add(g, clearance, t, entry);
    this.series.exit(t);
    if (this.recorder !== null && px.log[p] >= 0) this.recorder.exit(px.log[p], t, this.decomp.partsOf(p));
    this.lastExit = t;
    px.release(p);
  }
}
