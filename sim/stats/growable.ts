/**
 * Append-only typed arrays that double when full: the collectors record one number per
 * passenger without allocating per passenger, and hand the filled part over at the end.
 */
export class GrowableFloat64 {
  data: Float64Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Float64Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.data = growTo(this.data, new Float64Array(this.data.length * 2));
    this.data[this.length++] = v;
  }
  /** Adds `v` at index `i`, extending with zeros as needed (per-interval counters). */
  addAt(i: number, v: number): void {
    while (i >= this.data.length) this.data = growTo(this.data, new Float64Array(this.data.length * 2));
    if (i >= this.length) this.length = i + 1;
    this.data[i] += v;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableFloat32 {
  data: Float32Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Float32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.data = growTo(this.data, new Float32Array(this.data.length * 2));
    this.data[this.length++] = v;
  }
  toArray(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableUint8 {
  data: Uint8Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Uint8Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.data = growTo(this.data, new Uint8Array(this.data.length * 2));
    this.data[this.length++] = v;
  }
  toArray(): Uint8Array {
    return this.data.slice(0, this.length);
  }
}

/** Copies `from` into the larger `to` and returns `to`. */
export function growTo<T extends Float64Array | Float32Array | Int32Array | Uint8Array | Int16Array>(from: T, to: T): T {
  to.set(from as never);
  return to;
}
