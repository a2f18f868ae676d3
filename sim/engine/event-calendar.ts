/**
 * The event calendar: a binary min-heap over typed arrays, ordered by time and then by the
 * order events were scheduled (a sequence number), so events at equal times leave first
 * in, first out, as in SimPy. Each event carries two 32-bit integers of payload.
 *
 * Built for the replication loop's speed (issue 12): the heap moves only a time and a slot
 * number per level; the sequence number and payload stay in the slot (read on equal times
 * only). Beside the heap one event may be held apart (`scheduleBeside`): the replication
 * keeps its next Poisson arrival there, so a passenger's arrival costs one comparison
 * instead of a push and a pop. Which structure holds an event never changes the order
 * events leave in (time, then sequence), so results are the same bit for bit. Nothing is
 * allocated per event; the arrays double when full.
 */
export class EventCalendar {
  /** Heap: time of each entry and the slot holding its sequence number and payload. */
  private time: Float64Array;
  private slot: Int32Array;
  /** Slots: time, sequence number and payload; free slots on a stack. */
  private slotTime: Float64Array;
  private seq: Float64Array;
  private a: Int32Array;
  private b: Int32Array;
  private free: Int32Array;
  private nFree: number;
  private n = 0;
  private nextSeq = 0;
  /** The event held beside the heap (valid when `held`). */
  private held = false;
  private heldTime = 0;
  private heldSeq = 0;
  private heldA = 0;
  private heldB = 0;
  /** Payload of the event last returned by `pop`. */
  poppedA = 0;
  poppedB = 0;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(2, initialCapacity);
    this.time = new Float64Array(cap);
    this.slot = new Int32Array(cap);
    this.slotTime = new Float64Array(cap);
    this.seq = new Float64Array(cap);
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.free = new Int32Array(cap);
    for (let i = 0; i < cap; i++) this.free[i] = cap - 1 - i;
    this.nFree = cap;
  }

  get size(): number {
    return this.held ? this.n + 1 : this.n;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    const h = this.n > 0 ? this.time[0] : Infinity;
    return this.held && this.heldTime <= h ? this.heldTime : h;
  }

  clear(): void {
    this.n = 0;
    this.nextSeq = 0;
    this.held = false;
    const cap = this.time.length;
    for (let i = 0; i < cap; i++) this.free[i] = cap - 1 - i;
    this.nFree = cap;
  }

  /**
   * Schedules an event. The event goes into a free slot here, and the heap is sifted by
   * slot number: a call that is not inlined then passes integers only (a time passed to a
   * call must be boxed in a new heap number, and the loop schedules once per event).
   */
  schedule(t: number, a: number, b: number): void {
    if (this.n === this.time.length) this.grow();
    const k = this.free[--this.nFree];
    this.slotTime[k] = t;
    this.seq[k] = this.nextSeq++;
    this.a[k] = a;
    this.b[k] = b;
    this.siftUp(k);
  }

  /**
   * Schedules an event, held beside the heap if that place is free (else in the heap):
   * for an event that is scheduled again each time it happens, like the next arrival.
   */
  scheduleBeside(t: number, a: number, b: number): void {
    if (this.held) {
      this.schedule(t, a, b);
      return;
    }
    this.held = true;
    this.heldTime = t;
    this.heldSeq = this.nextSeq++;
    this.heldA = a;
    this.heldB = b;
  }

  /** Places the event in slot k in the heap: moves parents down until its place is found. */
  private siftUp(k: number): void {
    const seq = this.seq;
    const t = this.slotTime[k];
    const s = seq[k];
    const time = this.time;
    const slot = this.slot;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = time[p];
      if (pt < t || (pt === t && seq[slot[p]] < s)) break;
      time[i] = pt;
      slot[i] = slot[p];
      i = p;
    }
    time[i] = t;
    slot[i] = k;
  }

  /** Removes the earliest event, returns its time and leaves its payload in poppedA/poppedB. */
  pop(): number {
    const time = this.time;
    const n = this.n;
    if (this.held) {
      const ht = this.heldTime;
      if (n === 0 || ht < time[0] || (ht === time[0] && this.heldSeq < this.seq[this.slot[0]])) {
        this.held = false;
        this.poppedA = this.heldA;
        this.poppedB = this.heldB;
        return ht;
      }
    }
    const slot = this.slot;
    const seq = this.seq;
    const t0 = time[0];
    const k0 = slot[0];
    this.poppedA = this.a[k0];
    this.poppedB = this.b[k0];
    this.free[this.nFree++] = k0;
    const m = n - 1;
    this.n = m;
    if (m === 0) return t0;
    const lt = time[m];
    const lk = slot[m];
    let i = 0;
    // Sift down the last entry from the root.
    for (;;) {
      let c = 2 * i + 1;
      if (c >= m) break;
      let ct = time[c];
      const r = c + 1;
      if (r < m) {
        const rt = time[r];
        if (rt < ct || (rt === ct && seq[slot[r]] < seq[slot[c]])) {
          c = r;
          ct = rt;
        }
      }
      if (lt < ct || (lt === ct && seq[lk] < seq[slot[c]])) break;
      time[i] = ct;
      slot[i] = slot[c];
      i = c;
    }
    time[i] = lt;
    slot[i] = lk;
    return t0;
  }

  private grow(): void {
    const old = this.time.length;
    const cap = old * 2;
    const widen = <T extends Float64Array | Int32Array>(x: T, y: T): T => {
      y.set(x);
      return y;
    };
    this.time = widen(this.time, new Float64Array(cap));
    this.slot = widen(this.slot, new Int32Array(cap));
    this.slotTime = widen(this.slotTime, new Float64Array(cap));
    this.seq = widen(this.seq, new Float64Array(cap));
    this.a = widen(this.a, new Int32Array(cap));
    this.b = widen(this.b, new Int32Array(cap));
    // The heap is full, so every old slot is taken: the free ones are the new ones.
    const free = new Int32Array(cap);
    for (let i = 0; i < cap - old; i++) free[i] = cap - 1 - i;
    this.free = free;
    this.nFree = cap - old;
  }
}
