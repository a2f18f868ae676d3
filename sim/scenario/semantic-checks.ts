/**
 * Checks across fields that a shape schema cannot express: ids that must exist, shares
 * that must sum to one, schedules in time order, and a lane from which every passenger can
 * reach the exit. These are the mistakes planners actually make when editing by hand.
 */
import type { Branch, Scenario } from './scenario-schema.js';
import { EXIT, reachableFrom, reachingExit } from './lane-graph.js';
import type { ValidationError } from './validation-error.js';

export { EXIT, successors } from './lane-graph.js';

const SUM_TOLERANCE = 1e-6;

function sumsToOne(values: number[]): boolean {
  return Math.abs(values.reduce((a, b) => a + b, 0) - 1) <= SUM_TOLERANCE;
}

function fmtSum(values: number[]): string {
  return String(Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6);
}


function isClassRouting(branches: Branch[]): boolean {
  return branches.every((b) => b.probability === undefined);
}

export function semanticErrors(s: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });

  // Classes
  const classIds = new Set<string>();
  s.classes.forEach((c, i) => {
    if (classIds.has(c.id)) err(`classes[${i}].id`, `duplicate class id "${c.id}"`);
    classIds.add(c.id);
    if (c.bags && !sumsToOne(c.bags.map((b) => b.probability))) {
      err(`classes[${i}].bags`, `expected bag-count probabilities to sum to 1, got ${fmtSum(c.bags.map((b) => b.probability))}`);
    }
    if (c.bags) {
      const counts = new Set<number>();
      c.bags.forEach((b, j) => {
        if (counts.has(b.count)) err(`classes[${i}].bags[${j}].count`, `duplicate bag count ${b.count}`);
        counts.add(b.count);
      });
    }
  });
  const shares = s.classes.map((c) => c.share);
  if (!sumsToOne(shares)) err('classes', `expected class shares to sum to 1, got ${fmtSum(shares)}`);

  const checkMix = (mix: Record<string, number> | undefined, path: string) => {
    if (!mix) return;
    for (const key of Object.keys(mix)) {
      if (!classIds.has(key)) err(`${path}.${key}`, `unknown class "${key}"; expected one of ${[...classIds].join(', ')}`);
    }
    if (!sumsToOne(Object.values(mix))) err(path, `expected class shares to sum to 1, got ${fmtSum(Object.values(mix))}`);
  };

  // Arrivals
  s.arrivals.forEach((a, i) => {
    const base = `arrivals[${i}]`;
    if (a.kind === 'poisson') {
      if ((a.ratePerHour === undefined) === (a.schedule === undefined)) {
        err(base, 'expected exactly one of "ratePerHour" or "schedule"');
      }
      a.schedule?.forEach((step, j) => {
        if (j > 0 && step.fromSeconds <= a.schedule![j - 1].fromSeconds) {
          err(`${base}.schedule[${j}].fromSeconds`, `expected times in increasing order, got ${step.fromSeconds} after ${a.schedule![j - 1].fromSeconds}`);
        }
      });
      checkMix(a.classes, `${base}.classes`);
    } else if (a.kind === 'flights') {
      a.flights.forEach((f, j) => checkMix(f.classes, `${base}.flights[${j}].classes`));
    } else if (a.kind === 'departures') {
      const knownClass = (byClass: Record<string, unknown> | undefined, path: string) => {
        for (const c of Object.keys(byClass ?? {})) {
          if (!classIds.has(c)) err(`${path}.${c}`, `expected one of the lane's classes (${[...classIds].join(', ')}), got "${c}"`);
        }
      };
      knownClass(a.showUpByClass, `${base}.showUpByClass`);
      const seen = new Set<string>();
      a.flights.forEach((f, j) => {
        checkMix(f.classes, `${base}.flights[${j}].classes`);
        knownClass(f.showUpByClass, `${base}.flights[${j}].showUpByClass`);
        if (seen.has(f.id)) err(`${base}.flights[${j}].id`, `duplicate departing flight "${f.id}"`);
        seen.add(f.id);
      });
    } else {
      a.vehicles.forEach((v, j) => checkMix(v.classes, `${base}.vehicles[${j}].classes`));
    }
  });
  if (s.horizon.warmupSeconds !== undefined && s.horizon.warmupSeconds >= s.horizon.arrivalsSeconds) {
    err('horizon.warmupSeconds', `expected a warm-up shorter than the arrival horizon (${s.horizon.arrivalsSeconds} s)`);
  }

  // Stations
  const stationIndex = new Map<string, number>();
  s.stations.forEach((st, i) => {
    if (st.id === EXIT) err(`stations[${i}].id`, `"${EXIT}" is reserved for leaving the lane`);
    if (stationIndex.has(st.id)) err(`stations[${i}].id`, `duplicate station id "${st.id}"`);
    else stationIndex.set(st.id, i);
  });
  const known = (ref: string) => ref === EXIT || stationIndex.has(ref);
  const stationList = () => [...stationIndex.keys(), EXIT].join(', ');

  if (!stationIndex.has(s.entry)) err('entry', `unknown station "${s.entry}"; expected one of ${[...stationIndex.keys()].join(', ')}`);

  s.stations.forEach((st, i) => {
    const base = `stations[${i}]`;
    if (st.mode === 'queue' && st.servers === undefined) err(`${base}.servers`, `required for a "queue" station: expected a number of servers or a schedule`);
    if (st.mode !== 'queue' && st.servers !== undefined) err(`${base}.servers`, `only "queue" stations have servers; "${st.mode}" stations serve everyone at once`);
    if (st.mode === 'reclaim' && !st.reclaim) err(`${base}.reclaim`, 'required for a "reclaim" station: expected { firstBagSeconds, bagsPerMinute }');
    if (st.mode !== 'reclaim' && st.reclaim) err(`${base}.reclaim`, 'only allowed on a "reclaim" station');
    if (Array.isArray(st.servers)) {
      st.servers.forEach((step, j) => {
        if (j > 0 && step.fromSeconds <= (st.servers as { fromSeconds: number }[])[j - 1].fromSeconds) {
          err(`${base}.servers[${j}].fromSeconds`, 'expected times in increasing order');
        }
      });
      if (st.servers.every((step) => step.servers === 0)) err(`${base}.servers`, 'expected at least one open server at some time');
    } else if (st.mode === 'queue' && st.servers === 0) {
      err(`${base}.servers`, 'expected at least 1 server');
    }
    for (const key of Object.keys(st.serviceByClass ?? {})) {
      if (!classIds.has(key)) err(`${base}.serviceByClass.${key}`, `unknown class "${key}"; expected one of ${[...classIds].join(', ')}`);
    }
    if (typeof st.next === 'string') {
      if (!known(st.next)) err(`${base}.next`, `unknown station "${st.next}"; expected one of ${stationList()}`);
      if (st.next === st.id) err(`${base}.next`, 'a station cannot send passengers back to itself');
    } else {
      checkBranches(st.next, `${base}.next`, st.id);
    }
    st.alarms?.forEach((a, j) => {
      if (!stationIndex.has(a.to)) err(`${base}.alarms[${j}].to`, `unknown station "${a.to}"; expected a secondary station id`);
      if (a.to === st.id) err(`${base}.alarms[${j}].to`, 'an alarm cannot send a passenger back to the same station');
    });
  });

  function checkBranches(branches: Branch[], path: string, selfId: string) {
    branches.forEach((b, j) => {
      if (!known(b.to)) err(`${path}[${j}].to`, `unknown station "${b.to}"; expected one of ${stationList()}`);
      if (b.to === selfId) err(`${path}[${j}].to`, 'a station cannot send passengers back to itself');
    });
    const withProb = branches.filter((b) => b.probability !== undefined).length;
    if (withProb > 0 && withProb < branches.length) {
      err(path, 'expected either every branch to have a "probability" or none (routing by class)');
      return;
    }
    if (!isClassRouting(branches)) {
      branches.forEach((b, j) => {
        if (b.classes || b.share !== undefined) err(`${path}[${j}]`, 'a probability branch cannot also have "classes" or "share"');
      });
      const probs = branches.map((b) => b.probability ?? 0);
      if (!sumsToOne(probs)) err(path, `expected branch probabilities to sum to 1, got ${fmtSum(probs)}`);
      return;
    }
    branches.forEach((b, j) => {
      for (const c of b.classes ?? []) {
        if (!classIds.has(c)) err(`${path}[${j}].classes`, `unknown class "${c}"; expected one of ${[...classIds].join(', ')}`);
      }
      if (!b.classes && j < branches.length - 1) err(`${path}[${j}].classes`, 'only the last branch may omit "classes" (it catches everyone else)');
    });
    // Every class must end up somewhere: some branch that matches it without a share < 1.
    for (const c of classIds) {
      const settled = branches.some((b) => (!b.classes || b.classes.includes(c)) && (b.share === undefined || b.share >= 1));
      if (!settled) err(path, `class "${c}" has no route for everyone (add a last branch without "classes")`);
    }
  }

  // A merged station's sources are gone from the lane: their ids must not name other stations.
  s.stations.forEach((st, i) => {
    const seen = new Set<string>();
    st.mergedFrom?.stations.forEach((src, j) => {
      const path = `stations[${i}].mergedFrom.stations[${j}].id`;
      if (seen.has(src.id)) err(path, `duplicate source station "${src.id}"`);
      seen.add(src.id);
      if (src.id !== st.id && stationIndex.has(src.id)) err(path, `"${src.id}" is also a station of the lane; expected the id of a station this one was merged from (no longer in the lane)`);
    });
  });

  // Translations name existing stations and classes (a renamed id must not leave a stale name behind).
  for (const [lang, tr] of Object.entries(s.translations ?? {})) {
    for (const key of Object.keys(tr.stations ?? {})) {
      if (!stationIndex.has(key)) err(`translations.${lang}.stations.${key}`, `unknown station "${key}"; expected one of ${[...stationIndex.keys()].join(', ')}`);
    }
    for (const key of Object.keys(tr.classes ?? {})) {
      if (!classIds.has(key)) err(`translations.${lang}.classes.${key}`, `unknown class "${key}"; expected one of ${[...classIds].join(', ')}`);
    }
  }

  if (errors.length === 0) errors.push(...exitReachability(s));
  return errors;
}

/** Every station a passenger can reach must have a path to the exit, or passengers pile up forever. */
function exitReachability(s: Scenario): ValidationError[] {
  const byId = new Map(s.stations.map((st, i) => [st.id, { st, i }]));
  const canExit = reachingExit(s);
  const errors: ValidationError[] = [];
  const reachable = reachableFrom(s);
  for (const id of reachable) {
    if (!canExit.has(id)) {
      const { i } = byId.get(id)!;
      errors.push({ path: `stations[${i}].next`, message: `no way to exit the lane from station "${id}": passengers would loop forever` });
    }
  }
  return errors;
}
