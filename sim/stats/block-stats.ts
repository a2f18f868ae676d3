/**
 * What a block of replications hands over: the mergeable statistics of replications
 * `replications[0…]` of one run. Plain data (numbers and arrays of numbers: JSON and
 * structured clone carry it as is), so a Web Worker, a worker thread or a shard file
 * (`lanesim/partial@1`) can ship it, and its size does not grow with passengers.
 *
 * Three kinds of content, each merging exactly, so ANY split of a run's replications into
 * blocks gives a bit-identical result:
 * - per-replication scalars (columns aligned with `replications`): merged by concatenation
 *   and put in replication order; every sum over replications is taken in that order at the
 *   end (`finishRun`), as one thread would;
 * - histograms (integer counts, see histogram.ts): summed;
 * - time-series sums: integers (counts, queue lengths, server time in 1/1024 s), summed.
 *
 * One section per collector (clearance, classes, stations, series); a new collector adds
 * its section here, its columns in its collector file and its merge rule below.
 */
import { SimulationError } from '../simulation-error.js';
import type { DecompositionColumns } from './collectors/decomposition-collector.js';
import { mergeHistograms, type HistogramData } from './histogram.js';
import { mergeIntervalSums } from './collectors/interval-collector.js';

export const BLOCK_FORMAT = 'lanesim/block@1';

/** Per-replication clearance figures (passengers who entered after the warm-up). */
export interface ClearanceColumns {
  passengers: number[];
  /** Sum of clearance times (compensated, Neumaier), exit order. */
  sum: number[];
  /** Shift K (the replication's first clearance) and Σ(x−K), Σ(x−K)²: the spread without cancellation. */
  shift: number[];
  shiftedSum: number[];
  shiftedSquares: number[];
  /** Replication's own p95 (from its histogram). */
  p95: number[];
  /** Passengers cleared within the scenario's target. */
  withinTarget: number[];
}

export interface ClassColumns {
  passengers: number[];
  /** Compensated sum of the class's clearance times. */
  sum: number[];
}

export interface StationColumns {
  served: number[];
  /** Passengers who started service (or a delay) after the warm-up: the count of waits. */
  waits: number[];
  waitSum: number[];
  serviceSum: number[];
  waitsOver5Min: number[];
  alarmsIn: number[];
  queueArea: number[];
  busyArea: number[];
  availableArea: number[];
  serversArea: number[];
  inStationArea: number[];
  maxQueue: number[];
  p95Wait: number[];
}

/**
 * Per-replication figures of one flight or vehicle (group), in the order of the compiled
 * lane's groups (sources in order, each source's groups in order). Extension.
 */
export interface GroupColumns {
  /** Passengers of the group who left the lane. */
  passengers: number[];
  /** Compensated sum of their clearance times. */
  sum: number[];
  withinTarget: number[];
  /** Simulated time of the group's first and last passenger leaving (0 when none). */
  firstExit: number[];
  lastExit: number[];
  /** The group's p95 clearance in the replication (5-s bins). */
  p95: number[];
  /** A departing flight only: its passengers who entered the lane by the cut-off, and who left it after the cut-off. */
  reachedByCutoff?: number[];
  afterCutoff?: number[];
}

/** Time series summed over the block's replications; all integers. */
export interface SeriesSums {
  intervalSeconds: number;
  /** Queue length at the start of each interval, per station. */
  queue: number[][];
  /** Busy and available server time per interval, per station, in 1/1024 s. */
  busy: number[][];
  available: number[][];
  inLane: number[];
  exits: number[];
  arrivals: number[];
}

/**
 * Extension (level of service, staffing): per station and interval, summed over the block's
 * replications — the waiting-area integral (1/1024 passenger-seconds) and the waits of the
 * passengers who reached the station in the interval as sparse [bin, count, …] histograms
 * (wait-histogram.ts); `waits` is null for stations without a queue.
 */
export interface IntervalSums {
  intervalSeconds: number;
  waitingArea: number[][];
  waits: (number[][] | null)[];
}

export interface BlockStats {
  format: typeof BLOCK_FORMAT;
  scenarioHash: string;
  seed: number;
  /** Replication indices covered, ascending; every column follows this order. */
  replications: number[];
  events: number[];
  warmup: number[];
  /** End of each replication's observation window (the last exit, at least the warm-up). */
  end: number[];
  entered: number[];
  clearance: ClearanceColumns;
  classes: ClassColumns[];
  stations: StationColumns[];
  /** Pooled histograms of the block: clearance, clearance by class, waits by station. */
  histograms: { clearance: HistogramData; byClass: HistogramData[]; waits: HistogramData[] };
  series: SeriesSums;
  /** Extension: where each second of clearance goes, per class and station (per-replication sums; tail sums are integers). */
  decomposition?: DecompositionColumns;
  /** Extension: per-interval waits and waiting area (collectors/interval-collector.ts). */
  intervals?: IntervalSums;
  /** Extension: per flight or vehicle; absent when the lane has no groups. */
  groups?: GroupColumns[];
}

type Columns = Record<string, number[]>;

function reorder<T extends Columns>(parts: readonly T[], order: readonly number[]): T {
  const out: Columns = {};
  for (const key of Object.keys(parts[0])) {
    const all = parts.flatMap((p) => p[key]);
    out[key] = order.map((i) => all[i]);
  }
  return out as T;
}

