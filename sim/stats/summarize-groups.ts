/**
 * The per-flight / per-vehicle table of a run: for each group, its passengers, when the first
 * and the last of them left the lane, their mean and p95 clearance and the share within the
 * target, with 95 % intervals over replications, and the dwell (first passenger off → last
 * cleared: how long a bus waits at a road port). Sums over replications in replication order.
 */
import type { CompiledDeparture, CompiledLane } from '../scenario/compile.js';
import type { GroupColumns } from './block-stats.js';
import { interval95 } from './confidence.js';
import type { DepartureFigures, GroupSummary, Interval } from './result-types.js';

function meanOf(a: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return a.length ? s / a.length : 0;
}

function nonNegative([lo, hi]: Interval): Interval {
  return [Math.max(0, lo), hi];
}

function share([lo, hi]: Interval): Interval {
  return [Math.max(0, lo), Math.min(1, hi)];
}

/** One summary per group of the compiled lane, from its merged per-replication columns. */
export function summarizeGroups(lane: CompiledLane, columns: readonly GroupColumns[]): GroupSummary[] {
  const out: GroupSummary[] = [];
  let g = 0;
  lane.sources.forEach((src, stream) => {
    const arrival = lane.scenario.arrivals[stream];
    const kind = arrival?.kind === 'vehicles' ? 'vehicle' : 'flight';
    for (const grp of src.groups) {
      const c = columns[g++];
      // Replications where the group brought nobody (0 passengers) say nothing about it.
      const seen = c.passengers.map((n, r) => (n > 0 ? r : -1)).filter((r) => r >= 0);
      const pick = (a: readonly number[]) => seen.map((r) => a[r]);
      const n = c.passengers.reduce((a, b) => a + b, 0);
      const sum = c.sum.reduce((a, b) => a + b, 0);
      const means = seen.map((r) => c.sum[r] / c.passengers[r]);
      const shares = seen.map((r) => c.withinTarget[r] / c.passengers[r]);
      const dep = grp.departure;
      const dwell = dep ? [] : seen.map((r) => c.lastExit[r] - grp.at);
      const mean = n > 0 ? sum / n : 0;
      const within = n > 0 ? c.withinTarget.reduce((a, b) => a + b, 0) / n : 0;
      const p95 = meanOf(pick(c.p95));
      const dwellMean = meanOf(dwell);
      out.push({
        id: grp.id,
        kind,
        stream,
        atSeconds: dep ? dep.std : grp.at,
        passengers: grp.passengers,
        cleared: meanOf(c.passengers),
        firstClearedSeconds: meanOf(pick(c.firstExit)),
        lastClearedSeconds: meanOf(pick(c.lastExit)),
        meanClearance: mean,
        meanClearanceCI95: nonNegative(interval95(means, mean)),
        p95Clearance: p95,
        p95ClearanceCI95: nonNegative(interval95(pick(c.p95), p95)),
        withinTarget: within,
        withinTargetCI95: share(interval95(shares, within)),
        dwellSeconds: dwellMean,
        dwellCI95: dep ? [0, 0] : nonNegative(interval95(dwell, dwellMean)),
        ...(dep ? { departure: departureFigures(grp.passengers, dep, c) } : {}),
      });
    }
  });
  return out;
}

/** A departure's figures over replications: every replication counts (a flight of 0 passengers gives 0 and share 0). */
function departureFigures(passengers: number, dep: CompiledDeparture, c: GroupColumns): DepartureFigures {
  const reached = c.reachedByCutoff ?? [];
  const late = c.afterCutoff ?? [];
  const reachedMean = meanOf(reached);
  const lateMean = meanOf(late);
  const shares = late.map((n) => (passengers > 0 ? n / passengers : 0));
  const shareMean = meanOf(shares);
  return {
    stdSeconds: dep.std,
    cutoffSeconds: dep.cutoff,
    closeBeforeSeconds: dep.closeBeforeSeconds,
    reachedLane: reachedMean,
    reachedLaneCI95: nonNegative(interval95(reached, reachedMean)),
    afterCutoff: lateMean,
    afterCutoffCI95: nonNegative(interval95(late, lateMean)),
    afterCutoffShare: shareMean,
    afterCutoffShareCI95: share(interval95(shares, shareMean)),
  };
}
