/**
 * Seeded random streams. The generator is xoshiro128** (Blackman & Vigna, 2018): 128 bits
 * of state, period 2^128 − 1, fast with 32-bit integer arithmetic in JavaScript. Each
 * stream is keyed by (seed, replication, purpose, owner) through a hash, so a stream does
 * not depend on how many other streams exist: adding a station does not shift the numbers
 * another station draws, and two scenarios compared with the same seed see the same
 * arrivals (common random numbers).
 */

/** FNV-1a over a string, as an unsigned 32-bit integer: a stable key for a name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One step of splitmix32: spreads a 32-bit input over the whole state space. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

import { logOfUniformBits } from './det-math.js';

const TWO_POW_32 = 4294967296;

export class RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** Creates the stream for (seed, replication, purpose, owner); owner is e.g. a station id. */
  constructor(seed: number, replication: number, purpose: string, owner = '') {
    let h = splitmix32(seed >>> 0);
    h = splitmix32(h ^ (replication >>> 0));
    h = splitmix32(h ^ hashString(purpose));
    h = splitmix32(h ^ hashString(owner));
    this.s0 = splitmix32(h);
    this.s1 = splitmix32(this.s0 ^ 0x6a09e667);
    this.s2 = splitmix32(this.s1 ^ 0xbb67ae85);
    this.s3 = splitmix32(this.s2 ^ 0x3c6ef372);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
    // Discard a few outputs so nearby keys decorrelate fully.
    for (let i = 0; i < 8; i++) this.nextUint32();
  }

  /** The next raw 32-bit output of xoshiro128**. */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2;
    const s3 = this.s3;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    this.s1 = s1 ^ n2;
    this.s0 = s0 ^ n3;
    this.s2 = n2 ^ t;
    this.s3 = rotl(n3, 11);
    return r >>> 0;
  }

  /** Uniform on the open interval (0, 1): never exactly 0 or 1, so logarithms are safe. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /** log U for a fresh uniform U (same U as `uniform()` would give), reproducible bit for bit. */
  logUniform(): number {
    return logOfUniformBits(this.nextUint32());
  }

  /** Uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
