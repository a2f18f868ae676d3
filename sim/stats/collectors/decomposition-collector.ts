/**
 * Where each second goes: every cleared passenger's time from lane entry to exit split
 * into walking (to a station), queueing (before service), service (at a station, or
 * passing a walk-through), waiting for bags (at reclaim) and secondary inspection
 * (everything at a station an alarm sent the passenger to). Each part is the time between
 * two of the passenger's own events, so the parts add up to the clearance time; the
 * floating-point rounding of adding the differences back (about 1e-12 s) is moved onto the
 * passenger's largest part when they leave, so the parts, added in the order of `PARTS`,
 * equal their clearance time exactly.
 *
 * Bounded memory: per passenger slot (recycled, so as many as are in the lane at once)
 * the running parts; per replication, sums by class and by station; and, for the slowest
 * passengers, part sums by coarse clearance bin (16 per octave, integers in 1/1024 s, so
 * they merge exactly in any order). Nothing is kept per passenger who has left.
 */
import { closeSum } from '../exact-sum.js';
import { binOf } from '../histogram.js';
import type { CompiledLane } from '../../scenario/compile.js';
import { ModeCode } from '../../scenario/compile.js';

export const PARTS = ['walking', 'queueing', 'service', 'bags', 'secondary'] as const;
export type Part = (typeof PARTS)[number];
const NP = PARTS.length;
/** `leave` adds the five parts written out: a sixth part fails the type check here. */
const FIVE_PARTS: 5 = NP;
void FIVE_PARTS;
const WALK = 0;
const QUEUE = 1;
const SERVICE = 2;
const BAGS = 3;
const SECONDARY = 4;
/** Coarse bins: the clearance histogram's bins taken 32 at a time (16 per octave above 1 s). */
export const TAIL_SHIFT = 5;
const TICKS = 1024;

/** The decomposition section of a block (`BlockStats.decomposition`). */
export interface DecompositionColumns {
  /** [class][part][replication]: seconds summed over the class's cleared passengers. */
  classParts: number[][][];
  /** [station][part][replication]: seconds summed over cleared passengers' time at the station, by what happened there (walking, queueing, service, bags; secondary stays 0). */
  stationParts: number[][][];
  /** Slowest passengers: [class][coarse bin] passengers, [class][part][coarse bin] seconds in 1/1024 s; integers, summed over the block. */
  tailCounts: number[][];
  tailParts: number[][][];
}

export class DecompositionCollector {
  private readonly nClasses: number;
  private readonly nStations: number;
  private readonly reclaim: Uint8Array;
  private readonly warmup: number;
  private cap = 0;
  private parts = new Float64Array(0);
  private last = new Float64Array(0);
  private counted = new Uint8Array(0);
  private secondary = new Uint8Array(0);
  private readonly classSums: Float64Array;
  private readonly stationSums: Float64Array;
  /** Tail sums, flat for the loop ([class][bin] and [class][part][bin]); nested arrays in `columns()`. */
  private readonly bins: number;
  private readonly tailCounts: Float64Array;
  private readonly tailParts: Float64Array;
  private readonly cols: { classParts: number[][][]; stationParts: number[][][] };

  constructor(lane: CompiledLane) {
    this.nClasses = lane.classes.length;
    this.nStations = lane.stations.length;
    this.reclaim = Uint8Array.from(lane.stations.map((s) => (s.mode === ModeCode.Reclaim ? 1 : 0)));
    this.warmup = lane.warmupSeconds;
    this.classSums = new Float64Array(this.nClasses * NP);
    this.stationSums = new Float64Array(this.nStations * NP);
    const bins = (binOf(Infinity) >> TAIL_SHIFT) + 1;
    this.bins = bins;
    this.tailCounts = new Float64Array(this.nClasses * bins);
    this.tailParts = new Float64Array(this.nClasses * NP * bins);
    this.cols = {
      classParts: Array.from({ length: this.nClasses }, () => Array.from({ length: NP }, () => [])),
      stationParts: Array.from({ length: this.nStations }, () => Array.from({ length: NP }, () => [])),
    };
  }

