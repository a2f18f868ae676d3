/**
 * The per-flight / per-vehicle results table as text cells: one formatter for `lanesim run`,
 * the workbench's Results and its export, so every front end shows the same figures under the
 * same headings (present/words/table-words.ts). Times are clock times with a scenario clock,
 * elapsed otherwise; arrivals with each figure's 95 % interval over replications and a bus's
 * dwell; departing flights apart, with their cut-off and who cleared after it.
 */
import { clockLabel, type GroupSummary, type RunResult } from '../../sim/index.js';
import { fmtFixed, fmtInt, fmtInterval, fmtPercent, fmtSeconds } from '../format.js';
import type { Language } from '../words/languages.js';
import { RUN_TABLE_WORDS } from '../words/table-words.js';

export interface GroupColumn {
  key: string;
  header: string;
  align: 'left' | 'right';
}

export interface GroupTable {
  title: string;
  columns: GroupColumn[];
  rows: Array<{ id: string; cells: string[] }>;
  footnote: string;
  kind: 'arrivals' | 'departures';
}

/** A column with its heading and how it writes one flight's or vehicle's cell: heading and cell side by side, so they cannot drift apart. */
interface ColumnSpec {
  key: string;
  header: string;
  align?: 'left' | 'right';
  cell(g: GroupSummary): string;
}

/** Columns and rows of `groups` by `specs`: the one shape of both tables (arrivals and departures). */
function build(specs: readonly ColumnSpec[], groups: readonly GroupSummary[]): Pick<GroupTable, 'columns' | 'rows'> {
  return {
    columns: specs.map((c) => ({ key: c.key, header: c.header, align: c.align ?? 'right' })),
    rows: groups.map((g) => ({ id: g.id, cells: specs.map((c) => c.cell(g)) })),
  };
}

/** The table of a result's arriving flights and vehicles in a language; null when it has none. */
export function groupsTable(result: RunResult, lang: Language): GroupTable | null {
  const groups = (result.groups ?? []).filter((x) => !x.departure);
  if (groups.length === 0) return null;
  const w = RUN_TABLE_WORDS[lang];
  const g = w.groups;
  const vehicles = groups.some((x) => x.kind === 'vehicle');
  const kind = vehicles ? (groups.every((x) => x.kind === 'vehicle') ? 'vehicle' : 'mixed') : 'flight';
  const at = (t: number) => clockLabel(t, result.clock, true);
  const pct = (v: number) => fmtPercent(v);
  const specs: ColumnSpec[] = [
    { key: 'id', header: g.id, align: 'left', cell: (f) => f.id },
    { key: 'at', header: g.arrives, cell: (f) => at(f.atSeconds) },
    { key: 'passengers', header: g.pax, cell: (f) => fmtInt(f.passengers) },
    { key: 'firstOut', header: g.firstOut, cell: (f) => at(f.firstClearedSeconds) },
    { key: 'lastOut', header: g.lastOut, cell: (f) => at(f.lastClearedSeconds) },
    { key: 'mean', header: w.columns.meanS, cell: (f) => fmtSeconds(f.meanClearance) },
    { key: 'meanCI', header: w.columns.interval, cell: (f) => fmtInterval(f.meanClearanceCI95) },
    { key: 'p95', header: g.p95MeanOfReps, cell: (f) => fmtSeconds(f.p95Clearance) },
    { key: 'p95CI', header: w.columns.interval, cell: (f) => fmtInterval(f.p95ClearanceCI95) },
    { key: 'within', header: g.withinTarget, cell: (f) => pct(f.withinTarget) },
    { key: 'withinCI', header: w.columns.interval, cell: (f) => fmtInterval(f.withinTargetCI95, pct) },
    ...(vehicles
      ? [
          { key: 'dwell', header: g.dwellS, cell: (f: GroupSummary) => fmtSeconds(f.dwellSeconds) },
          { key: 'dwellCI', header: w.columns.interval, cell: (f: GroupSummary) => fmtInterval(f.dwellCI95) },
        ]
      : []),
  ];
  return { title: g.title(kind, !result.clock), ...build(specs, groups), footnote: g.footnote(vehicles), kind: 'arrivals' };
}

/**
 * The table of a result's departing flights: STD and cut-off, who reached the lane by the
 * cut-off, clearance, and who left the lane after the cut-off (missed-flight risk) with its
 * share and interval; null when it has none.
 */
export function departuresTable(result: RunResult, lang: Language): GroupTable | null {
  const flights = (result.groups ?? []).filter((x) => x.departure);
  if (flights.length === 0) return null;
  const w = RUN_TABLE_WORDS[lang];
  const g = w.groups;
  const d = w.departures;
  const at = (t: number) => clockLabel(t, result.clock, true);
  // Only departing flights reach here: each has its departure figures.
  const dep = (f: GroupSummary) => f.departure!;
  const specs: ColumnSpec[] = [
    { key: 'id', header: g.id, align: 'left', cell: (f) => f.id },
    { key: 'std', header: d.std, cell: (f) => at(dep(f).stdSeconds) },
    { key: 'cutoff', header: d.cutoff, cell: (f) => at(dep(f).cutoffSeconds) },
    { key: 'passengers', header: g.pax, cell: (f) => fmtInt(f.passengers) },
    { key: 'reached', header: d.reached, cell: (f) => fmtFixed(dep(f).reachedLane, 1) },
    { key: 'firstOut', header: g.firstOut, cell: (f) => at(f.firstClearedSeconds) },
    { key: 'lastOut', header: g.lastOut, cell: (f) => at(f.lastClearedSeconds) },
    { key: 'mean', header: w.columns.meanS, cell: (f) => fmtSeconds(f.meanClearance) },
    { key: 'p95', header: g.p95MeanOfReps, cell: (f) => fmtSeconds(f.p95Clearance) },
    { key: 'afterCutoff', header: d.afterCutoff, cell: (f) => fmtFixed(dep(f).afterCutoff, 1) },
    { key: 'share', header: d.share, cell: (f) => `${fmtPercent(dep(f).afterCutoffShare)} ${fmtInterval(dep(f).afterCutoffShareCI95, (v) => fmtPercent(v))}` },
  ];
  return { title: d.title(!result.clock), ...build(specs, flights), footnote: d.footnote, kind: 'departures' };
}
