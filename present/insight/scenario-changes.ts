/**
 * What a run's lane changed against the file it came from, so two runs of one scenario can
 * be told apart ("边检人工通道 8 → 10") in the run's name, the run list, the report and the
 * exports. Structural and pure: stations are matched by id, figures compared by value;
 * names and descriptions are left out (they do not change a number).
 */
import type { Scenario, Station } from '../../sim/index.js';
import { distMean } from '../charts/dist-preview.js';

/** One difference; `station` is a station id (null for the lane as a whole). */
export interface ScenarioChange {
  station: string | null;
  /** What changed: servers, service, perBag, walk, mode, routing, alarms, checks, added, removed, or a lane part (arrivals, classes, horizon, entry, targets, seed). */
  field: string;
  /** Before and after as short texts (numbers as written), or null when only "changed" can be said. */
  before: string | null;
  after: string | null;
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function serversText(s: Station['servers']): string | null {
  if (s === undefined) return null;
  if (typeof s === 'number') return String(s);
  const counts = s.map((x) => x.servers);
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Differences of `after` from `before` (the file as opened or last saved), in station order. */
export function scenarioChanges(before: Scenario, after: Scenario): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  const old = new Map(before.stations.map((s) => [s.id, s]));
  const now = new Map(after.stations.map((s) => [s.id, s]));
  for (const s of before.stations) if (!now.has(s.id)) out.push({ station: s.id, field: 'removed', before: null, after: null });
  for (const s of after.stations) {
    const o = old.get(s.id);
    if (!o) {
      out.push({ station: s.id, field: 'added', before: null, after: null });
      continue;
    }
    if (!same(o.servers, s.servers)) {
      const a = serversText(o.servers);
      const b = serversText(s.servers);
      out.push({ station: s.id, field: 'servers', before: a === b ? null : a, after: a === b ? null : b });
    }
    if ((o.mode ?? 'queue') !== (s.mode ?? 'queue')) out.push({ station: s.id, field: 'mode', before: o.mode ?? 'queue', after: s.mode ?? 'queue' });
    for (const key of ['service', 'perBag', 'walk'] as const) {
      const a = o[key];
      const b = s[key];
      if (same(a, b)) continue;
      const ma = a ? distMean(a) : 0;
      const mb = b ? distMean(b) : 0;
      out.push({ station: s.id, field: key, before: num(ma), after: num(mb) });
    }
    if (!same(o.serviceByClass, s.serviceByClass)) out.push({ station: s.id, field: 'serviceByClass', before: null, after: null });
    if (!same(o.next, s.next)) out.push({ station: s.id, field: 'routing', before: null, after: null });
    if (!same(o.alarms, s.alarms)) out.push({ station: s.id, field: 'alarms', before: null, after: null });
    if (!same(o.reclaim, s.reclaim)) out.push({ station: s.id, field: 'reclaim', before: null, after: null });
    if (!same(o.checks, s.checks)) out.push({ station: s.id, field: 'checks', before: null, after: null });
  }
  for (const key of ['entry', 'arrivals', 'classes', 'horizon', 'targets', 'seed'] as const) {
    if (!same(before[key], after[key])) out.push({ station: null, field: key, before: null, after: null });
  }
  return out;
}
