/**
 * Checks across fields that a shape schema cannot express: ids that must exist, shares
 * that must sum to one, schedules in time order, and a lane from which every passenger can
 * reach the exit. These are the mistakes planners actually make when editing by hand.
 */
import type { Branch, Scenario } from './scenario-schema.js';
import { EXIT, reachableFrom, reachingExit } from './lane-graph.js';
import { problem, type IssueValues, type ValidationCode, type ValidationError } from './validation-error.js';

export { EXIT, successors } from './lane-graph.js';

const SUM_TOLERANCE = 1e-6;

function sumsToOne(values: number[]): boolean {
  return Math.abs(values.reduce((a, b) => a + b, 0) - 1) <= SUM_TOLERANCE;
}

function fmtSum(values: number[]): string {
  return String(Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6);
}


const SUM_WHAT = { 'bag-probabilities': 'bag-count probabilities', 'class-shares': 'class shares', 'branch-probabilities': 'branch probabilities' } as const;

function isClassRouting(branches: Branch[]): boolean {
  return branches.every((b) => b.probability === undefined);
}

export function semanticErrors(s: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const err = (path: string, code: ValidationCode, values: IssueValues, message: string) => errors.push(problem(path, code, values, message));
  const unknownClass = (path: string, id: string) => {
    const options = [...classIds];
    err(path, 'unknown-class', { id, options }, `unknown class "${id}"; expected one of ${options.join(', ')}`);
  };
  const notOne = (path: string, what: 'bag-probabilities' | 'class-shares' | 'branch-probabilities', values: number[]) => {
    const sum = fmtSum(values);
    err(path, 'sum-not-one', { what, sum }, `expected ${SUM_WHAT[what]} to sum to 1, got ${sum}`);
  };

  // Classes
  const classIds = new Set<string>();
  s.classes.forEach((c, i) => {
    if (classIds.has(c.id)) err(`classes[${i}].id`, 'duplicate', { what: 'class', id: c.id }, `duplicate class id "${c.id}"`);
    classIds.add(c.id);
    if (c.bags && !sumsToOne(c.bags.map((b) => b.probability))) {
      notOne(`classes[${i}].bags`, 'bag-probabilities', c.bags.map((b) => b.probability));
    }
    if (c.bags) {
      const counts = new Set<number>();
      c.bags.forEach((b, j) => {
        if (counts.has(b.count)) err(`classes[${i}].bags[${j}].count`, 'duplicate', { what: 'bag-count', id: b.count }, `duplicate bag count ${b.count}`);
        counts.add(b.count);
      });
    }
  });
  const shares = s.classes.map((c) => c.share);
  if (!sumsToOne(shares)) notOne('classes', 'class-shares', shares);

  const checkMix = (mix: Record<string, number> | undefined, path: string) => {
    if (!mix) return;
    for (const key of Object.keys(mix)) {
      if (!classIds.has(key)) unknownClass(`${path}.${key}`, key);
    }
    if (!sumsToOne(Object.values(mix))) notOne(path, 'class-shares', Object.values(mix));
  };

  // Arrivals
  s.arrivals.forEach((a, i) => {
    const base = `arrivals[${i}]`;
    if (a.kind === 'poisson') {
      if ((a.ratePerHour === undefined) === (a.schedule === undefined)) {
        err(base, 'rate-or-schedule', {}, 'expected exactly one of "ratePerHour" or "schedule"');
      }
      a.schedule?.forEach((step, j) => {
        if (j > 0 && step.fromSeconds <= a.schedule![j - 1].fromSeconds) {
          const previous = a.schedule![j - 1].fromSeconds;
          err(`${base}.schedule[${j}].fromSeconds`, 'times-not-increasing', { got: step.fromSeconds, previous }, `expected times in increasing order, got ${step.fromSeconds} after ${previous}`);
        }
      });
      checkMix(a.classes, `${base}.classes`);
    } else if (a.kind === 'flights') {
      a.flights.forEach((f, j) => checkMix(f.classes, `${base}.flights[${j}].classes`));
    } else if (a.kind === 'departures') {
      const knownClass = (byClass: Record<string, unknown> | undefined, path: string) => {
        for (const c of Object.keys(byClass ?? {})) {
          if (!classIds.has(c)) unknownClass(`${path}.${c}`, c);
        }
      };
      knownClass(a.showUpByClass, `${base}.showUpByClass`);
      const seen = new Set<string>();
      a.flights.forEach((f, j) => {
        checkMix(f.classes, `${base}.flights[${j}].classes`);
        knownClass(f.showUpByClass, `${base}.flights[${j}].showUpByClass`);
        if (seen.has(f.id)) err(`${base}.flights[${j}].id`, 'duplicate', { what: 'departing-flight', id: f.id }, `duplicate departing flight "${f.id}"`);
        seen.add(f.id);
      });
    } else {
      a.vehicles.forEach((v, j) => checkMix(v.classes, `${base}.vehicles[${j}].classes`));
    }
  });
  if (s.horizon.warmupSeconds !== undefined && s.horizon.warmupSeconds >= s.horizon.arrivalsSeconds) {
    const horizon = s.horizon.arrivalsSeconds;
    err('horizon.warmupSeconds', 'warmup-too-long', { horizon }, `expected a warm-up shorter than the arrival horizon (${horizon} s)`);
  }

  // Stations
  const stationIndex = new Map<string, number>();
  s.stations.forEach((st, i) => {
    if (st.id === EXIT) err(`stations[${i}].id`, 'reserved-exit', { id: EXIT }, `"${EXIT}" is reserved for leaving the lane`);
    if (stationIndex.has(st.id)) err(`stations[${i}].id`, 'duplicate', { what: 'station', id: st.id }, `duplicate station id "${st.id}"`);
    else stationIndex.set(st.id, i);
  });
  const known = (ref: string) => ref === EXIT || stationIndex.has(ref);
  const unknownStation = (path: string, id: string, withExit: boolean) => {
    const options = withExit ? [...stationIndex.keys(), EXIT] : [...stationIndex.keys()];
    err(path, 'unknown-station', { id, options }, `unknown station "${id}"; expected one of ${options.join(', ')}`);
  };
  const selfRoute = (path: string) => err(path, 'self-route', {}, 'a station cannot send passengers back to itself');

  if (!stationIndex.has(s.entry)) unknownStation('entry', s.entry, false);

  s.stations.forEach((st, i) => {
    const base = `stations[${i}]`;
    if (st.mode === 'queue' && st.servers === undefined) err(`${base}.servers`, 'servers-required', {}, `required for a "queue" station: expected a number of servers or a schedule`);
    if (st.mode !== 'queue' && st.servers !== undefined) err(`${base}.servers`, 'servers-not-allowed', { mode: st.mode }, `only "queue" stations have servers; "${st.mode}" stations serve everyone at once`);
    if (st.mode === 'reclaim' && !st.reclaim) err(`${base}.reclaim`, 'reclaim-required', {}, 'required for a "reclaim" station: expected { firstBagSeconds, bagsPerMinute }');
    if (st.mode !== 'reclaim' && st.reclaim) err(`${base}.reclaim`, 'reclaim-not-allowed', { mode: st.mode }, 'only allowed on a "reclaim" station');
    if (Array.isArray(st.servers)) {
      st.servers.forEach((step, j) => {
        if (j > 0 && step.fromSeconds <= (st.servers as { fromSeconds: number }[])[j - 1].fromSeconds) {
          err(`${base}.servers[${j}].fromSeconds`, 'times-not-increasing', {}, 'expected times in increasing order');
        }
      });
      if (st.servers.every((step) => step.servers === 0)) err(`${base}.servers`, 'no-open-server', {}, 'expected at least one open server at some time');
    } else if (st.mode === 'queue' && st.servers === 0) {
      err(`${base}.servers`, 'no-server', {}, 'expected at least 1 server');
    }
    for (const key of Object.keys(st.serviceByClass ?? {})) {
      if (!classIds.has(key)) unknownClass(`${base}.serviceByClass.${key}`, key);
    }
    if (typeof st.next === 'string') {
      if (!known(st.next)) unknownStation(`${base}.next`, st.next, true);
      if (st.next === st.id) selfRoute(`${base}.next`);
    } else {
      checkBranches(st.next, `${base}.next`, st.id);
    }
    st.alarms?.forEach((a, j) => {
      if (!stationIndex.has(a.to)) err(`${base}.alarms[${j}].to`, 'unknown-alarm-station', { id: a.to }, `unknown station "${a.to}"; expected a secondary station id`);
      if (a.to === st.id) err(`${base}.alarms[${j}].to`, 'alarm-self', {}, 'an alarm cannot send a passenger back to the same station');
    });
  });

  function checkBranches(branches: Branch[], path: string, selfId: string) {
    branches.forEach((b, j) => {
      if (!known(b.to)) unknownStation(`${path}[${j}].to`, b.to, true);
      if (b.to === selfId) selfRoute(`${path}[${j}].to`);
    });
    const withProb = branches.filter((b) => b.probability !== undefined).length;
    if (withProb > 0 && withProb < branches.length) {
      err(path, 'mixed-branches', {}, 'expected either every branch to have a "probability" or none (routing by class)');
      return;
    }
    if (!isClassRouting(branches)) {
      branches.forEach((b, j) => {
        if (b.classes || b.share !== undefined) err(`${path}[${j}]`, 'probability-with-classes', {}, 'a probability branch cannot also have "classes" or "share"');
      });
      const probs = branches.map((b) => b.probability ?? 0);
      if (!sumsToOne(probs)) notOne(path, 'branch-probabilities', probs);
      return;
    }
    branches.forEach((b, j) => {
      for (const c of b.classes ?? []) {
        if (!classIds.has(c)) unknownClass(`${path}[${j}].classes`, c);
      }
      if (!b.classes && j < branches.length - 1) err(`${path}[${j}].classes`, 'last-branch-catches', {}, 'only the last branch may omit "classes" (it catches everyone else)');
    });
    // Every class must end up somewhere: some branch that matches it without a share < 1.
    for (const c of classIds) {
      const settled = branches.some((b) => (!b.classes || b.classes.includes(c)) && (b.share === undefined || b.share >= 1));
      if (!settled) err(path, 'class-without-route', { class: c }, `class "${c}" has no route for everyone (add a last branch without "classes")`);
    }
  }

  // A merged station's sources are gone from the lane: their ids must not name other stations.
  s.stations.forEach((st, i) => {
    const seen = new Set<string>();
    st.mergedFrom?.stations.forEach((src, j) => {
      const path = `stations[${i}].mergedFrom.stations[${j}].id`;
      if (seen.has(src.id)) err(path, 'duplicate', { what: 'source-station', id: src.id }, `duplicate source station "${src.id}"`);
      seen.add(src.id);
      if (src.id !== st.id && stationIndex.has(src.id)) {
        err(path, 'merged-source-in-lane', { id: src.id }, `"${src.id}" is also a station of the lane; expected the id of a station this one was merged from (no longer in the lane)`);
      }
    });
  });

  // Translations name existing stations and classes (a renamed id must not leave a stale name behind).
  for (const [lang, tr] of Object.entries(s.translations ?? {})) {
    for (const key of Object.keys(tr.stations ?? {})) {
      if (!stationIndex.has(key)) unknownStation(`translations.${lang}.stations.${key}`, key, false);
    }
    for (const key of Object.keys(tr.classes ?? {})) {
      if (!classIds.has(key)) unknownClass(`translations.${lang}.classes.${key}`, key);
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
      errors.push(problem(`stations[${i}].next`, 'no-exit', { station: id }, `no way to exit the lane from station "${id}": passengers would loop forever`));
    }
  }
  return errors;
}
