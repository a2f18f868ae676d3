/**
 * The decomposition of clearance in the result: for all passengers and per class, the mean
 * seconds of walking, queueing, service, waiting for bags and secondary inspection (with
 * 95 % intervals over replications) and their shares of the clearance time; the same for
 * the slowest passengers (clearance at or above the p95); and per station, the seconds a
 * cleared passenger spends there on average, by part. Per-replication means are kept so a
 * comparison can attribute a difference, pair by pair, to the parts and the stations.
 */
import type { CompiledLane } from '../scenario/compile.js';
import type { BlockStats } from './block-stats.js';
import { PARTS, TAIL_SHIFT, TAIL_TICK_SECONDS, type Part } from './collectors/decomposition-collector.js';
import { interval95 } from './confidence.js';
import { closeSum } from './exact-sum.js';
import { binLower, binOf } from './histogram.js';
import type { Interval, RunResult } from './result-types.js';

export type PartFigures = Record<Part, number>;

export interface DecompositionGroup {
  passengers: number;
  /** Mean seconds per cleared passenger, pooled over replications; the parts, added in the order of `parts`, equal the mean clearance exactly. */
  mean: PartFigures;
  /** 95 % interval of each part's mean over replications. */
  meanCI95: Record<Part, Interval>;
  /** Each part's share of the mean clearance (0…1). */
  share: PartFigures;
  /** The slowest passengers: those whose clearance is at or above `fromSeconds` (the p95, to a 4 % bin). */
  p95: { fromSeconds: number; passengers: number; mean: PartFigures; share: PartFigures };
}

/** `decomposition` of the result (contract, additive). */
export interface Decomposition {
  parts: Part[];
  overall: DecompositionGroup;
  byClass: Record<string, DecompositionGroup>;
  /** Seconds per cleared passenger at each station, by what happened there: walking to it, queueing, service, bags (secondary is 0: an alarm visit counts as the station's own walk, queue and service). */
  stations: Array<{ id: string } & PartFigures>;
  /** Per replication: the mean of each part over that replication's cleared passengers (adding up exactly to that replication's mean clearance), overall and by station. */
  perReplication: { parts: Record<Part, number[]>; stations: Record<string, Record<Part, number[]>> };
}

function figures(f: (k: number) => number): PartFigures {
  const out = {} as PartFigures;
  PARTS.forEach((p, k) => (out[p] = f(k)));
  return out;
}

/**
 * The parts closed onto the clearance they split: the per-passenger parts already add up
 * exactly; their sums over passengers round differently from the clearance's own sum (by
 * about 1e-12 s), and that rounding goes onto the largest part.
 */
function closedOnto(f: PartFigures, clearance: number): PartFigures {
  const v = PARTS.map((p) => f[p]);
  closeSum(v, 0, v.length, clearance);
  return figures((k) => v[k]);
}

function shares(mean: PartFigures): PartFigures {
  const total = PARTS.reduce((a, p) => a + mean[p], 0);
  return figures((k) => (total > 0 ? mean[PARTS[k]] / total : 0));
}

function tail(counts: number[][], parts: number[][][], classes: number[], p95: number): DecompositionGroup['p95'] {
  const from = binOf(p95) >> TAIL_SHIFT;
  let n = 0;
  const sums = new Array<number>(PARTS.length).fill(0);
  for (const c of classes) {
    for (let b = from; b < counts[c].length; b++) {
      n += counts[c][b];
      for (let k = 0; k < PARTS.length; k++) sums[k] += parts[c][k][b];
    }
  }
  const mean = figures((k) => (n > 0 ? (sums[k] * TAIL_TICK_SECONDS) / n : 0));
  return { fromSeconds: binLower(from << TAIL_SHIFT), passengers: n, mean, share: shares(mean) };
}

function group(block: BlockStats, classes: number[], p95: number, clearanceMean: number): DecompositionGroup {
  const d = block.decomposition!;
  const reps = block.replications.length;
  const passengersPerRep = Array.from({ length: reps }, (_, r) => classes.reduce((a, c) => a + block.classes[c].passengers[r], 0));
  const passengers = passengersPerRep.reduce((a, b) => a + b, 0);
  const sumPerRep = (k: number) => Array.from({ length: reps }, (_, r) => classes.reduce((a, c) => a + d.classParts[c][k][r], 0));
  const mean = closedOnto(
    figures((k) => (passengers > 0 ? sumPerRep(k).reduce((a, b) => a + b, 0) / passengers : 0)),
    clearanceMean,
  );
  const meanCI95 = {} as Record<Part, Interval>;
  PARTS.forEach((p, k) => {
    const sums = sumPerRep(k);
    const repMeans = sums.map((s, r) => (passengersPerRep[r] > 0 ? s / passengersPerRep[r] : 0)).filter((_, r) => passengersPerRep[r] > 0);
    meanCI95[p] = repMeans.length > 1 ? interval95(repMeans, mean[p]) : [mean[p], mean[p]];
  });
  return { passengers, mean, meanCI95, share: shares(mean), p95: tail(d.tailCounts, d.tailParts, classes, p95) };
}

/** The result's `decomposition`, or null when the blocks predate it. */
export function summarizeDecomposition(lane: CompiledLane, block: BlockStats, result: RunResult): Decomposition | null {
  const d = block.decomposition;
  if (!d) return null;
  const all = lane.classes.map((_, c) => c);
  const byClass = Object.create(null) as Record<string, DecompositionGroup>;
  lane.classes.forEach((c, i) => {
    const own = result.byClass[c.id];
    byClass[c.id] = group(block, [i], own?.p95 ?? result.clearance.p95, own?.mean ?? 0);
  });
  const reps = block.replications.length;
  const cleared = block.clearance.passengers;
  const total = cleared.reduce((a, b) => a + b, 0);
  const perRep = (sums: number[]) => sums.map((s, r) => (cleared[r] > 0 ? s / cleared[r] : 0));
  const parts = {} as Record<Part, number[]>;
  PARTS.forEach((p, k) => (parts[p] = perRep(Array.from({ length: reps }, (_, r) => all.reduce((a, c) => a + d.classParts[c][k][r], 0)))));
  for (let r = 0; r < reps; r++) {
    const closed = closedOnto(figures((k) => parts[PARTS[k]][r]), result.perReplication.mean[r] ?? 0);
    for (const p of PARTS) parts[p][r] = closed[p];
  }
  const stationsPerRep = Object.create(null) as Record<string, Record<Part, number[]>>;
  const stations = lane.stations.map((st, s) => {
    const byPart = {} as Record<Part, number[]>;
    PARTS.forEach((p, k) => (byPart[p] = perRep(d.stationParts[s][k])));
    stationsPerRep[st.id] = byPart;
    return { id: st.id, ...figures((k) => (total > 0 ? d.stationParts[s][k].reduce((a, b) => a + b, 0) / total : 0)) };
  });
  return {
    parts: [...PARTS],
    overall: group(block, all, result.clearance.p95, result.clearance.mean),
    byClass: { ...byClass },
    stations,
    perReplication: { parts, stations: { ...stationsPerRep } },
  };
}
