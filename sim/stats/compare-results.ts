/**
 * Comparing runs: for each metric, the difference b − a with its 95 % interval, which
 * scenario is better and whether the difference is significant. Runs made with the same
 * seed and replications share their random streams (common random numbers) and are
 * compared pair by pair, which gives much narrower intervals than independent runs.
 *
 * One definition per label (docs/statistics.md, "One figure, one definition"): `a` and `b`
 * are the very figures each run's result reports under the same label (pooled over all
 * passengers of all replications: `clearance.p95` is the p95 of the merged histogram,
 * a station's mean wait the mean over every passenger who waited there), and `diff` is
 * b − a of those figures. The interval's half-width comes from the spread of the
 * per-replication differences (paired) or of both runs' per-replication values (Welch),
 * centred on `diff`, as the result centres its own intervals on its pooled figures. The
 * mean of per-replication values is a different statistic and appears only under its own
 * name, `overReplications`.
 */
import { differenceOfMeans } from './confidence.js';
import { attributeDifference, type Attribution } from './compare-attribution.js';
import { compareStructure, mappedStations, type MappedStationRow, type StructureComparison } from './compare-structure.js';
import type { Interval, RunResult } from './result-types.js';
import { own } from '../scenario/own-key.js';

export const COMPARISON_FORMAT = 'lanesim/comparison@1';

export interface MetricComparison {
  /** Stable key, e.g. "clearance.mean" or "stations.border.meanWait". */
  key: string;
  unit: 's' | 'pax/h' | 'share';
  better: 'lower' | 'higher';
  a: number;
  b: number;
  /** b − a over replications. */
  diff: number;
  diffCI95: Interval;
  /** Relative change (b − a) / a; null when a is 0. */
  relative: number | null;
  significant: boolean;
  /** Which run is better on this metric; "same" when the difference is not significant. */
  winner: 'a' | 'b' | 'same';
  /**
   * Extension: the mean of the per-replication values (a replication's own p95, a station's
   * mean wait in the replications where someone waited there) and their difference — another
   * statistic than `a`/`b`, shown only under this name.
   */
  overReplications: { a: number; b: number; diff: number };
}

/** Extension: what a compared run was (scenario hash, seed, replications, engine). */
export interface ComparedRun {
  scenario: string;
  scenarioHash: string;
  seed: number;
  replications: number;
  engine: string;
}

export interface Comparison {
  format: typeof COMPARISON_FORMAT;
  a: ComparedRun;
  b: ComparedRun;
  paired: boolean;
  replications: [number, number];
  metrics: MetricComparison[];
  /** Extension: steps and queues of both lanes and their difference (when both results carry `structure`). */
  structure?: StructureComparison;
  /** Extension: every station of either lane, mapped across (merged, removed, added), seconds per passenger. */
  stationMap?: MappedStationRow[];
  /** Extension: the mean clearance difference split into walking, queueing, service, bags and secondary (paired, 95 %). */
  attribution?: Attribution;
}

/** Whether two results can be compared pair by pair (same seed, same replications). */
export function arePaired(a: RunResult, b: RunResult): boolean {
  return a.seed === b.seed && a.replications === b.replications && a.perReplication.replication.every((r, i) => r === b.perReplication.replication[i]);
}

function average(v: readonly number[]): number {
  return v.length ? v.reduce((x, y) => x + y, 0) / v.length : 0;
}

/**
 * One metric: `a` and `b` are the runs' labelled figures, `diff` their difference; the
 * interval's half-width is that of the per-replication differences (`differenceOfMeans`).
 */
