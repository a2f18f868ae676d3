/**
 * The structural part of a comparison: steps and queues of both lanes and their
 * difference ("−1 step, −2 queues", computed), and every station of either lane mapped
 * across (station-mapping.ts) with the time a cleared passenger spends there on average,
 * waiting and being served, so a removed queue shows up next to the merged check.
 */
import type { LaneStructure, PathStructure } from '../scenario/structure.js';
import { stationSecondsPerReplication } from './compare-attribution.js';
import { differenceOfMeans } from './confidence.js';
import type { RunResult, StationSummary } from './result-types.js';
import { mapStations, type StationMapping } from './station-mapping.js';

export interface StructureCounts {
  steps: number;
  queues: number;
  byClass: Record<string, { steps: number; queues: number }>;
}

/** `structure` of the comparison JSON (contract, additive). */
export interface StructureComparison {
  a: StructureCounts;
  b: StructureCounts;
  delta: { steps: number; queues: number };
}

/** Seconds per cleared passenger at a row's stations, in each lane. */
export interface SideSeconds {
  a: number;
  b: number;
  /** b − a. */
  diff: number;
}

export interface MappedStationRow extends StationMapping {
  /** Queueing (waiting before service, waiting for bags at reclaim) per cleared passenger. */
  wait: SideSeconds;
  /** Service (or passing a delay station) per cleared passenger. */
  service: SideSeconds;
  /**
   * Extension (with the results' decomposition): all time per cleared passenger at the row's
   * stations — walking to them, queueing, service, bags, secondary — and b − a paired over
   * replications with its 95 % interval.
   */
  total?: SideSeconds & { diffCI95: [number, number]; significant: boolean };
}

function counts(s: LaneStructure): StructureCounts {
  const byClass = Object.create(null) as Record<string, { steps: number; queues: number }>;
  for (const [id, c] of Object.entries(s.byClass) as [string, PathStructure][]) byClass[id] = { steps: c.steps, queues: c.queues };
  return { steps: s.steps, queues: s.queues, byClass: { ...byClass } };
}

/** Steps and queues of both lanes and b − a; null when either result predates `structure`. */
export function compareStructure(a: RunResult, b: RunResult): StructureComparison | null {
  if (!a.structure || !b.structure) return null;
  return { a: counts(a.structure), b: counts(b.structure), delta: { steps: b.structure.steps - a.structure.steps, queues: b.structure.queues - a.structure.queues } };
}

function perPassenger(r: RunResult, ids: string[]): { wait: number; service: number } {
  const d = r.decomposition;
  if (d) {
    // Exact per cleared passenger: queueing and bag waits, service (walking to the stations is in `total`).
    const rows = d.stations.filter((s) => ids.includes(s.id));
    return { wait: rows.reduce((a, s) => a + s.queueing + s.bags, 0), service: rows.reduce((a, s) => a + s.service, 0) };
  }
  const byId = new Map<string, StationSummary>(r.stations.map((s) => [s.id, s]));
  let wait = 0;
  let service = 0;
  for (const id of ids) {
    const s = byId.get(id);
    if (!s || r.passengers === 0) continue;
    wait += (s.meanWait * s.served) / r.passengers;
    service += (s.meanService * s.served) / r.passengers;
  }
  return { wait, service };
}

/** Every station of either lane, mapped, with seconds per cleared passenger; null without `structure`. */
export function mappedStations(a: RunResult, b: RunResult, paired = false): MappedStationRow[] | null {
  if (!a.structure || !b.structure) return null;
  return mapStations(a.structure, b.structure).map((row) => {
    const pa = perPassenger(a, row.a);
    const pb = perPassenger(b, row.b);
    const out: MappedStationRow = { ...row, wait: { a: pa.wait, b: pb.wait, diff: pb.wait - pa.wait }, service: { a: pa.service, b: pb.service, diff: pb.service - pa.service } };
    const ta = stationSecondsPerReplication(a, row.a);
    const tb = stationSecondsPerReplication(b, row.b);
    if (ta && tb) {
      const d = differenceOfMeans(ta, tb, paired);
      const m = (xs: number[]) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : 0);
      out.total = { a: m(ta), b: m(tb), diff: d.diff, diffCI95: d.ci95, significant: d.significant };
    }
    return out;
  });
}
