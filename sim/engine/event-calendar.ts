/**
 * The event calendar: a binary min-heap over parallel typed arrays, ordered by time and
 * then by the order events were scheduled (a sequence number), so events at equal times
 * leave first in, first out, as in SimPy. Each event carries two 32-bit integers of
 * payload. Nothing is allocated per event; the arrays double when full.
 */
export class EventCalendar {
  private time: Float64Array;
  private seq: Float64Array;
  private a: Int32Array;
  private b: Int32Array;
  private n = 0;
  private nextSeq = 0;
  /** Payload of the event last returned by `pop`. */
  poppedA = 0;
  poppedB = 0;

  constructor(initialCapacity = 1024) {
    this.time = new Float64Array(initialCapacity);
    this.seq = new Float64Array(initialCapacity);
    this.a = new Int32Array(initialCapacity);
    this.b = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.n;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.time[0] : Infinity;
  }

  clear(): void {
    this.n = 0;
    this.nextSeq = 0;
  }

  schedule(t: number, a: number, b: number): void {
    if (this.n === this.time.length) this.grow();
    const s = this.nextSeq++;
    let i = this.n++;
    const time = this.time;
    const seq = this.seq;
    // Sift up: move parents down until the slot for the new event is found.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = time[p];
      if (pt < t || (pt === t && seq[p] < s)) break;
      time[i] = pt;
      seq[i] = seq[p];
      this.a[i] = this.a[p];
      this.b[i] = this.b[p];
      i = p;
    }
    time[i] = t;
    seq[i] = s;
    this.a[i] = a;
    this.b[i] = b;
  }

  /** Removes the earliest event, returns its time and leaves its payload in poppedA/poppedB. */
  pop(): number {
    const time = this.time;
    const seq = this.seq;
    const A = this.a;
    const B = this.b;
    const t0 = time[0];
    this.poppedA = A[0];
    this.poppedB = B[0];
    const n = --this.n;
    if (n === 0) return t0;
    const lt = time[n];
    const ls = seq[n];
    const la = A[n];
    const lb = B[n];
    let i = 0;
    // Sift down the last element from the root.
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (time[r] < time[c] || (time[r] === time[c] && seq[r] < seq[c]))) c = r;
      const ct = time[c];
      if (lt < ct || (lt === ct && ls < seq[c])) break;
      time[i] = ct;
      seq[i] = seq[c];
      A[i] = A[c];
      B[i] = B[c];
      i = c;
    }
    time[i] = lt;
    seq[i] = ls;
    A[i] = la;
    B[i] = lb;
    return t0;
  }

  private grow(): void {
    const cap = this.time.length * 2;
    const t = new Float64Array(cap);
    t.set(this.time);
    this.time = t;
    const s = new Float64Array(cap);
    s.set(this.seq);
    this.seq = s;
    const a = new Int32Array(cap);
    a.set(this.a);
    this.a = a;
    const b = new Int32Array(cap);
    b.set(this.b);
    this.b = b;
  }
}
