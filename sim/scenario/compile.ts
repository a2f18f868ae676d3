/**
 * Compiles a validated scenario into the flat, index-based form the engine runs: stations
 * by index, distributions as parameter records, routing as small tables. Names are looked
 * up once here so the event loop never touches a string.
 */
import type { CompiledDist } from '../engine/distributions.js';
import { compileDist } from './compile-dist.js';
import type { Arrival, DepartureArrivals, DepartureFlight, Scenario, Station } from './scenario-schema.js';
import { DEPARTURE_DEFAULTS, upperBound } from './departure-defaults.js';
import { EXIT } from './semantic-checks.js';
import { own } from './own-key.js';

import { EXIT_INDEX, RouteCode } from './route-codes.js';

export { EXIT_INDEX, RouteCode };

export const enum ModeCode {
  Queue = 0,
  Delay = 1,
  Reclaim = 2,
}

export interface CompiledRoute {
  code: RouteCode;
  /** Fixed: the one target. */
  target: number;
  /** Probability: cumulative probabilities and targets. ByClass: per-branch share and targets. */
  cumulative: Float64Array;
  targets: Int32Array;
  /** ByClass: for each branch, a bit per class index (up to 50 classes, so two words). */
  classMaskLo: Int32Array;
  classMaskHi: Int32Array;
  share: Float64Array;
}

export interface CompiledAlarm {
  check: string;
  probability: number;
  target: number;
  perBag: boolean;
}

export interface ServerSchedule {
  times: Float64Array;
  servers: Int32Array;
  /** Largest number of servers at any time: the number of server slots. */
  max: number;
}

export interface CompiledStation {
  id: string;
  label: string;
  mode: ModeCode;
  checks: string[];
  /** Service distribution per class index (the class override or the station default). */
  serviceByClass: CompiledDist[];
  perBag: CompiledDist | null;
  walk: CompiledDist | null;
  schedule: ServerSchedule | null;
  route: CompiledRoute;
  alarms: CompiledAlarm[];
  firstBagSeconds: number;
  bagsPerSecond: number;
}

export interface CompiledClass {
  id: string;
  label: string;
  share: number;
  /** Bag counts and their cumulative probabilities. */
  bagCounts: Int32Array;
  bagCumulative: Float64Array;
  meanBags: number;
}

export const enum SourceCode {
  PoissonConstant = 0,
  PoissonScheduled = 1,
  Groups = 2,
}

export interface CompiledSource {
  code: SourceCode;
  /** A stable key for the stream of this source: its id, or its position. */
  key: string;
  /** Cumulative class shares for passengers of this source (default: the lane's mix). */
  classCumulative: Float64Array;
  /** Poisson: rate in passengers per second (constant), or steps (scheduled). */
  rate: number;
  stepTimes: Float64Array;
  stepRates: Float64Array;
  maxRate: number;
  groups: CompiledGroup[];
}

export interface CompiledGroup {
  id: string;
  /** When the group starts: a flight or bus arrives; a departure's earliest possible show-up (≥ 0). */
  at: number;
  passengers: number;
  /** Seconds between consecutive passengers leaving the aircraft or bus. */
  gap: number;
  walk: CompiledDist | null;
  classCumulative: Float64Array;
  /** A departure: its show-up profile per class index (seconds before STD), STD and cut-off; null otherwise. */
  departure: CompiledDeparture | null;
}

export interface CompiledDeparture {
  showUpByClass: CompiledDist[];
  std: number;
  /** STD − closeBeforeSeconds: a passenger still in the lane after this risks missing the flight (may be < 0). */
  cutoff: number;
  closeBeforeSeconds: number;
}

export interface CompiledLane {
  scenario: Scenario;
  stations: CompiledStation[];
  classes: CompiledClass[];
  sources: CompiledSource[];
  entry: number;
  arrivalsSeconds: number;
  warmupSeconds: number;
  targetSeconds: number;
}

/** The planners' level-of-service default when a scenario names none: 10 minutes (IATA optimum band). */
export const DEFAULT_TARGET_SECONDS = 600;

