/**
 * Consolidation as an operation: merging checkpoints on one path into one station, the way
 * Harbin T1 folded customs and airport security into one check (一次过检), and moving a
 * checked-bag X-ray onto the baggage system (一机双屏, 先期机检). The planner names the
 * stations; the lane is derived, never drawn by hand:
 * - checks are united (the merged station lists all of them); alarms keep their checks,
 *   probabilities and targets; service parts combine by the declared rule
 *   (combine-service.ts); per-bag parts are kept (combined by the same rule);
 * - routing around the merged stations is rewired, and secondary stations that resumed
 *   inside the merged run resume after the merged station (its checks are all done);
 * - the merged station records its sources (`mergedFrom`), so `split` can restore them and
 *   a comparison can map them.
 * The merge is refused, with the reason, when the stations are not one run of one path or
 * when rewiring would change where some passenger goes.
 */
import { canonicalJson } from './scenario-hash.js';
import { combineDists, type CombineRule } from './combine-service.js';
import type { Distribution } from './distribution-schema.js';
import type { MergedFrom, Next, Scenario, SourceStation, Station } from './scenario-schema.js';
import { EXIT, routeTargets } from './lane-graph.js';
import { validateScenario } from './validate.js';

export interface ConsolidateSpec {
  /** Stations on the passenger's path to merge (any order; they must form one run). */
  stations: string[];
  /** Id of the merged station (new, or one of the merged ones). */
  into: string;
  /** How service parts combine, or the merged station's own distribution. Default "sum". */
  service?: CombineRule | Distribution;
  /** Servers of the merged station (queue stations); default: the parts' servers. */
  servers?: number;
  label?: string;
  /** Checked-bag screening stations moved onto the baggage system at the merged station. */
  baggageSystem?: string[];
}

export interface ConsolidateResult {
  scenario: Scenario;
  /** What the merge decided that the planner should know (servers chosen, walks dropped, …). */
  notes: string[];
}

/** A merge or split refused; the message says which station and why. */
export class ConsolidateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsolidateError';
  }
}

const ID = /^[A-Za-z0-9_.-]{1,64}$/;

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}


/** Which stations' alarms send passengers to each secondary station. */
function alarmSources(s: Scenario): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const st of s.stations) {
    for (const a of st.alarms ?? []) {
      if (!out.has(a.to)) out.set(a.to, new Set());
      out.get(a.to)!.add(st.id);
    }
  }
  return out;
}

function namesOf(s: Scenario, id: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let any = false;
  for (const [lang, tr] of Object.entries(s.translations ?? {})) {
    const name = tr.stations?.[id];
    if (name !== undefined) {
      out[lang] = name;
      any = true;
    }
  }
  return any ? { ...out } : undefined;
}

/** Orders the stations into one run a → b → … by their `next`, or says where the run breaks. */
function chainOrder(byId: Map<string, Station>, ids: string[]): Station[] {
  const set = new Set(ids);
  const heads = ids.filter((id) => !ids.some((o) => o !== id && byId.get(o)!.next === id));
  if (heads.length !== 1) {
    const brancher = ids.map((id) => byId.get(id)!).find((st) => typeof st.next !== 'string' && routeTargets(st.next).some((t) => set.has(t)));
    if (brancher) {
      throw new ConsolidateError(
        `the stations are not on one path: "${brancher.id}" branches (${routeTargets(brancher.next).join(', ')}), so not every passenger passes the stations after it; expected stations that follow each other without a branch between them`,
      );
    }
    throw new ConsolidateError(
      `the stations ${ids.map((i) => `"${i}"`).join(', ')} are not on one path: ${heads.length === 0 ? 'they form a loop' : `${heads.map((h) => `"${h}"`).join(' and ')} do not follow one another`}; expected stations that follow each other (a → b → …, each "next" naming the following one)`,
    );
  }
  const order: Station[] = [];
  let cur: Station | undefined = byId.get(heads[0]);
  while (cur && set.has(cur.id) && !order.includes(cur)) {
    order.push(cur);
    cur = typeof cur.next === 'string' ? byId.get(cur.next) : undefined;
  }
  if (order.length !== ids.length) {
    const last = order[order.length - 1];
    const missing = ids.filter((id) => !order.some((o) => o.id === id));
    const where = typeof last.next === 'string' ? `"${last.id}" continues to "${last.next}"` : `"${last.id}" branches (${routeTargets(last.next).join(', ')})`;
    throw new ConsolidateError(
      `the stations are not on one path: ${where}, not to ${missing.map((m) => `"${m}"`).join(', ')}; expected stations that follow each other directly, without a branch or another station between them`,
    );
  }
  return order;
}

