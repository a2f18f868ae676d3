/**
 * The reverse of `consolidate`: a merged station back into the stations it was made of,
 * from what it recorded in `mergedFrom` — the sources as they were, the `next` of the
 * stations the merge rewired, the entry and any routing point it added. Well defined only
 * while those ids are free and the rewired stations still exist; otherwise refused with
 * the reason. Edits made to the merged station after the merge (its servers, its service)
 * are not carried over: they have no meaning for the parts; the note says so.
 */
import { ConsolidateError } from './consolidate.js';
import { canonicalJson } from './scenario-hash.js';
import type { Next, Scenario, Station } from './scenario-schema.js';
import { validateScenario } from './validate.js';

export interface SplitResult {
  scenario: Scenario;
  notes: string[];
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function retarget(next: Next, from: string, to: string): Next {
  if (typeof next === 'string') return next === from ? to : next;
  return next.map((b) => (b.to === from ? { ...b, to } : b));
}

/** Splits merged station `id` back into its sources; throws ConsolidateError when not well defined. */
export function split(scenario: Scenario, id: string): SplitResult {
  const s = clone(scenario);
  const notes: string[] = [];
  const index = s.stations.findIndex((st) => st.id === id);
  if (index < 0) throw new ConsolidateError(`unknown station "${id}"; expected one of ${s.stations.map((st) => st.id).join(', ')}`);
  const merged = s.stations[index];
  const from = merged.mergedFrom;
  if (!from) throw new ConsolidateError(`"${id}" is not a merged station (it has no "mergedFrom"); only a station made by lanesim consolidate can be split`);
  const keep = new Set(s.stations.map((st) => st.id));
  keep.delete(id);
  if (from.routing) keep.delete(from.routing);
  for (const src of from.stations) {
    if (keep.has(src.id)) throw new ConsolidateError(`cannot split "${id}": a station "${src.id}" exists again in the lane; rename it first`);
  }
  const onPath = from.stations.filter((src) => !src.onBaggageSystem);
  const head = onPath[0];
  const tail = onPath[onPath.length - 1];
  const restored: Station[] = from.stations.map((src) => {
    const st = clone(src) as Station & { names?: unknown; onBaggageSystem?: unknown };
    delete st.names;
    delete st.onBaggageSystem;
    return st;
  });
  const restoredTail = restored[from.stations.indexOf(tail)];
  if (canonicalJson(merged.next) !== canonicalJson(retarget(clone(tail.next), id, head.id)) && !from.rewired?.length) {
    notes.push(`next: "${id}" was re-routed after the merge; "${tail.id}" takes its current next`);
    restoredTail.next = clone(merged.next);
  }
  if (merged.servers !== undefined && onPath.every((p) => canonicalJson(p.servers) !== canonicalJson(merged.servers))) {
    notes.push(`servers: "${id}" had ${canonicalJson(merged.servers)}; the parts get back their own`);
  }
  const rewired = new Map((from.rewired ?? []).map((r) => [r.id, r.next]));
  for (const r of rewired.keys()) {
    if (!keep.has(r)) throw new ConsolidateError(`cannot split "${id}": station "${r}", whose route the merge changed, is no longer in the lane`);
  }
  const out: Station[] = [];
  const movedBack = restored.filter((_, i) => from.stations[i].onBaggageSystem);
  const routingAt = from.routing !== undefined && s.stations.some((st) => st.id === from.routing);
  for (const st of s.stations) {
    if (st.id === id) out.push(...restored.filter((r) => !(routingAt && movedBack.includes(r))));
    else if (st.id === from.routing) out.push(...movedBack);
    else {
      const before = rewired.get(st.id);
      out.push(before ? { ...st, next: clone(before) } : { ...st, next: retarget(st.next, id, head.id) });
    }
  }
  s.stations = out;
  if (from.entry) s.entry = from.entry;
  else if (s.entry === id) s.entry = head.id;
  for (const [lang, tr] of Object.entries(s.translations ?? {})) {
    if (!tr.stations) continue;
    const names = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(tr.stations)) if (k !== id && k !== from.routing) names[k] = v;
    for (const src of from.stations) {
      const n = src.names?.[lang];
      if (n !== undefined) names[src.id] = n;
    }
    tr.stations = { ...names };
  }
  const checked = validateScenario(s);
  if (!checked.ok) throw new ConsolidateError(`the split lane would not be valid: ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { scenario: checked.scenario, notes };
}