function sumInto(into: number[], add: readonly number[]): void {
  for (let i = 0; i < add.length; i++) into[i] = (into[i] ?? 0) + add[i];
}

function sumArrays(list: ReadonlyArray<readonly number[]>): number[] {
  const out: number[] = [];
  for (const a of list) sumInto(out, a);
  return out;
}

function mergeSeries(list: readonly SeriesSums[]): SeriesSums {
  const first = list[0];
  const per = (pick: (s: SeriesSums) => number[][]) => pick(first).map((_, s) => sumArrays(list.map((x) => pick(x)[s])));
  return {
    intervalSeconds: first.intervalSeconds,
    queue: per((x) => x.queue),
    busy: per((x) => x.busy),
    available: per((x) => x.available),
    inLane: sumArrays(list.map((x) => x.inLane)),
    exits: sumArrays(list.map((x) => x.exits)),
    arrivals: sumArrays(list.map((x) => x.arrivals)),
  };
}

/**
 * Merges blocks of one run (any order, any split) into one block in replication order.
 * Refuses blocks of different runs or overlapping replications: a merged result must be
 * the result of one run.
 */
export function mergeBlocks(blocks: readonly BlockStats[]): BlockStats {
  if (blocks.length === 0) throw new SimulationError('invalid', 'mergeBlocks: expected at least one block');
  const first = blocks[0];
  for (const b of blocks) {
    if (b.format !== BLOCK_FORMAT) throw new SimulationError('invalid', `mergeBlocks: expected format "${BLOCK_FORMAT}", got ${JSON.stringify(b.format)}`);
    if (b.scenarioHash !== first.scenarioHash || b.seed !== first.seed) {
      throw new SimulationError('invalid', 'mergeBlocks: the blocks come from different runs (scenario or seed differ)');
    }
    if (b.stations.length !== first.stations.length || b.classes.length !== first.classes.length || b.series.intervalSeconds !== first.series.intervalSeconds) {
      throw new SimulationError('invalid', 'mergeBlocks: the blocks come from different runs (stations, classes or interval differ)');
    }
  }
  if (blocks.length === 1) return first;
  const reps = blocks.flatMap((b) => b.replications);
  const order = reps.map((_, i) => i).sort((a, b) => reps[a] - reps[b]);
  for (let k = 1; k < order.length; k++) {
    if (reps[order[k]] === reps[order[k - 1]]) throw new SimulationError('invalid', `mergeBlocks: replication ${reps[order[k]]} appears in two blocks`);
  }
  const col = (pick: (b: BlockStats) => number[]) => {
    const all = blocks.flatMap(pick);
    return order.map((i) => all[i]);
  };
  return {
    format: BLOCK_FORMAT,
    scenarioHash: first.scenarioHash,
    seed: first.seed,
    replications: order.map((i) => reps[i]),
    events: col((b) => b.events),
    warmup: col((b) => b.warmup),
    end: col((b) => b.end),
    entered: col((b) => b.entered),
    clearance: reorder(
      blocks.map((b) => b.clearance as unknown as Columns),
      order,
    ) as unknown as ClearanceColumns,
    classes: first.classes.map((_, c) => reorder(blocks.map((b) => b.classes[c] as unknown as Columns), order) as unknown as ClassColumns),
    stations: first.stations.map((_, s) => reorder(blocks.map((b) => b.stations[s] as unknown as Columns), order) as unknown as StationColumns),
    histograms: {
      clearance: mergeHistograms(blocks.map((b) => b.histograms.clearance)),
      byClass: first.histograms.byClass.map((_, c) => mergeHistograms(blocks.map((b) => b.histograms.byClass[c]))),
      waits: first.histograms.waits.map((_, s) => mergeHistograms(blocks.map((b) => b.histograms.waits[s]))),
    },
    series: mergeSeries(blocks.map((b) => b.series)),
    ...mergeDecomposition(blocks, order),
    ...(blocks.every((b) => b.intervals) ? { intervals: mergeIntervalSums(blocks.map((b) => b.intervals!)) } : {}),
    ...(first.groups ? { groups: first.groups.map((_, g) => reorder(blocks.map((b) => (b.groups?.[g] ?? EMPTY_GROUP) as unknown as Columns), order) as unknown as GroupColumns) } : {}),
  };
}

const EMPTY_GROUP: GroupColumns = { passengers: [], sum: [], withinTarget: [], firstExit: [], lastExit: [], p95: [] };

/** Per-replication sums concatenated in replication order; the tail's integer sums added. */
function mergeDecomposition(blocks: readonly BlockStats[], order: readonly number[]): Pick<BlockStats, 'decomposition'> {
  const parts = blocks.map((b) => b.decomposition);
  if (parts.some((d) => d === undefined)) return {};
  const list = parts as DecompositionColumns[];
  const first = list[0];
  const reorderAll = (pick: (d: DecompositionColumns) => number[][][]) =>
    pick(first).map((byPart, i) => byPart.map((_, k) => {
      const all = list.flatMap((d) => pick(d)[i][k]);
      return order.map((j) => all[j]);
    }));
  return {
    decomposition: {
      classParts: reorderAll((d) => d.classParts),
      stationParts: reorderAll((d) => d.stationParts),
      tailCounts: first.tailCounts.map((_, c) => sumArrays(list.map((d) => d.tailCounts[c]))),
      tailParts: first.tailParts.map((byPart, c) => byPart.map((_, k) => sumArrays(list.map((d) => d.tailParts[c][k])))),
    },
  };
}