function chooseServers(parts: Station[], given: number | undefined, notes: string[]): Station['servers'] {
  if (given !== undefined) return given;
  const queues = parts.filter((p) => p.mode === 'queue' && p.servers !== undefined);
  const first = queues[0].servers;
  if (queues.every((q) => canonicalJson(q.servers) === canonicalJson(first))) return clone(first);
  if (queues.every((q) => typeof q.servers === 'number')) {
    const max = Math.max(...queues.map((q) => q.servers as number));
    notes.push(`servers: the merged stations had ${queues.map((q) => `${q.id} ${String(q.servers)}`).join(', ')}; the merged station gets ${max} (the most); give --servers to choose`);
    return max;
  }
  throw new ConsolidateError(
    `servers: ${queues.map((q) => `"${q.id}"`).join(' and ')} have different server schedules; expected --servers N to say how many servers the merged station has`,
  );
}

/** Derives the consolidated lane; throws ConsolidateError with the reason when refused. */
export function consolidate(scenario: Scenario, spec: ConsolidateSpec): ConsolidateResult {
  const notes: string[] = [];
  const s = clone(scenario);
  const byId = new Map(s.stations.map((st) => [st.id, st]));
  const onPath = [...spec.stations];
  const moved = [...(spec.baggageSystem ?? [])];
  const all = [...onPath, ...moved];
  if (!ID.test(spec.into) || spec.into === EXIT) throw new ConsolidateError(`into: expected a station id of letters, digits, "_", "." or "-" (not "exit"), got "${spec.into}"`);
  if (onPath.length === 0) throw new ConsolidateError('stations: expected at least one station on the passenger path to merge into');
  if (all.length < 2) throw new ConsolidateError('stations: expected at least two stations to merge');
  for (const id of all) {
    if (!byId.has(id)) throw new ConsolidateError(`unknown station "${id}"; expected one of ${[...byId.keys()].join(', ')}`);
  }
  const dup = all.find((id, i) => all.indexOf(id) !== i);
  if (dup) throw new ConsolidateError(`station "${dup}" is named twice`);
  if (byId.has(spec.into) && !all.includes(spec.into)) throw new ConsolidateError(`into: a station "${spec.into}" already exists; expected a new id or one of the merged stations`);
  const fromAlarms = alarmSources(s);
  for (const id of all) {
    const st = byId.get(id)!;
    if (fromAlarms.has(id)) throw new ConsolidateError(`"${id}" is a secondary station (alarms at ${[...fromAlarms.get(id)!].join(', ')} send passengers there); expected stations on the main path`);
    if (st.mode === 'reclaim') throw new ConsolidateError(`"${id}" is a baggage reclaim, not a check; merging it would change when passengers get their bags`);
    if (st.mergedFrom) throw new ConsolidateError(`"${id}" is already a merged station; split it first (lanesim split) and merge all its parts at once`);
  }
  for (const id of moved) {
    const st = byId.get(id)!;
    if (!st.perBag && !(st.alarms ?? []).some((a) => a.per === 'bag')) {
      throw new ConsolidateError(`"${id}" does not screen bags (no perBag time, no per-bag alarm); only a checked-bag screening can move onto the baggage system`);
    }
    for (const t of routeTargets(st.next)) {
      if (moved.includes(t)) throw new ConsolidateError(`"${id}" is followed by "${t}", also moved onto the baggage system; move one station at a time`);
    }
  }

  const chain = chainOrder(byId, onPath);
  const head = chain[0];
  const tail = chain[chain.length - 1];
  const inner = new Set(chain.slice(1).map((c) => c.id));
  const movedSet = new Set(moved);
  const secondaries = new Set<string>();
  for (const st of [...chain, ...moved.map((m) => byId.get(m)!)]) for (const a of st.alarms ?? []) secondaries.add(a.to);

  // Entering the run anywhere but at its head would make passengers pass checks they skipped.
  if (inner.has(s.entry)) throw new ConsolidateError(`passengers enter the lane at "${s.entry}", after "${head.id}"; merging would make them pass "${head.id}"'s checks too`);
  for (const st of s.stations) {
    // A secondary station resuming at an inner station by a single "next" is rewired below.
    if (secondaries.has(st.id) && typeof st.next === 'string') continue;
    for (const t of routeTargets(st.next)) {
      if (inner.has(t) && !(chain.includes(st) && st.next === t)) {
        throw new ConsolidateError(`"${st.id}" sends passengers straight to "${t}", past "${head.id}"; merging would change their route (they would pass "${head.id}"'s checks too)`);
      }
    }
  }
  const mergedNext: Next = clone(tail.next);
  for (const t of routeTargets(mergedNext)) {
    if (t === head.id || inner.has(t)) throw new ConsolidateError(`"${tail.id}" sends passengers back into the merged run ("${t}")`);
  }

  // The merged station.
  const rule: MergedFrom['rule'] = typeof spec.service === 'object' ? 'given' : (spec.service ?? 'sum');
  const combineRule: CombineRule = rule === 'max' ? 'max' : 'sum';
  const mode = chain.some((c) => c.mode === 'queue') ? 'queue' : 'delay';
  if (mode === 'delay' && spec.servers !== undefined) throw new ConsolidateError('servers: every merged station passes passengers without a queue ("delay"); --servers applies only to queue stations');
  const checks = [...new Set(chain.flatMap((c) => c.checks ?? []))];
  const bagChecks = [
    ...new Set([
      ...moved.flatMap((m) => {
        const st = byId.get(m)!;
        return st.checks && st.checks.length > 0 ? st.checks : (st.alarms ?? []).map((a) => a.check);
      }),
      ...chain.flatMap((c) => c.baggageSystemChecks ?? []),
    ]),
  ];
  const service: Distribution = typeof spec.service === 'object' ? spec.service : combineDists(chain.map((c) => c.service), combineRule, spec.into);
  const classIds = [...new Set(chain.flatMap((c) => Object.keys(c.serviceByClass ?? {})))];
  let serviceByClass: Record<string, Distribution> | undefined;
  if (classIds.length > 0) {
    if (rule === 'given') notes.push(`serviceByClass: the parts' per-class times (${classIds.join(', ')}) are replaced by the given service`);
    else {
      serviceByClass = Object.create(null) as Record<string, Distribution>;
      for (const c of classIds) serviceByClass[c] = combineDists(chain.map((p) => p.serviceByClass?.[c] ?? p.service), combineRule, `${spec.into}:${c}`);
      serviceByClass = { ...serviceByClass };
    }
  }
  const perBagParts = chain.filter((c) => c.perBag).map((c) => c.perBag!);
  const perBag = perBagParts.length > 0 ? combineDists(perBagParts, combineRule, `${spec.into}:perBag`) : undefined;
  const dropped = chain.slice(1).filter((c) => c.walk);
  if (dropped.length > 0) notes.push(`walk: the walks to ${dropped.map((c) => `"${c.id}"`).join(', ')} inside the merged run are dropped (one checkpoint now); they stay in mergedFrom`);
  for (const m of moved) notes.push(`baggage system: "${m}" no longer stops the passenger; the bags are screened in the baggage system and its alarms call the passenger to "${spec.into}"`);
  const alarms = [...moved.flatMap((m) => byId.get(m)!.alarms ?? []), ...chain.flatMap((c) => c.alarms ?? [])].map(clone);

  const sources: SourceStation[] = [
    ...moved.map((m) => ({ ...clone(byId.get(m)!), names: namesOf(s, m), onBaggageSystem: true as const })),
    ...chain.map((c) => ({ ...clone(c), names: namesOf(s, c.id) })),
  ].map((src) => {
    if (src.names === undefined) delete src.names;
    return src;
  });
  const mergedFrom: MergedFrom = { rule, stations: sources };
  const rewired: { id: string; next: Next }[] = [];

  const merged: Station = {
    id: spec.into,
    label: spec.label ?? chain.map((c) => c.label ?? c.id).join(' + '),
    mode,
    checks,
    ...(mode === 'queue' ? { servers: chooseServers(chain, spec.servers, notes) } : {}),
    service,
    ...(serviceByClass ? { serviceByClass } : {}),
    ...(perBag ? { perBag } : {}),
    next: mergedNext,
    ...(alarms.length > 0 ? { alarms } : {}),
    ...(head.walk ? { walk: clone(head.walk) } : {}),
    ...(bagChecks.length > 0 ? { baggageSystemChecks: bagChecks } : {}),
    mergedFrom,
  };

  // Where a reference to a removed station now leads.
  const redirect = (t: string): Next => {
    if (t === head.id) return spec.into;
    if (movedSet.has(t)) return redirectNext(byId.get(t)!.next);
    return t;
  };
  const redirectNext = (next: Next): Next => {
    if (typeof next === 'string') return clone(redirect(next));
    return next.map((b) => {
      const to = redirect(b.to);
      if (typeof to !== 'string') throw new ConsolidateError(`a branch to "${b.to}" cannot be rewired: "${b.to}" itself branches; move it onto the baggage system from a lane where it is reached by a single "next"`);
      return { ...b, to };
    });
  };
  merged.next = redirectNext(merged.next);
  const resumePoints = new Set([...moved.map((m) => canonicalJson(byId.get(m)!.next))]);

  const rest = s.stations.filter((st) => !all.includes(st.id));
  for (const st of rest) {
    let next: Next = st.next;
    if (secondaries.has(st.id)) {
      const resumesInside = typeof next === 'string' && inner.has(next);
      const resumesAfterMoved = resumePoints.has(canonicalJson(next));
      if (resumesInside || resumesAfterMoved) {
        const others = [...(fromAlarms.get(st.id) ?? [])].filter((o) => !all.includes(o));
        if (others.length > 0) throw new ConsolidateError(`secondary station "${st.id}" is shared with ${others.map((o) => `"${o}"`).join(', ')}; rewiring where it resumes would change those passengers' route too`);
        next = clone(merged.next);
      }
    }
    next = redirectNext(next);
    if (canonicalJson(next) !== canonicalJson(st.next)) {
      rewired.push({ id: st.id, next: clone(st.next) });
      st.next = next;
    }
  }
  if (rewired.length > 0) mergedFrom.rewired = rewired;

  // Entry and the stations list: the merged station takes the head's place.
  const out: Station[] = [];
  let routing: Station | null = null;
  if (s.entry === head.id) s.entry = spec.into;
  else if (movedSet.has(s.entry)) {
    const after = redirect(s.entry);
    mergedFrom.entry = s.entry;
    if (typeof after === 'string') s.entry = after;
    else {
      const rid = `${s.entry}-routing`;
      if (byId.has(rid) || rid === spec.into) throw new ConsolidateError(`a station "${rid}" already exists; the routing point that replaces the entry "${s.entry}" needs that id`);
      routing = { id: rid, label: `Routing (was: ${byId.get(s.entry)!.label ?? s.entry})`, mode: 'delay', checks: [], service: { dist: 'constant', value: 0 }, next: after };
      mergedFrom.routing = rid;
      s.entry = rid;
    }
  }
  for (const st of s.stations) {
    if (st.id === head.id) out.push(merged);
    else if (routing && st.id === mergedFrom.entry) out.push(routing);
    else if (!all.includes(st.id)) out.push(st);
  }
  s.stations = out;

  // Names: the merged station is named after its parts in every language that names them.
  for (const tr of Object.values(s.translations ?? {})) {
    if (!tr.stations) continue;
    const names = chain.map((c) => tr.stations?.[c.id]);
    const kept = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(tr.stations)) if (!all.includes(k)) kept[k] = v;
    if (names.some((n) => n !== undefined)) kept[spec.into] = names.map((n, i) => n ?? chain[i].label ?? chain[i].id).join(' + ');
    if (routing && mergedFrom.entry) {
      // The routing point is named in the language of the table it goes into (it is data, like a label).
      const was = tr.stations[mergedFrom.entry] ?? byId.get(mergedFrom.entry)!.label ?? mergedFrom.entry;
      kept[routing.id] = tr === s.translations?.['zh-CN'] || tr === s.translations?.zh ? `分流点（原${was}）` : `Routing (was: ${was})`;
    }
    tr.stations = { ...kept };
  }

  const checked = validateScenario(s);
  if (!checked.ok) {
    throw new ConsolidateError(`the merged lane would not be valid: ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
  return { scenario: checked.scenario, notes };
}
