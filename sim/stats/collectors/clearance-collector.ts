/**
 * Collects clearance times (lane entry to exit) of passengers who entered after the
 * warm-up, overall and by class, as they leave: counts, compensated sums, shifted sums of
 * squares and histograms. Nothing is kept per passenger, so memory does not grow with them.
 */
import { StreamingHistogram } from '../histogram.js';
import type { ClassColumns, ClearanceColumns } from '../block-stats.js';
import type { HistogramData } from '../histogram.js';

export class ClearanceCollector {
  private readonly target: number;
  private readonly nClasses: number;
  // This replication.
  private n = 0;
  private sum = 0;
  private corr = 0;
  private shift = 0;
  private s1 = 0;
  private s2 = 0;
  private within = 0;
  private readonly classN: Float64Array;
  private readonly classSum: Float64Array;
  private readonly classCorr: Float64Array;
  private readonly hist = new StreamingHistogram();
  private readonly classHist: StreamingHistogram[];
  // The block.
  private readonly blockHist = new StreamingHistogram();
  private readonly blockClassHist: StreamingHistogram[];
  private readonly cols: ClearanceColumns = { passengers: [], sum: [], shift: [], shiftedSum: [], shiftedSquares: [], p95: [], withinTarget: [] };
  private readonly classCols: ClassColumns[];

  constructor(nClasses: number, targetSeconds: number) {
    this.target = targetSeconds;
    this.nClasses = nClasses;
    this.classN = new Float64Array(nClasses);
    this.classSum = new Float64Array(nClasses);
    this.classCorr = new Float64Array(nClasses);
    this.classHist = Array.from({ length: nClasses }, () => new StreamingHistogram());
    this.blockClassHist = Array.from({ length: nClasses }, () => new StreamingHistogram());
    this.classCols = Array.from({ length: nClasses }, () => ({ passengers: [], sum: [] }));
  }

  /** One passenger cleared in `x` seconds. Sums are Neumaier's (as simple-statistics' `sum`). */
  add(x: number, cls: number): void {
    if (this.n === 0) this.shift = x;
    this.n++;
    let t = this.sum + x;
    this.corr += this.sum >= x ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
    const d = x - this.shift;
    this.s1 += d;
    this.s2 += d * d;
    if (x <= this.target) this.within++;
    this.hist.add(x);
    if (this.nClasses > 1) {
      this.classN[cls]++;
      const s = this.classSum[cls];
      t = s + x;
      this.classCorr[cls] += s >= x ? s - t + x : x - t + s;
      this.classSum[cls] = t;
      this.classHist[cls].add(x);
    }
  }

  /** Closes the replication: its columns, and its histograms folded into the block's. */
  endReplication(): void {
    const c = this.cols;
    c.passengers.push(this.n);
    c.sum.push(this.sum + this.corr);
    c.shift.push(this.shift);
    c.shiftedSum.push(this.s1);
    c.shiftedSquares.push(this.s2);
    c.p95.push(this.hist.quantile(0.95));
    c.withinTarget.push(this.within);
    if (this.nClasses > 1) {
      for (let k = 0; k < this.nClasses; k++) {
        this.classCols[k].passengers.push(this.classN[k]);
        this.classCols[k].sum.push(this.classSum[k] + this.classCorr[k]);
        this.classHist[k].flushInto(this.blockClassHist[k]);
      }
    } else {
      // One class: the class figures are the overall ones (no second histogram in the loop).
      this.classCols[0].passengers.push(this.n);
      this.classCols[0].sum.push(this.sum + this.corr);
    }
    this.hist.flushInto(this.blockHist);
    this.n = this.sum = this.corr = this.shift = this.s1 = this.s2 = this.within = 0;
    this.classN.fill(0);
    this.classSum.fill(0);
    this.classCorr.fill(0);
  }

  columns(): { clearance: ClearanceColumns; classes: ClassColumns[]; histogram: HistogramData; byClass: HistogramData[] } {
    const histogram = this.blockHist.toData();
    return {
      clearance: this.cols,
      classes: this.classCols,
      histogram,
      byClass: this.nClasses > 1 ? this.blockClassHist.map((h) => h.toData()) : [histogram],
    };
  }
}
