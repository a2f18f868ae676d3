/**
 * Collects, per flight or vehicle (group), the passengers it brought as they leave the lane:
 * how many, their clearance (compensated sum), how many within the target, the first and the
 * last exit, and a small histogram per group for its p95 in this replication. Accumulators per
 * group only — nothing per passenger — so memory follows the number of groups. Every passenger
 * of a group counts, warm-up or not: the table answers "how did this flight's passengers fare".
 * A departing flight also counts, against its cut-off, who reached the lane by it and who left
 * the lane after it (missed-flight risk).
 */
import type { GroupColumns } from '../block-stats.js';

/** Bins of 5 s up to 2 h for a group's p95; beyond, the exact maximum is used. */
export const GROUP_BIN_SECONDS = 5;
const BINS = 1440;

export class GroupCollector {
  private readonly target: number;
  private readonly n: Float64Array;
  private readonly sum: Float64Array;
  private readonly corr: Float64Array;
  private readonly within: Float64Array;
  private readonly first: Float64Array;
  private readonly last: Float64Array;
  private readonly max: Float64Array;
  /** One histogram per group (allocated when its first passenger leaves), cleared each replication. */
  private readonly hist: Array<Uint32Array | null>;
  private readonly cols: GroupColumns[];
  /** Departures: the cut-off (simulated time) per group, NaN for arrivals. */
  private readonly cutoff: Float64Array;
  private readonly reached: Float64Array;
  private readonly late: Float64Array;

  /** `cutoffs[g]`: the cut-off of a departing flight, null for an arriving flight or vehicle. */
  constructor(groups: number, targetSeconds: number, cutoffs: ReadonlyArray<number | null> = []) {
    this.target = targetSeconds;
    this.n = new Float64Array(groups);
    this.sum = new Float64Array(groups);
    this.corr = new Float64Array(groups);
    this.within = new Float64Array(groups);
    this.first = new Float64Array(groups).fill(Infinity);
    this.last = new Float64Array(groups).fill(-Infinity);
    this.max = new Float64Array(groups);
    this.hist = new Array<Uint32Array | null>(groups).fill(null);
    this.cutoff = new Float64Array(groups).fill(NaN);
    this.reached = new Float64Array(groups);
    this.late = new Float64Array(groups);
    this.cols = Array.from({ length: groups }, (_, g) => {
      const cutoff = cutoffs[g] ?? null;
      if (cutoff !== null) this.cutoff[g] = cutoff;
      return {
        passengers: [],
        sum: [],
        withinTarget: [],
        firstExit: [],
        lastExit: [],
        p95: [],
        ...(cutoff !== null ? { reachedByCutoff: [], afterCutoff: [] } : {}),
      };
    });
  }

  /** A passenger of group `g` who entered the lane at `entry` left at `t`, after `x` seconds in the lane. */
  add(g: number, x: number, t: number, entry = t - x): void {
    this.n[g]++;
    const s = this.sum[g];
    const u = s + x;
    this.corr[g] += s >= x ? s - u + x : x - u + s;
    this.sum[g] = u;
    if (x <= this.target) this.within[g]++;
    if (t < this.first[g]) this.first[g] = t;
    if (t > this.last[g]) this.last[g] = t;
    if (x > this.max[g]) this.max[g] = x;
    let h = this.hist[g];
    if (h === null) h = this.hist[g] = new Uint32Array(BINS + 1);
    h[Math.min(BINS, Math.floor(x / GROUP_BIN_SECONDS))]++;
    // Departures (NaN compares false for arrivals): entered by the cut-off; left after it.
    const cutoff = this.cutoff[g];
    if (entry <= cutoff) this.reached[g]++;
    if (t > cutoff) this.late[g]++;
  }

  /** The p95 of group g in this replication: rank (n − 1)·0.95, each rank read as its bin's centre (the exact maximum in the top bin). */
  private p95(g: number): number {
    const n = this.n[g];
    const h = this.hist[g];
    if (n === 0 || h === null) return 0;
    const pos = (n - 1) * 0.95;
    const lo = Math.floor(pos);
    const value = (rank: number) => {
      let acc = 0;
      for (let b = 0; b <= BINS; b++) {
        acc += h[b];
        if (acc > rank)
          return b === BINS ? this.max[g] : Math.min(this.max[g], (b + 0.5) * GROUP_BIN_SECONDS);
      }
      return this.max[g];
    };
    const a = value(lo);
    return lo + 1 < n ? a + (value(lo + 1) - a) * (pos - lo) : a;
  }

  /** Closes the replication: one entry per group in each column, and the accumulators reset. */
  endReplication(): void {
    for (let g = 0; g < this.cols.length; g++) {
      const c = this.cols[g];
      const n = this.n[g];
      c.passengers.push(n);
      c.sum.push(this.sum[g] + this.corr[g]);
      c.withinTarget.push(this.within[g]);
      c.firstExit.push(n > 0 ? this.first[g] : 0);
      c.lastExit.push(n > 0 ? this.last[g] : 0);
      c.p95.push(this.p95(g));
      if (c.reachedByCutoff && c.afterCutoff) {
        c.reachedByCutoff.push(this.reached[g]);
        c.afterCutoff.push(this.late[g]);
      }
      this.hist[g]?.fill(0);
    }
    this.n.fill(0);
    this.sum.fill(0);
    this.corr.fill(0);
    this.within.fill(0);
    this.first.fill(Infinity);
    this.last.fill(-Infinity);
    this.max.fill(0);
    this.reached.fill(0);
    this.late.fill(0);
  }

  columns(): GroupColumns[] {
    return this.cols;
  }
}
