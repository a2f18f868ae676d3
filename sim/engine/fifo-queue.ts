/** A first-in-first-out queue of passenger ids in a ring buffer that doubles when full. */
export class FifoQueue {
  private buf: Int32Array;
  private head = 0;
  length = 0;

  constructor(capacity = 64) {
    this.buf = new Int32Array(capacity);
  }

  push(id: number): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = id;
    this.length++;
  }

  shift(): number {
    const id = this.buf[this.head];
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return id;
  }

  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let i = 0; i < this.length; i++) next[i] = this.buf[(this.head + i) & (this.buf.length - 1)];
    this.buf = next;
    this.head = 0;
  }
}
