/**
 * The per-flight / per-vehicle results table as text cells: one formatter for `lanesim run`,
 * the workbench's Results and its export, so every front end shows the same figures under the
 * same headings (present/words/table-words.ts). Times are clock times with a scenario clock,
 * elapsed otherwise; arrivals with each figure's 95 % interval over replications and a bus's
 * dwell; departing flights apart, with their cut-off and who cleared after it.
 */
import { clockLabel, type RunResult } from '../../sim/index.js';
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
  const columns = [
    col('id', g.id, 'left'),
    col('at', g.arrives),
    col('passengers', g.pax),
    col('firstOut', g.firstOut),
    col('lastOut', g.lastOut),
    col('mean', w.columns.meanS),
    col('meanCI', w.columns.interval),
    col('p95', g.p95MeanOfReps),
    col('p95CI', w.columns.interval),
    col('within', g.withinTarget),
    col('withinCI', w.columns.interval),
    ...(vehicles ? [col('dwell', g.dwellS), col('dwellCI', w.columns.interval)] : []),
  ];
  const rows = groups.map((f) => ({
    id: f.id,
    cells: [
      f.id,
      at(f.atSeconds),
      fmtInt(f.passengers),
      at(f.firstClearedSeconds),
      at(f.lastClearedSeconds),
      fmtSeconds(f.meanClearance),
      fmtInterval(f.meanClearanceCI95),
      fmtSeconds(f.p95Clearance),
      fmtInterval(f.p95ClearanceCI95),
      pct(f.withinTarget),
      fmtInterval(f.withinTargetCI95, pct),
      ...(vehicles ? [fmtSeconds(f.dwellSeconds), fmtInterval(f.dwellCI95)] : []),
    ],
  }));
  return { title: g.title(kind, !result.clock), columns, rows, footnote: g.footnote(vehicles), kind: 'arrivals' };
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
  const columns = [
    col('id', g.id, 'left'),
    col('std', d.std),
    col('cutoff', d.cutoff),
    col('passengers', g.pax),
    col('reached', d.reached),
    col('firstOut', g.firstOut),
    col('lastOut', g.lastOut),
    col('mean', w.columns.meanS),
    col('p95', g.p95MeanOfReps),
    col('afterCutoff', d.afterCutoff),
    col('share', d.share),
  ];
  const rows = flights.map((f) => {
    const dep = f.departure!;
    return {
      id: f.id,
      cells: [
        f.id,
        at(dep.stdSeconds),
        at(dep.cutoffSeconds),
        fmtInt(f.passengers),
        fmtFixed(dep.reachedLane, 1),
        at(f.firstClearedSeconds),
        at(f.lastClearedSeconds),
        fmtSeconds(f.meanClearance),
        fmtSeconds(f.p95Clearance),
        fmtFixed(dep.afterCutoff, 1),
        `${fmtPercent(dep.afterCutoffShare)} ${fmtInterval(dep.afterCutoffShareCI95, (v) => fmtPercent(v))}`,
      ],
    };
  });
  return { title: d.title(!result.clock), columns, rows, footnote: d.footnote, kind: 'departures' };
}

function col(key: string, header: string, align: 'left' | 'right' = 'right'): GroupColumn {
  return { key, header, align };
}