function cumulative(values: number[]): Float64Array {
  const out = new Float64Array(values.length);
  let acc = 0;
  values.forEach((v, i) => {
    acc += v;
    out[i] = acc;
  });
  if (out.length > 0) out[out.length - 1] = Math.max(1, out[out.length - 1]);
  return out;
}

function classCumulative(s: Scenario, mix: Record<string, number> | undefined): Float64Array {
  return cumulative(s.classes.map((c) => (mix ? (own(mix, c.id) ?? 0) : c.share)));
}

function compileRoute(next: Station['next'], index: (id: string) => number, classIndex: Map<string, number>): CompiledRoute {
  const empty = { cumulative: new Float64Array(0), targets: new Int32Array(0), classMaskLo: new Int32Array(0), classMaskHi: new Int32Array(0), share: new Float64Array(0) };
  if (typeof next === 'string') return { code: RouteCode.Fixed, target: index(next), ...empty };
  if (next.every((b) => b.probability !== undefined)) {
    return {
      ...empty,
      code: RouteCode.Probability,
      target: EXIT_INDEX,
      cumulative: cumulative(next.map((b) => b.probability ?? 0)),
      targets: Int32Array.from(next.map((b) => index(b.to))),
    };
  }
  const lo = new Int32Array(next.length);
  const hi = new Int32Array(next.length);
  next.forEach((b, j) => {
    if (!b.classes) {
      lo[j] = -1;
      hi[j] = -1;
      return;
    }
    for (const c of b.classes) {
      const k = classIndex.get(c)!;
      if (k < 32) lo[j] |= 1 << k;
      else hi[j] |= 1 << (k - 32);
    }
  });
  return {
    code: RouteCode.ByClass,
    target: EXIT_INDEX,
    cumulative: new Float64Array(0),
    targets: Int32Array.from(next.map((b) => index(b.to))),
    classMaskLo: lo,
    classMaskHi: hi,
    share: Float64Array.from(next.map((b) => b.share ?? 1)),
  };
}

function compileSchedule(servers: Station['servers']): ServerSchedule | null {
  if (servers === undefined) return null;
  if (typeof servers === 'number') return { times: Float64Array.of(0), servers: Int32Array.of(servers), max: servers };
  const steps = servers[0].fromSeconds > 0 ? [{ fromSeconds: 0, servers: 0 }, ...servers] : servers;
  return {
    times: Float64Array.from(steps.map((s) => s.fromSeconds)),
    servers: Int32Array.from(steps.map((s) => s.servers)),
    max: Math.max(...steps.map((s) => s.servers)),
  };
}

function compileSource(s: Scenario, a: Arrival, i: number): CompiledSource {
  const base = {
    key: a.id ?? `arrivals[${i}]`,
    classCumulative: classCumulative(s, a.kind === 'poisson' ? a.classes : undefined),
    rate: 0,
    stepTimes: new Float64Array(0),
    stepRates: new Float64Array(0),
    maxRate: 0,
    groups: [] as CompiledGroup[],
  };
  if (a.kind === 'poisson') {
    if (a.ratePerHour !== undefined) return { ...base, code: SourceCode.PoissonConstant, rate: a.ratePerHour / 3600, maxRate: a.ratePerHour / 3600 };
    const steps = a.schedule!;
    const withZero = steps[0].fromSeconds > 0 ? [{ fromSeconds: 0, ratePerHour: 0 }, ...steps] : steps;
    return {
      ...base,
      code: SourceCode.PoissonScheduled,
      stepTimes: Float64Array.from(withZero.map((x) => x.fromSeconds)),
      stepRates: Float64Array.from(withZero.map((x) => x.ratePerHour / 3600)),
      maxRate: Math.max(...withZero.map((x) => x.ratePerHour / 3600)),
    };
  }
  if (a.kind === 'departures') {
    return { ...base, code: SourceCode.Groups, groups: a.flights.map((f) => compileDeparture(s, a, f)) };
  }
  const list =
    a.kind === 'flights'
      ? a.flights.map((f) => ({ id: f.id, at: f.atSeconds, passengers: f.passengers, gap: 60 / f.deplanePerMinute, walk: f.walk, classes: f.classes }))
      : a.vehicles.map((v) => ({ id: v.id, at: v.atSeconds, passengers: v.passengers, gap: 60 / v.alightPerMinute, walk: v.walk, classes: v.classes }));
  return {
    ...base,
    code: SourceCode.Groups,
    groups: list.map((g) => ({
      id: g.id,
      at: g.at,
      passengers: g.passengers,
      gap: g.gap,
      walk: g.walk ? compileDist(g.walk) : null,
      classCumulative: classCumulative(s, g.classes),
      departure: null,
    })),
  };
}

