/**
 * The lane as a graph, walked in one place: where a passenger can go from a station (its
 * routing, then its alarms), which stations the entry reaches, and which can reach the exit.
 * Validation, consolidation, the editor's "not reached" warning and the diagram's edges all
 * walk routes through these functions, so a new kind of route is taught to one file.
 */
import type { Alarm, Branch, Next, Scenario, Station } from './scenario-schema.js';
import type { CompiledLane } from './compile.js';
import { EXIT_INDEX, RouteCode } from './route-codes.js';

/** The exit of the lane, as routes name it. */
export const EXIT = 'exit';

/** Where a station's routing sends passengers: one id, or each branch's target in order. */
export function routeTargets(next: Next): string[] {
  return typeof next === 'string' ? [next] : next.map((b) => b.to);
}

/** One way out of a station: a fixed next, a branch (by probability or class) or an alarm. */
export type Route = { kind: 'next'; to: string } | { kind: 'branch'; to: string; branch: Branch } | { kind: 'alarm'; to: string; alarm: Alarm };

/** Every way out of a station, routing first, then alarms, in the file's order. */
export function routesOf(station: Pick<Station, 'next' | 'alarms'>): Route[] {
  const out: Route[] = typeof station.next === 'string' ? [{ kind: 'next', to: station.next }] : station.next.map((branch) => ({ kind: 'branch' as const, to: branch.to, branch }));
  for (const alarm of station.alarms ?? []) out.push({ kind: 'alarm', to: alarm.to, alarm });
  return out;
}

/** Every station a passenger can go to next from a station (routing and alarms). */
export function successors(station: Pick<Station, 'next' | 'alarms'>): string[] {
  return routesOf(station).map((r) => r.to);
}

/** The station ids passengers can reach from `from` (the entry by default), by routing and alarms; the exit is not a station. */
export function reachableFrom(scenario: Pick<Scenario, 'entry' | 'stations'>, from: string = scenario.entry): Set<string> {
  const byId = new Map(scenario.stations.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    const st = byId.get(id);
    if (!st || seen.has(id)) continue;
    seen.add(id);
    for (const to of successors(st)) if (!seen.has(to)) stack.push(to);
  }
  return seen;
}

/** The station ids from which some route leads to the exit (and the exit itself). */
export function reachingExit(scenario: Pick<Scenario, 'stations'>): Set<string> {
  const canExit = new Set<string>([EXIT]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const st of scenario.stations) {
      if (!canExit.has(st.id) && successors(st).some((to) => canExit.has(to))) {
        canExit.add(st.id);
        changed = true;
      }
    }
  }
  return canExit;
}

/**
 * Where routing sends a passenger of class `cls` from `next`, with the probability of each
 * branch (alarms aside): probabilities as given; class branches in order, each taking its
 * `share` of the passengers of its classes still left (the model's rule, model-reference.md).
 */
export function branchShares(next: Next, cls: string): { to: string; p: number }[] {
  if (typeof next === 'string') return [{ to: next, p: 1 }];
  if (next.every((b) => b.probability !== undefined)) return next.filter((b) => (b.probability ?? 0) > 0).map((b) => ({ to: b.to, p: b.probability ?? 0 }));
  const out: { to: string; p: number }[] = [];
  let left = 1;
  for (const b of next) {
    if (b.classes && !b.classes.includes(cls)) continue;
    const take = left * (b.share ?? 1);
    if (take > 0) out.push({ to: b.to, p: take });
    left -= take;
    if (left <= 0) break;
  }
  return out;
}

/** The same lane compiled (station indices): where station `s` routes and where its alarms send, the exit left out. */
export function compiledTargets(lane: CompiledLane, s: number): { main: number[]; alarm: number[] } {
  const st = lane.stations[s];
  const r = st.route;
  const main = r.code === RouteCode.Fixed ? [r.target] : Array.from(r.targets);
  if (r.code === RouteCode.ByClass) main.push(r.target);
  return { main: main.filter((t) => t !== EXIT_INDEX), alarm: st.alarms.map((a) => a.target).filter((t) => t !== EXIT_INDEX) };
}