function metric(key: string, unit: MetricComparison['unit'], better: MetricComparison['better'], figures: [number, number], a: number[], b: number[], paired: boolean): MetricComparison {
  const d = differenceOfMeans(a, b, paired);
  const [valueA, valueB] = figures;
  const diff = valueB - valueA;
  const h = (d.ci95[1] - d.ci95[0]) / 2;
  // Fewer than two replications on a side: no spread, nothing is significant (as before).
  const enough = paired ? a.length >= 2 && a.length === b.length : a.length >= 2 && b.length >= 2;
  const significant = !enough ? false : h === 0 ? diff !== 0 : Math.abs(diff) > h;
  const bBetter = better === 'lower' ? diff < 0 : diff > 0;
  return {
    key,
    unit,
    better,
    a: valueA,
    b: valueB,
    diff,
    diffCI95: [diff - h, diff + h],
    relative: valueA !== 0 ? diff / valueA : null,
    significant,
    winner: !significant ? 'same' : bBetter ? 'b' : 'a',
    overReplications: { a: average(a), b: average(b), diff: d.diff },
  };
}

/**
 * A station's per-replication mean waits, without the replications where nobody waited
 * there (their 0 is no wait, not a wait of 0 s); paired runs keep the replications where
 * both had someone. Results without the counts keep every replication.
 */
function stationWaitColumns(a: RunResult, b: RunResult, id: string, paired: boolean): [number[], number[]] {
  const wa = a.perReplication.stationMeanWait[id];
  const wb = b.perReplication.stationMeanWait[id];
  const na = a.perReplication.stationWaits ? own(a.perReplication.stationWaits, id) : undefined;
  const nb = b.perReplication.stationWaits ? own(b.perReplication.stationWaits, id) : undefined;
  if (!na || !nb) return [wa, wb];
  if (paired) {
    const keep = wa.map((_, r) => na[r] > 0 && nb[r] > 0);
    return [wa.filter((_, r) => keep[r]), wb.filter((_, r) => keep[r])];
  }
  return [wa.filter((_, r) => na[r] > 0), wb.filter((_, r) => nb[r] > 0)];
}

function comparedRun(r: RunResult): ComparedRun {
  return { scenario: r.scenario, scenarioHash: r.scenarioHash, seed: r.seed, replications: r.replications, engine: r.engine };
}

/** Compares run b against run a (the baseline). */
export function compareResults(a: RunResult, b: RunResult): Comparison {
  const paired = arePaired(a, b);
  const A = a.perReplication;
  const B = b.perReplication;
  const metrics: MetricComparison[] = [
    metric('clearance.mean', 's', 'lower', [a.clearance.mean, b.clearance.mean], A.mean, B.mean, paired),
    metric('clearance.p95', 's', 'lower', [a.clearance.p95, b.clearance.p95], A.p95, B.p95, paired),
    metric('withinTarget', 'share', 'higher', [a.withinTarget.share, b.withinTarget.share], A.withinTarget, B.withinTarget, paired),
    metric('throughputPerHour', 'pax/h', 'higher', [a.throughputPerHour, b.throughputPerHour], A.throughputPerHour, B.throughputPerHour, paired),
  ];
  for (const id of Object.keys(A.stationMeanWait)) {
    if (!own(B.stationMeanWait, id)) continue;
    const sa = a.stations.find((s) => s.id === id);
    const sb = b.stations.find((s) => s.id === id);
    if (!sa || !sb) continue;
    const [wa, wb] = stationWaitColumns(a, b, id, paired);
    metrics.push(metric(`stations.${id}.meanWait`, 's', 'lower', [sa.meanWait, sb.meanWait], wa, wb, paired));
  }
  return {
    format: COMPARISON_FORMAT,
    a: comparedRun(a),
    b: comparedRun(b),
    paired,
    replications: [a.replications, b.replications],
    metrics,
    ...structureParts(a, b),
  };
}

function structureParts(a: RunResult, b: RunResult): Pick<Comparison, 'structure' | 'stationMap' | 'attribution'> {
  const paired = arePaired(a, b);
  const structure = compareStructure(a, b);
  const stationMap = mappedStations(a, b, paired);
  const attribution = attributeDifference(a, b, paired);
  return { ...(structure && stationMap ? { structure, stationMap } : {}), ...(attribution ? { attribution } : {}) };
}
