/**
 * Offered load per station, from the traffic equations: expected visits per passenger of
 * each class (routing and alarm probabilities), times the arrival rate over the horizon,
 * times the mean service, divided by the mean number of open servers. A queue station at
 * load ≥ 1 cannot keep up over the horizon: its queue grows without bound, so the run is
 * refused with a message rather than left to eat time and memory.
 */
import { detPowInt } from '../engine/det-math.js';
import { EXIT_INDEX, ModeCode, RouteCode, SourceCode, type CompiledLane } from '../scenario/compile.js';

export interface StationLoad {
  id: string;
  /** Expected passengers arriving at the station per hour, averaged over the arrival window. */
  ratePerHour: number;
  meanService: number;
  meanServers: number;
  /** Offered load per server (utilisation it would need); NaN for delay and reclaim stations. */
  load: number;
}

/** Expected passengers of each class over the whole run, and the window they arrive in. */
export function expectedArrivals(lane: CompiledLane): { byClass: number[]; windowSeconds: number } {
  const byClass = new Array<number>(lane.classes.length).fill(0);
  let window = lane.arrivalsSeconds;
  const addMix = (total: number, cum: Float64Array) => {
    let prev = 0;
    for (let k = 0; k < cum.length; k++) {
      byClass[k] += total * (Math.min(1, cum[k]) - prev);
      prev = Math.min(1, cum[k]);
    }
  };
  for (const src of lane.sources) {
    if (src.code === SourceCode.PoissonConstant) addMix(src.rate * lane.arrivalsSeconds, src.classCumulative);
    else if (src.code === SourceCode.PoissonScheduled) {
      let total = 0;
      for (let k = 0; k < src.stepTimes.length; k++) {
        const from = Math.min(src.stepTimes[k], lane.arrivalsSeconds);
        const to = Math.min(k + 1 < src.stepTimes.length ? src.stepTimes[k + 1] : Infinity, lane.arrivalsSeconds);
        total += src.stepRates[k] * Math.max(0, to - from);
      }
      addMix(total, src.classCumulative);
    } else {
      for (const g of src.groups) {
        addMix(g.passengers, g.classCumulative);
        window = Math.max(window, g.departure ? g.departure.std : g.at + g.passengers * g.gap);
      }
    }
  }
  return { byClass, windowSeconds: window };
}

/** Where a passenger of class k goes after each station, with what probability (alarms first, then routing). */
export function transitions(lane: CompiledLane, k: number): Array<Array<[number, number]>> {
  const bags = lane.classes[k];
  const alarmProb = (p: number, perBag: boolean) => {
    if (!perBag) return p;
    let e = 0;
    let prev = 0;
    for (let i = 0; i < bags.bagCounts.length; i++) {
      e += (bags.bagCumulative[i] - prev) * (1 - detPowInt(1 - p, bags.bagCounts[i]));
      prev = bags.bagCumulative[i];
    }
    return e;
  };
  return lane.stations.map((st) => {
    const out: Array<[number, number]> = [];
    let stay = 1;
    for (const a of st.alarms) {
      const p = alarmProb(a.probability, a.perBag) * stay;
      out.push([a.target, p]);
      stay -= p;
    }
    const r = st.route;
    if (r.code === RouteCode.Fixed) out.push([r.target, stay]);
    else if (r.code === RouteCode.Probability) {
      let prev = 0;
      r.targets.forEach((t, j) => {
        out.push([t, stay * (r.cumulative[j] - prev)]);
        prev = r.cumulative[j];
      });
    } else {
      let left = stay;
      for (let j = 0; j < r.targets.length && left > 0; j++) {
        const matches = k < 32 ? (r.classMaskLo[j] & (1 << k)) !== 0 : (r.classMaskHi[j] & (1 << (k - 32))) !== 0;
        if (!matches) continue;
        const take = left * Math.min(1, r.share[j]);
        out.push([r.targets[j], take]);
        left -= take;
      }
    }
    return out;
  });
}

