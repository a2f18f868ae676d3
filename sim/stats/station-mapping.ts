/**
 * Which stations of lane A correspond to which of lane B, so a comparison shows every
 * station of either lane: a merged station against the sum of the stations it was made
 * of, a removed station against nothing, an added one against nothing. Found, in order:
 * 1. `mergedFrom` (lanes made by `lanesim consolidate`: the merged station knows its parts);
 * 2. the same id in both lanes;
 * 3. checks: a station of A whose checks are all done by one station of B (its checks or
 *    its baggage-system checks) joins that station's row — so a hand-made merged lane
 *    maps too (the corridor does temperature and radiation; reclaim's baggage system does
 *    the X-ray);
 * 4. what is left is removed (only in A) or added (only in B).
 */
import type { LaneStructure, StructureStation } from '../scenario/structure.js';

export type MappingKind = 'same' | 'merged' | 'split' | 'removed' | 'added';

export interface StationMapping {
  kind: MappingKind;
  /** Station ids of lane A in this row (empty when added). */
  a: string[];
  /** Station ids of lane B in this row (empty when removed). */
  b: string[];
  /** How the row was found. */
  by: 'mergedFrom' | 'id' | 'checks' | 'none';
}

interface Row extends StationMapping {
  order: number;
}

function kindOf(a: number, b: number): MappingKind {
  if (a === 0) return 'added';
  if (b === 0) return 'removed';
  if (a > 1 && b === 1) return 'merged';
  if (a === 1 && b > 1) return 'split';
  return 'same';
}

/** Maps the stations of two lanes (from their results' `structure`); every station appears in exactly one row. */
export function mapStations(a: LaneStructure, b: LaneStructure): StationMapping[] {
  const aIndex = new Map(a.stations.map((s, i) => [s.id, i]));
  const bIndex = new Map(b.stations.map((s, i) => [s.id, i]));
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const rows: Row[] = [];
  const rowOfB = new Map<string, Row>();
  const add = (aIds: string[], bIds: string[], by: StationMapping['by']) => {
    const row: Row = { kind: kindOf(aIds.length, bIds.length), a: aIds, b: bIds, by, order: 0 };
    aIds.forEach((id) => usedA.add(id));
    bIds.forEach((id) => {
      usedB.add(id);
      rowOfB.set(id, row);
    });
    rows.push(row);
  };
  for (const st of b.stations) {
    const parts = (st.mergedFrom ?? []).filter((id) => aIndex.has(id) && !usedA.has(id));
    if (parts.length > 0) add(parts, [st.id], 'mergedFrom');
  }
  for (const st of a.stations) {
    if (usedA.has(st.id)) continue;
    const parts = (st.mergedFrom ?? []).filter((id) => bIndex.has(id) && !usedB.has(id));
    if (parts.length > 0) add([st.id], parts, 'mergedFrom');
  }
  for (const st of a.stations) {
    if (!usedA.has(st.id) && bIndex.has(st.id) && !usedB.has(st.id)) add([st.id], [st.id], 'id');
  }
  const covers = (bs: StructureStation, checks: string[]) => {
    const all = new Set([...bs.checks, ...bs.baggageSystemChecks]);
    return checks.every((c) => all.has(c));
  };
  for (const st of a.stations) {
    if (usedA.has(st.id) || st.checks.length === 0) continue;
    const candidates = b.stations.filter((bs) => covers(bs, st.checks));
    const target = candidates.find((bs) => !usedB.has(bs.id)) ?? candidates[0];
    if (!target) continue;
    const row = rowOfB.get(target.id);
    if (row) {
      row.a.push(st.id);
      usedA.add(st.id);
      row.kind = kindOf(row.a.length, row.b.length);
      if (row.by === 'id') row.by = 'checks';
    } else add([st.id], [target.id], 'checks');
  }
  for (const st of a.stations) if (!usedA.has(st.id)) add([st.id], [], 'none');
  // Order: by lane A's order; a station only in B goes right after the row of its predecessor in B.
  for (const row of rows) row.order = row.a.length > 0 ? Math.min(...row.a.map((id) => aIndex.get(id)!)) : Infinity;
  for (const row of rows) row.a.sort((x, y) => aIndex.get(x)! - aIndex.get(y)!);
  const out = rows.filter((r) => r.a.length > 0).sort((x, y) => x.order - y.order);
  b.stations.forEach((st, i) => {
    if (usedB.has(st.id)) return;
    const row: Row = { kind: 'added', a: [], b: [st.id], by: 'none', order: 0 };
    usedB.add(st.id);
    rowOfB.set(st.id, row);
    const prev = i > 0 ? rowOfB.get(b.stations[i - 1].id) : undefined;
    const at = prev ? out.indexOf(prev) + 1 : 0;
    out.splice(at, 0, row);
  });
  return out.map(({ kind, a: aIds, b: bIds, by }) => ({ kind, a: aIds, b: bIds, by }));
}
