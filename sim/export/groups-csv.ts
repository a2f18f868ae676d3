/**
 * flights.csv: one row per flight or vehicle — its passengers, when the first and last of them
 * left the lane (seconds from the start and, with a scenario clock, the time of day), mean and
 * p95 clearance, share within the target and the dwell (first off → last cleared), each with
 * its 95 % interval over replications; departing flights add their cut-off figures.
 */
import { clockStamp } from '../clock/format-clock.js';
import type { DepartureFigures, RunResult } from '../stats/result-types.js';
import { provenanceOf, toCsv, type CsvCell, type CsvOptions } from './csv.js';

export const GROUPS_CSV_HEADER = [
  'id',
  'kind',
  'stream',
  'at_s',
  'passengers',
  'cleared',
  'firstCleared_s',
  'lastCleared_s',
  'meanClearance_s',
  'meanClearanceCI95Low_s',
  'meanClearanceCI95High_s',
  'p95Clearance_s',
  'p95ClearanceCI95Low_s',
  'p95ClearanceCI95High_s',
  'withinTarget',
  'withinTargetCI95Low',
  'withinTargetCI95High',
  'dwell_s',
  'dwellCI95Low_s',
  'dwellCI95High_s',
] as const;

/**
 * Columns of departing flights, after the others, only when the run has one: the cut-off
 * (STD is `at_s`), passengers who reached the lane by it and who left the lane after it
 * (missed-flight risk: count and share), with 95 % intervals; empty cells for arrivals.
 */
export const DEPARTURE_CSV_HEADER = [
  'closeBefore_s',
  'cutoff_s',
  'reachedLane',
  'reachedLaneCI95Low',
  'reachedLaneCI95High',
  'afterCutoff',
  'afterCutoffCI95Low',
  'afterCutoffCI95High',
  'afterCutoffShare',
  'afterCutoffShareCI95Low',
  'afterCutoffShareCI95High',
] as const;

function departureCells(d: DepartureFigures | undefined, clock: RunResult['clock']): CsvCell[] {
  if (!d) return [...DEPARTURE_CSV_HEADER.map(() => ''), ...(clock ? [''] : [])];
  return [
    d.closeBeforeSeconds,
    d.cutoffSeconds,
    d.reachedLane,
    d.reachedLaneCI95[0],
    d.reachedLaneCI95[1],
    d.afterCutoff,
    d.afterCutoffCI95[0],
    d.afterCutoffCI95[1],
    d.afterCutoffShare,
    d.afterCutoffShareCI95[0],
    d.afterCutoffShareCI95[1],
    ...(clock ? [clockStamp(d.cutoffSeconds, clock)] : []),
  ];
}

/** The per-group table as CSV (empty of rows when the result has no groups). */
export function groupsCsv(result: RunResult, options: CsvOptions = {}): string {
  const clock = result.clock;
  const departures = (result.groups ?? []).some((g) => g.departure);
  const header = [
    ...GROUPS_CSV_HEADER,
    ...(clock ? ['at_clock', 'firstCleared_clock', 'lastCleared_clock'] : []),
    ...(departures ? [...DEPARTURE_CSV_HEADER, ...(clock ? ['cutoff_clock'] : [])] : []),
  ];
  const rows: CsvCell[][] = (result.groups ?? []).map((g) => [
    g.id,
    g.kind,
    g.stream,
    g.atSeconds,
    g.passengers,
    g.cleared,
    g.firstClearedSeconds,
    g.lastClearedSeconds,
    g.meanClearance,
    g.meanClearanceCI95[0],
    g.meanClearanceCI95[1],
    g.p95Clearance,
    g.p95ClearanceCI95[0],
    g.p95ClearanceCI95[1],
    g.withinTarget,
    g.withinTargetCI95[0],
    g.withinTargetCI95[1],
    g.dwellSeconds,
    g.dwellCI95[0],
    g.dwellCI95[1],
    ...(clock
      ? [
          clockStamp(g.atSeconds, clock),
          clockStamp(g.firstClearedSeconds, clock),
          clockStamp(g.lastClearedSeconds, clock),
        ]
      : []),
    ...(departures ? departureCells(g.departure, clock) : []),
  ]);
  return toCsv(header, rows, { provenance: provenanceOf(result), ...options });
}