  private grow(p: number): void {
    let cap = Math.max(1024, this.cap);
    while (cap <= p) cap *= 2;
    const parts = new Float64Array(cap * NP);
    parts.set(this.parts);
    const last = new Float64Array(cap);
    last.set(this.last);
    const counted = new Uint8Array(cap);
    counted.set(this.counted);
    const secondary = new Uint8Array(cap);
    secondary.set(this.secondary);
    this.parts = parts;
    this.last = last;
    this.counted = counted;
    this.secondary = secondary;
    this.cap = cap;
  }

  /**
   * Time since p's last event goes to `part` of the passenger; at the station it is always
   * counted by what happened there (walk, queue, service, bags), so a secondary station
   * shows its own queue and service too.
   */
  private add(p: number, s: number, natural: number, t: number): void {
    const d = t - this.last[p];
    this.last[p] = t;
    this.parts[p * NP + (this.secondary[p] !== 0 ? SECONDARY : natural)] += d;
    if (this.counted[p] !== 0) this.stationSums[s * NP + natural] += d;
  }

  /** Passenger p enters the lane at t. */
  enter(p: number, t: number): void {
    if (p >= this.cap) this.grow(p);
    this.parts.fill(0, p * NP, p * NP + NP);
    this.last[p] = t;
    this.counted[p] = t >= this.warmup ? 1 : 0;
    this.secondary[p] = 0;
  }

  /** p arrives at station s (after its walk); `alarm` when an alarm sent it there. */
  arrive(s: number, p: number, t: number, alarm: number): void {
    this.secondary[p] = alarm;
    this.add(p, s, WALK, t);
  }

  /** p starts service (or its delay, or takes its bags) at station s at `start`. */
  start(s: number, p: number, start: number): void {
    this.add(p, s, this.reclaim[s] !== 0 ? BAGS : QUEUE, start);
  }

  /** p leaves station s at t. */
  end(s: number, p: number, t: number): void {
    this.add(p, s, SERVICE, t);
  }

  /** p leaves the lane after `clearance` seconds: the parts are closed onto it exactly. */
  leave(p: number, cls: number, clearance: number): void {
    const o = p * NP;
    const parts = this.parts;
    // closeSum's own first step, written out: the parts usually add up already, and a call
    // that is not inlined would box the clearance in a heap number for every passenger.
    if (parts[o] + parts[o + 1] + parts[o + 2] + parts[o + 3] + parts[o + 4] !== clearance) closeSum(parts, o, NP, clearance);
    if (this.counted[p] === 0) return;
    const bins = this.bins;
    const bin = binOf(clearance) >> TAIL_SHIFT;
    this.tailCounts[cls * bins + bin]++;
    const sums = this.classSums;
    const tail = this.tailParts;
    for (let k = 0; k < NP; k++) {
      const v = parts[o + k];
      sums[cls * NP + k] += v;
      tail[(cls * NP + k) * bins + bin] += Math.round(v * TICKS);
    }
  }

  /** The parts of passenger p (walking, queueing, service, bags, secondary) until p's slot is reused. */
  partsOf(p: number): Float64Array {
    return this.parts.subarray(p * NP, p * NP + NP);
  }

  endReplication(): void {
    for (let c = 0; c < this.nClasses; c++) for (let k = 0; k < NP; k++) this.cols.classParts[c][k].push(this.classSums[c * NP + k]);
    for (let s = 0; s < this.nStations; s++) for (let k = 0; k < NP; k++) this.cols.stationParts[s][k].push(this.stationSums[s * NP + k]);
    this.classSums.fill(0);
    this.stationSums.fill(0);
  }

  columns(): DecompositionColumns {
    const bins = this.bins;
    const row = (a: Float64Array, i: number) => Array.from(a.subarray(i * bins, (i + 1) * bins));
    return {
      classParts: this.cols.classParts,
      stationParts: this.cols.stationParts,
      tailCounts: Array.from({ length: this.nClasses }, (_, c) => row(this.tailCounts, c)),
      tailParts: Array.from({ length: this.nClasses }, (_, c) => Array.from({ length: NP }, (_, k) => row(this.tailParts, c * NP + k))),
    };
  }
}

/** Seconds per tick of the tail sums. */
export const TAIL_TICK_SECONDS = 1 / TICKS;