/**
 * A departing flight: per class, its show-up profile (the flight's class override, the
 * flight's profile, the stream's class override, the stream's profile, the default); it starts
 * at its earliest possible show-up (STD less the profiles' largest draw, never before 0).
 */
function compileDeparture(s: Scenario, a: DepartureArrivals, f: DepartureFlight): CompiledGroup {
  const dists = s.classes.map(
    (c) =>
      own(f.showUpByClass, c.id) ?? f.showUp ?? own(a.showUpByClass, c.id) ?? a.showUp ?? DEPARTURE_DEFAULTS.showUp.value,
  );
  const lead = Math.max(...dists.map(upperBound));
  const closeBeforeSeconds = f.closeBeforeSeconds ?? a.closeBeforeSeconds ?? DEPARTURE_DEFAULTS.closeBeforeSeconds.value;
  return {
    id: f.id,
    at: Math.max(0, f.stdSeconds - lead),
    passengers: f.passengers,
    gap: 0,
    walk: null,
    classCumulative: classCumulative(s, f.classes),
    departure: {
      showUpByClass: dists.map((d) => compileDist(d)),
      std: f.stdSeconds,
      cutoff: f.stdSeconds - closeBeforeSeconds,
      closeBeforeSeconds,
    },
  };
}

/** Compiles a scenario that `validateScenario` accepted. */
export function compileScenario(s: Scenario): CompiledLane {
  const stationIndex = new Map(s.stations.map((st, i) => [st.id, i]));
  const index = (id: string) => (id === EXIT ? EXIT_INDEX : stationIndex.get(id)!);
  const classIndex = new Map(s.classes.map((c, i) => [c.id, i]));
  const classes: CompiledClass[] = s.classes.map((c) => {
    const bags = c.bags ?? [{ count: 0, probability: 1 }];
    return {
      id: c.id,
      label: c.label ?? c.id,
      share: c.share,
      bagCounts: Int32Array.from(bags.map((b) => b.count)),
      bagCumulative: cumulative(bags.map((b) => b.probability)),
      meanBags: bags.reduce((acc, b) => acc + b.count * b.probability, 0),
    };
  });
  const stations: CompiledStation[] = s.stations.map((st) => {
    const service = compileDist(st.service);
    return {
      id: st.id,
      label: st.label ?? st.id,
      mode: st.mode === 'queue' ? ModeCode.Queue : st.mode === 'delay' ? ModeCode.Delay : ModeCode.Reclaim,
      checks: st.checks ?? [],
      serviceByClass: s.classes.map((c) => {
        const override = own(st.serviceByClass, c.id);
        return override ? compileDist(override) : service;
      }),
      perBag: st.perBag ? compileDist(st.perBag) : null,
      walk: st.walk ? compileDist(st.walk) : null,
      schedule: compileSchedule(st.servers),
      route: compileRoute(st.next, index, classIndex),
      alarms: (st.alarms ?? []).map((a) => ({ check: a.check, probability: a.probability, target: index(a.to), perBag: a.per === 'bag' })),
      firstBagSeconds: st.reclaim?.firstBagSeconds ?? 0,
      bagsPerSecond: (st.reclaim?.bagsPerMinute ?? 60) / 60,
    };
  });
  return {
    scenario: s,
    stations,
    classes,
    sources: s.arrivals.map((a, i) => compileSource(s, a, i)),
    entry: index(s.entry),
    arrivalsSeconds: s.horizon.arrivalsSeconds,
    warmupSeconds: s.horizon.warmupSeconds ?? 0,
    targetSeconds: s.targets?.clearanceSeconds ?? DEFAULT_TARGET_SECONDS,
  };
}