/**
 * Expected visits to each station per passenger of class k: the traffic equations
 * v = e + vP solved exactly, (I − Pᵀ)v = e, by Gaussian elimination with partial pivoting
 * over the stations the entry reaches (at most 200). A loop with return probability p gives
 * 1/(1 − p) visits however close p is to 1 (an iteration with a cap would stop early and
 * underestimate exactly the loads near 1 that matter). Stations the entry cannot reach get
 * 0; where passengers can never leave (a closed loop), the system is singular and every
 * reached station gets Infinity.
 */
export function visitRatios(lane: CompiledLane, k: number): Float64Array {
  const n = lane.stations.length;
  const P = transitions(lane, k);
  // The stations reached from the entry with positive probability, in index order.
  const reached = new Uint8Array(n);
  const stack = [lane.entry];
  reached[lane.entry] = 1;
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (const [t, p] of P[s]) {
      if (t !== EXIT_INDEX && p > 0 && !reached[t]) {
        reached[t] = 1;
        stack.push(t);
      }
    }
  }
  const ids: number[] = [];
  const at = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++) if (reached[s]) at[s] = ids.push(s) - 1;
  const m = ids.length;
  const w = m + 1;
  // Row i: v_i − Σ_j P[j→i] v_j = e_i.
  const A = new Float64Array(m * w);
  for (let i = 0; i < m; i++) A[i * w + i] = 1;
  for (let j = 0; j < m; j++) for (const [t, p] of P[ids[j]]) if (t !== EXIT_INDEX && at[t] >= 0) A[at[t] * w + j] -= p;
  A[at[lane.entry] * w + m] = 1;
  const v = new Float64Array(n);
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(A[r * w + col]) > Math.abs(A[pivot * w + col])) pivot = r;
    if (Math.abs(A[pivot * w + col]) < 1e-300) {
      for (const s of ids) v[s] = Infinity;
      return v;
    }
    if (pivot !== col) {
      for (let c = col; c < w; c++) {
        const tmp = A[col * w + c];
        A[col * w + c] = A[pivot * w + c];
        A[pivot * w + c] = tmp;
      }
    }
    const d = A[col * w + col];
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const f = A[r * w + col] / d;
      if (f === 0) continue;
      for (let c = col; c < w; c++) A[r * w + c] -= f * A[col * w + c];
    }
  }
  for (let i = 0; i < m; i++) {
    const x = A[i * w + m] / A[i * w + i];
    // Rounding can leave −1e-17 where nothing arrives; a clearly negative or infinite figure means no way out.
    v[ids[i]] = Number.isFinite(x) && x > 0 ? x : x < -1e-9 || !Number.isFinite(x) ? Infinity : 0;
  }
  return v;
}

function meanServers(times: Float64Array, servers: Int32Array, window: number): number {
  let area = 0;
  for (let k = 0; k < times.length; k++) {
    const from = Math.min(times[k], window);
    const to = Math.min(k + 1 < times.length ? times[k + 1] : Infinity, window);
    area += servers[k] * Math.max(0, to - from);
  }
  return window > 0 ? area / window : servers[0];
}

/** Offered load at every station over the arrival window. */
export function offeredLoads(lane: CompiledLane): StationLoad[] {
  const { byClass, windowSeconds } = expectedArrivals(lane);
  const visits = lane.classes.map((_, k) => visitRatios(lane, k));
  return lane.stations.map((st, s) => {
    let rate = 0;
    let work = 0;
    lane.classes.forEach((c, k) => {
      const arrivals = byClass[k] * visits[k][s];
      rate += arrivals;
      work += arrivals * (st.serviceByClass[k].mean + (st.perBag ? c.meanBags * st.perBag.mean : 0));
    });
    const meanService = rate > 0 ? work / rate : 0;
    const servers = st.schedule ? meanServers(st.schedule.times, st.schedule.servers, windowSeconds) : Infinity;
    const ratePerSecond = windowSeconds > 0 ? rate / windowSeconds : 0;
    return {
      id: st.id,
      ratePerHour: ratePerSecond * 3600,
      meanService,
      meanServers: Number.isFinite(servers) ? servers : 0,
      load: st.mode === ModeCode.Queue ? (servers > 0 ? (ratePerSecond * meanService) / servers : ratePerSecond > 0 ? Infinity : 0) : NaN,
    };
  });
}
