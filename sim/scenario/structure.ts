/**
 * The lane's structure, computed: how many inspection steps a passenger stops at and how
 * many queues they join on the main path (alarms aside), per class and overall. This is
 * the published way of describing a consolidation ("one fewer inspection step and two
 * fewer queues"), so it must come out of the lane, not be typed in.
 *
 * Per station on a path:
 * - a `queue` station is one step and one queue;
 * - a `delay` station with checks is one step without a queue (walk-through checks); a
 *   `delay` station without checks (a walk, a routing point) is neither;
 * - a `reclaim` station is neither (collecting bags is not an inspection);
 * - checks done on the checked-baggage system (一机双屏, 先期机检) are one more step without
 *   a passenger queue: the station's `baggageSystemChecks`, and per-bag alarm checks the
 *   station does not list among its own checks (bags screened upstream, the passenger
 *   called from here).
 * A class may take several paths (branches by probability, e-gate shares): its figures
 * are those of the (steps, queues) pair most of its passengers see; "overall" is the pair
 * most passengers of all classes see (class shares as weights).
 */
import type { Scenario, Station } from './scenario-schema.js';
import { branchShares, EXIT } from './lane-graph.js';

export interface PathStructure {
  steps: number;
  queues: number;
  /** Steps done on the checked-baggage system (counted in `steps`, no queue). */
  baggageSystemSteps: number;
  /** Share of the passengers (of the class, or of all) whose main path has these counts. */
  share: number;
  /** Station ids of the most likely main path with these counts, in order. */
  path: string[];
}

export interface StructureStation {
  id: string;
  /** On some class's main path (not only reached by alarms). */
  mainPath: boolean;
  /** Reached only through alarms. */
  secondary: boolean;
  step: boolean;
  queue: boolean;
  /** Checks done on the checked-baggage system at this station. */
  baggageSystemChecks: string[];
  /** Ids of the stations this one was consolidated from (`mergedFrom`). */
  mergedFrom?: string[];
  /** Of those, the ones moved onto the baggage system. */
  movedToBaggageSystem?: string[];
  /** Checks of the station (for mapping lanes without `mergedFrom`). */
  checks: string[];
}

/** The `structure` of a result (contract, additive). */
export interface LaneStructure extends PathStructure {
  byClass: Record<string, PathStructure>;
  stations: StructureStation[];
}

/** Paths explored per class at most; beyond, the least likely are not followed. */
const MAX_PATHS = 4096;
const MIN_PROBABILITY = 1e-9;

/** Checks done on the baggage system at a station (declared, or implied by per-bag alarms). */
export function baggageSystemChecks(st: Station): string[] {
  const own = new Set(st.checks ?? []);
  const implied = (st.alarms ?? []).filter((a) => a.per === 'bag' && !own.has(a.check)).map((a) => a.check);
  return [...new Set([...(st.baggageSystemChecks ?? []), ...implied])];
}

function counts(st: Station): { step: number; queue: number; bag: number } {
  const bag = baggageSystemChecks(st).length > 0 ? 1 : 0;
  if (st.mode === 'queue') return { step: 1 + bag, queue: 1, bag };
  if (st.mode === 'delay') return { step: ((st.checks ?? []).length > 0 ? 1 : 0) + bag, queue: 0, bag };
  return { step: bag, queue: 0, bag };
}

interface Walked {
  path: string[];
  p: number;
}

function walkPaths(s: Scenario, byId: Map<string, Station>, cls: string): Walked[] {
  const done: Walked[] = [];
  const stack: Walked[] = [{ path: [s.entry], p: 1 }];
  let explored = 0;
  while (stack.length > 0 && explored < MAX_PATHS * 4) {
    explored++;
    const cur = stack.pop()!;
    const st = byId.get(cur.path[cur.path.length - 1]);
    if (!st) continue;
    for (const b of branchShares(st.next, cls)) {
      const p = cur.p * b.p;
      if (p < MIN_PROBABILITY) continue;
      // A main path that comes back to a station is cut there (each station counted once).
      if (b.to === EXIT || cur.path.includes(b.to) || cur.path.length >= s.stations.length) done.push({ path: cur.path, p });
      else stack.push({ path: [...cur.path, b.to], p });
    }
    if (done.length >= MAX_PATHS) break;
  }
  return done;
}

function summarizePaths(paths: Walked[], byId: Map<string, Station>): PathStructure {
  const pairs = new Map<string, PathStructure & { best: number }>();
  for (const w of paths) {
    let steps = 0;
    let queues = 0;
    let bag = 0;
    for (const id of w.path) {
      const c = counts(byId.get(id)!);
      steps += c.step;
      queues += c.queue;
      bag += c.bag;
    }
    const key = `${steps}/${queues}/${bag}`;
    const e = pairs.get(key);
    if (!e) pairs.set(key, { steps, queues, baggageSystemSteps: bag, share: w.p, path: w.path, best: w.p });
    else {
      e.share += w.p;
      if (w.p > e.best) {
        e.best = w.p;
        e.path = w.path;
      }
    }
  }
  let top: (PathStructure & { best: number }) | null = null;
  for (const e of pairs.values()) if (!top || e.share > top.share + 1e-12) top = e;
  if (!top) return { steps: 0, queues: 0, baggageSystemSteps: 0, share: 0, path: [] };
  const total = paths.reduce((a, w) => a + w.p, 0);
  return { steps: top.steps, queues: top.queues, baggageSystemSteps: top.baggageSystemSteps, share: total > 0 ? top.share / total : 0, path: top.path };
}

/** Counts steps and queues on the main path of a validated scenario. */
export function laneStructure(s: Scenario): LaneStructure {
  const byId = new Map(s.stations.map((st) => [st.id, st]));
  const byClass = Object.create(null) as Record<string, PathStructure>;
  const all: Walked[] = [];
  const onMain = new Set<string>();
  for (const c of s.classes) {
    const paths = walkPaths(s, byId, c.id);
    for (const w of paths) w.path.forEach((id) => onMain.add(id));
    byClass[c.id] = summarizePaths(paths, byId);
    for (const w of paths) all.push({ path: w.path, p: w.p * c.share });
  }
  const alarmTargets = new Set(s.stations.flatMap((st) => (st.alarms ?? []).map((a) => a.to)));
  const stations: StructureStation[] = s.stations.map((st) => {
    const c = counts(st);
    const out: StructureStation = {
      id: st.id,
      mainPath: onMain.has(st.id),
      secondary: !onMain.has(st.id) && alarmTargets.has(st.id),
      step: c.step > 0,
      queue: c.queue > 0,
      baggageSystemChecks: baggageSystemChecks(st),
      checks: [...(st.checks ?? [])],
    };
    if (st.mergedFrom) {
      out.mergedFrom = st.mergedFrom.stations.map((m) => m.id);
      const moved = st.mergedFrom.stations.filter((m) => m.onBaggageSystem).map((m) => m.id);
      if (moved.length > 0) out.movedToBaggageSystem = moved;
    }
    return out;
  });
  return { ...summarizePaths(all, byId), byClass: { ...byClass }, stations };
}
