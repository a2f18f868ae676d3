/**
 * Comparing runs: for each metric, the difference b − a with its 95 % interval, which
 * scenario is better and whether the difference is significant. Runs made with the same
 * seed and replications share their random streams (common random numbers) and are
 * compared pair by pair, which gives much narrower intervals than independent runs.
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
}

export interface Comparison {
  format: typeof COMPARISON_FORMAT;
  a: { scenario: string; scenarioHash: string };
  b: { scenario: string; scenarioHash: string };
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

function metric(key: string, unit: MetricComparison['unit'], better: MetricComparison['better'], a: number[], b: number[], paired: boolean): MetricComparison {
  const d = differenceOfMeans(a, b, paired);
  const meanA = a.length ? a.reduce((x, y) => x + y, 0) / a.length : 0;
  const meanB = b.length ? b.reduce((x, y) => x + y, 0) / b.length : 0;
  const bBetter = better === 'lower' ? d.diff < 0 : d.diff > 0;
  return {
    key,
    unit,
    better,
    a: meanA,
    b: meanB,
    diff: d.diff,
    diffCI95: d.ci95,
    relative: meanA !== 0 ? d.diff / meanA : null,
    significant: d.significant,
    winner: !d.significant ? 'same' : bBetter ? 'b' : 'a',
  };
}

/** Compares run b against run a (the baseline). */
export function compareResults(a: RunResult, b: RunResult): Comparison {
  const paired = arePaired(a, b);
  const A = a.perReplication;
  const B = b.perReplication;
  const metrics: MetricComparison[] = [
    metric('clearance.mean', 's', 'lower', A.mean, B.mean, paired),
    metric('clearance.p95', 's', 'lower', A.p95, B.p95, paired),
    metric('withinTarget', 'share', 'higher', A.withinTarget, B.withinTarget, paired),
    metric('throughputPerHour', 'pax/h', 'higher', A.throughputPerHour, B.throughputPerHour, paired),
  ];
  for (const id of Object.keys(A.stationMeanWait)) {
    if (own(B.stationMeanWait, id)) metrics.push(metric(`stations.${id}.meanWait`, 's', 'lower', A.stationMeanWait[id], B.stationMeanWait[id], paired));
  }
  return {
    format: COMPARISON_FORMAT,
    a: { scenario: a.scenario, scenarioHash: a.scenarioHash },
    b: { scenario: b.scenario, scenarioHash: b.scenarioHash },
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
