/**
 * Level of service in the IATA ADRM manner: a station's wait and the space each queuing
 * passenger has are put into four bands — over-design, optimum, sub-optimum, under-provided —
 * overall and for every interval of the day, against the thresholds of its process type
 * (los-table.ts, docs/level-of-service.md) or the scenario's own.
 */
import type { LosOverride, Scenario } from '../scenario/scenario-schema.js';
import { inferProcessType, LOS_CLASSES, LOS_TABLE, type LosClass, type LosRow, type ProcessType } from './los-table.js';
import type { StationLos } from './result-types.js';

/** The band of a wait against [optimum from, optimum to, under-provided above]. */
export function classifyWait(seconds: number, [from, to, under]: readonly [number, number, number]): LosClass {
  if (seconds < from) return 'over-design';
  if (seconds <= to) return 'optimum';
  if (seconds <= under) return 'sub-optimum';
  return 'under-provided';
}

/**
 * The band of the space per queuing passenger against [over-design above, optimum down to,
 * under-provided below]; null space means no one queued (all the space is spare).
 */
export function classifySpace(m2PerPassenger: number | null, [over, optimum, under]: readonly [number, number, number]): LosClass {
  if (m2PerPassenger === null || m2PerPassenger > over) return 'over-design';
  if (m2PerPassenger >= optimum) return 'optimum';
  if (m2PerPassenger >= under) return 'sub-optimum';
  return 'under-provided';
}

const rank = (c: LosClass) => LOS_CLASSES.indexOf(c);

/**
 * Wait and space together, as the ADRM matrix reads: the worse of the two, except that
 * both sub-optimum make under-provided and over-design needs both to be over-design.
 */
export function combineLos(wait: LosClass, space: LosClass | null): LosClass {
  if (space === null) return wait;
  if (wait === 'sub-optimum' && space === 'sub-optimum') return 'under-provided';
  if (wait === 'over-design' && space === 'over-design') return 'over-design';
  const worse = Math.max(rank(wait), rank(space), rank('optimum'));
  return LOS_CLASSES[worse];
}

/** The thresholds of a process type: the scenario's override where it gives one, else the table. */
export function losThresholds(processType: ProcessType, overrides: Scenario['levelOfService']): LosRow {
  const base = LOS_TABLE.get(processType) ?? LOS_TABLE.get('other')!;
  const o: LosOverride | undefined = overrides ? new Map(Object.entries(overrides)).get(processType) : undefined;
  if (!o || (!o.waitSeconds && !o.spaceM2)) return base;
  return {
    waitSeconds: o.waitSeconds ? [...o.waitSeconds] : base.waitSeconds,
    spaceM2: o.spaceM2 ? [...o.spaceM2] : base.spaceM2,
    source: 'scenario',
  };
}

export interface LosInput {
  mode: string;
  checks: readonly string[];
  processType?: ProcessType;
  queueAreaM2?: number;
  overrides: Scenario['levelOfService'];
  /** p95 wait over all passengers, seconds. */
  p95Wait: number;
  /** Per interval: p95 wait (null without passengers), time-weighted mean queue, passengers. */
  intervalP95Wait: (number | null)[];
  intervalMeanQueue: number[];
  intervalPassengers: number[];
  intervalSeconds: number;
}

/** Below this mean queue no one is counted as queuing (space is "all spare"). */
const NO_QUEUE = 1e-9;

/** A station's level of service, overall and per interval. */
export function stationLos(input: LosInput): StationLos {
  const processType = input.processType ?? inferProcessType(input.mode, input.checks);
  const row = losThresholds(processType, input.overrides);
  const area = input.queueAreaM2 ?? null;
  const spaceOf = (q: number) => (area === null ? null : q > NO_QUEUE ? area / q : null);
  const n = input.intervalMeanQueue.length;
  const iv: StationLos['intervals'] = { intervalSeconds: input.intervalSeconds, p95Wait: [], meanQueue: [], passengers: [], m2PerPassenger: [], wait: [], space: [], class: [] };
  let worst: LosClass | null = null;
  let peak = 0;
  for (let k = 0; k < n; k++) {
    const q = input.intervalMeanQueue[k];
    const p95 = input.intervalP95Wait[k] ?? null;
    const m2 = spaceOf(q);
    const spaceClass = area === null ? null : classifySpace(m2, row.spaceM2);
    const waitClass = p95 === null ? null : classifyWait(p95, row.waitSeconds);
    const cls = waitClass === null ? null : combineLos(waitClass, spaceClass);
    iv.p95Wait.push(p95);
    iv.meanQueue.push(q);
    iv.passengers.push(input.intervalPassengers[k] ?? 0);
    iv.m2PerPassenger.push(m2);
    iv.wait.push(waitClass);
    iv.space.push(spaceClass);
    iv.class.push(cls);
    if (cls !== null && (worst === null || rank(cls) > rank(worst))) worst = cls;
    if (q > peak) peak = q;
  }
  const waitClass = classifyWait(input.p95Wait, row.waitSeconds);
  const space =
    area === null ? null : { m2PerPassenger: spaceOf(peak), peakMeanQueue: peak, class: classifySpace(spaceOf(peak), row.spaceM2) };
  return {
    processType,
    processTypeInferred: input.processType === undefined,
    thresholds: { waitSeconds: [...row.waitSeconds], spaceM2: [...row.spaceM2], source: row.source },
    queueAreaM2: area,
    wait: { p95Seconds: input.p95Wait, class: waitClass },
    space,
    class: combineLos(waitClass, space?.class ?? null),
    worstInterval: worst,
    intervals: iv,
  };
}
