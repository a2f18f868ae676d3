/**
 * The benchmark lane written by hand, as one would without a simulation library: the same
 * model as `benchScenario` (Poisson arrivals at 10/s; queue stations s1 4×0.32 s, s2 8×0.64 s
 * with a 5 % alarm to a 1×1.6 s secondary that returns to s3, s3 4×0.32 s, s4 2×0.16 s; all
 * exponential) in one function: an inline binary heap over typed arrays, ring-buffer queues,
 * a free list of passenger slots, xoshiro128** and Math.log, and the clearance mean only.
 * It is the floor a general engine is measured against; run as its own process by the
 * process benchmark (`node dist/bench-hand-loop.mjs <passengers> [bare]`), where `bare` runs
 * only the heap (push/pop pairs at the same number of pending events).
 */

const STATIONS = 5; // s1, s2, s3, s4, secondary
const SERVERS = [4, 8, 4, 2, 1];
const MEAN = [0.32, 0.64, 0.32, 0.16, 1.6];
const NEXT = [1, 2, 3, -1, 2];
const ALARM_AT = 1;
const ALARM_P = 0.05;
const SECONDARY = 4;
const RATE = 10; // per second

let s0 = 0x9e3779b9 | 0;
let s1 = 0x243f6a88 | 0;
let s2 = 0xb7e15162 | 0;
let s3 = 0x12345678 | 0;
function uniform(): number {
  const r = Math.imul(Math.imul(s1, 5) << 7 | Math.imul(s1, 5) >>> 25, 9) >>> 0;
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = (s3 << 11) | (s3 >>> 21);
  return (r + 0.5) / 4294967296;
}

// Heap: time and a packed payload (passenger << 3 | station, or -1 for an arrival).
let hTime = new Float64Array(1024);
let hLoad = new Int32Array(1024);
let hN = 0;
function push(t: number, load: number): void {
  if (hN === hTime.length) {
    const nt = new Float64Array(hN * 2);
    nt.set(hTime);
    hTime = nt;
    const nl = new Int32Array(hN * 2);
    nl.set(hLoad);
    hLoad = nl;
  }
  let i = hN++;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (hTime[p] <= t) break;
    hTime[i] = hTime[p];
    hLoad[i] = hLoad[p];
    i = p;
  }
  hTime[i] = t;
  hLoad[i] = load;
}
let popped = 0;
function pop(): number {
  const t0 = hTime[0];
  popped = hLoad[0];
  const n = --hN;
  const lt = hTime[n];
  const ll = hLoad[n];
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && hTime[c + 1] < hTime[c]) c++;
    if (lt <= hTime[c]) break;
    hTime[i] = hTime[c];
    hLoad[i] = hLoad[c];
    i = c;
  }
  hTime[i] = lt;
  hLoad[i] = ll;
  return t0;
}

/** Runs the lane: passengers arriving over passengers/RATE seconds; returns events and the mean clearance. */
export function handLoop(passengers: number): { events: number; mean: number; cleared: number } {
  const horizon = passengers / RATE;
  let cap = 4096;
  let entry = new Float64Array(cap);
  const free: number[] = [];
  let nextSlot = 0;
  const qCap = 1 << 16;
  const queues = Array.from({ length: STATIONS }, () => new Int32Array(qCap));
  const qHead = new Int32Array(STATIONS);
  const qLen = new Int32Array(STATIONS);
  const busy = new Int32Array(STATIONS);
  let events = 0;
  let sum = 0;
  let cleared = 0;
  let pending = 0;
  push(-Math.log(uniform()) / RATE, -1);
  pending++;
  const arriveAt = (s: number, p: number, t: number) => {
    if (busy[s] < SERVERS[s]) {
      busy[s]++;
      push(t - Math.log(uniform()) * MEAN[s], (p << 3) | s);
    } else {
      queues[s][(qHead[s] + qLen[s]++) & (qCap - 1)] = p;
    }
  };
  let inLane = 0;
  while (hN > 0 && (inLane > 0 || pending > 0)) {
    const t = pop();
    events++;
    const load = popped;
    if (load < 0) {
      pending--;
      const p = free.length ? free.pop()! : nextSlot++;
      if (p >= cap) {
        const e = new Float64Array(cap * 2);
        e.set(entry);
        entry = e;
        cap *= 2;
      }
      entry[p] = t;
      inLane++;
      const next = t - Math.log(uniform()) / RATE;
      if (next < horizon) {
        push(next, -1);
        pending++;
      }
      arriveAt(0, p, t);
      continue;
    }
    const s = load & 7;
    const p = load >> 3;
    if (qLen[s] > 0) {
      const q = queues[s][qHead[s]];
      qHead[s] = (qHead[s] + 1) & (qCap - 1);
      qLen[s]--;
      push(t - Math.log(uniform()) * MEAN[s], (q << 3) | s);
    } else busy[s]--;
    const target = s === ALARM_AT && uniform() < ALARM_P ? SECONDARY : NEXT[s];
    if (target < 0) {
      sum += t - entry[p];
      cleared++;
      inLane--;
      free.push(p);
    } else arriveAt(target, p, t);
  }
  return { events, mean: cleared ? sum / cleared : 0, cleared };
}

/** The bare heap: `events` pop/push pairs with `pending` events in the heap. */
export function bareHeap(events: number, pending: number): number {
  hN = 0;
  for (let i = 0; i < pending; i++) push(-Math.log(uniform()), i);
  let sink = 0;
  for (let i = 0; i < events; i++) {
    const t = pop();
    sink += popped;
    push(t - Math.log(uniform()), popped);
  }
  return sink;
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('bench-hand-loop.mjs');
if (isMain) {
  const passengers = Number(process.argv[2] ?? 1_000_000);
  if (process.argv[3] === 'bare') {
    bareHeap(Number(process.argv[4] ?? passengers * 5), 30);
  } else {
    const r = handLoop(passengers);
    process.stdout.write(JSON.stringify(r) + '\n');
  }
}
