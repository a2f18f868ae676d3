/**
 * Passengers in the lane, as parallel typed arrays indexed by a slot. Slots are recycled
 * through a free list, so memory follows the number of passengers in the lane at once, not
 * the number who passed; the arrays double when full, up to a bound (a lane that cannot
 * keep up must end with a message, not eat the machine's memory).
 */
import { SimulationError } from '../simulation-error.js';
import { growTo } from '../stats/growable.js';

export class PassengerTable {
  private readonly maxInLane: number;
  cap = 0;
  /** Class index. */
  cls = new Uint8Array(0);
  bags = new Uint8Array(0);
  /** 1 while an alarm sends the passenger to a secondary station. */
  alarm = new Uint8Array(0);
  /** Time the passenger entered the lane. */
  entry = new Float64Array(0);
  /** Time the passenger arrived at the current station. */
  arrive = new Float64Array(0);
  /** Flight or vehicle (group index), −1 for Poisson passengers. */
  group = new Int32Array(0);
  source = new Int32Array(0);
  /** Server slot at a queue station, −1 otherwise. */
  slot = new Int16Array(0);
  /** Row in the run log (passenger, current visit), −1 when not recorded. */
  log = new Int32Array(0);
  visit = new Int32Array(0);
  private free = new Int32Array(0);
  private nFree = 0;

  constructor(maxInLane: number, initial = 1024) {
    this.maxInLane = maxInLane;
    this.grow(Math.min(initial, Math.max(1, maxInLane)));
  }

  private grow(capacity: number): void {
    const old = this.cap;
    this.cls = growTo(this.cls, new Uint8Array(capacity));
    this.bags = growTo(this.bags, new Uint8Array(capacity));
    this.alarm = growTo(this.alarm, new Uint8Array(capacity));
    this.entry = growTo(this.entry, new Float64Array(capacity));
    this.arrive = growTo(this.arrive, new Float64Array(capacity));
    this.group = growTo(this.group, new Int32Array(capacity));
    this.source = growTo(this.source, new Int32Array(capacity));
    this.slot = growTo(this.slot, new Int16Array(capacity));
    this.log = growTo(this.log, new Int32Array(capacity));
    this.visit = growTo(this.visit, new Int32Array(capacity));
    const free = new Int32Array(capacity);
    free.set(this.free.subarray(0, this.nFree));
    // New slots are handed out lowest first.
    for (let p = capacity - 1; p >= old; p--) free[this.nFree++] = p;
    this.free = free;
    this.cap = capacity;
  }

  /** A free slot, reset; throws past the bound on passengers in the lane at once. */
  alloc(source: number, group: number, cls: number, bags: number): number {
    if (this.nFree === 0) {
      if (this.cap >= this.maxInLane) {
        throw new SimulationError(
          'budget',
          `More than ${this.maxInLane.toLocaleString('en')} passengers are in the lane at once; the lane cannot keep up with its arrivals.`,
        );
      }
      this.grow(Math.min(this.cap * 2, this.maxInLane));
    }
    const p = this.free[--this.nFree];
    this.cls[p] = cls;
    this.bags[p] = bags;
    this.alarm[p] = 0;
    this.group[p] = group;
    this.source[p] = source;
    this.slot[p] = -1;
    this.log[p] = -1;
    this.visit[p] = -1;
    return p;
  }

  release(p: number): void {
    this.free[this.nFree++] = p;
  }
}
