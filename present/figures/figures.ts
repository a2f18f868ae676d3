/**
 * One definition per label: every figure a person reads under a label ("p95 clearance",
 * "mean wait at …", "throughput") is one statistic of the result, looked up here by a
 * stable key and written by one rule, so the command line, the workbench's Results and
 * Compare, the report and the CSVs show the same number under the same label. The
 * statistic behind each key is named in `figure-definitions.ts` (tooltips, report) and in
 * docs/statistics.md ("One figure, one definition"); any other statistic (the mean of the
 * replications' own p95s) is shown only under its own name.
 */
import type { Comparison, RunResult } from '../../sim/index.js';
import { fmtInt, fmtPercent, fmtSeconds, fmtSigned } from '../format.js';

export type FigureUnit = 's' | 'share' | 'pax/h';

export interface Figure {
  /** Stable key: "clearance.p95", "stations.border.meanWait", "classes.citizen.mean". */
  key: string;
  unit: FigureUnit;
  value: number;
  /** The number as every view writes it: "1530.2", "85.3 %", "1,234". */
  text: string;
}

/** The one rule for writing a figure of a unit: seconds with one decimal, shares as percentages, rates as whole numbers. */
export function figureText(unit: FigureUnit, value: number): string {
  return unit === 'share' ? fmtPercent(value) : unit === 'pax/h' ? fmtInt(value) : fmtSeconds(value);
}

/** A difference of a figure, signed: "−12.3", "+1.5 %". */
export function figureDiffText(unit: FigureUnit, value: number): string {
  return fmtSigned(value, (n) => figureText(unit, n));
}

function figure(key: string, unit: FigureUnit, value: number): Figure {
  return { key, unit, value, text: figureText(unit, value) };
}

/** Every labelled figure of a run, by key (the lane, each class, each station). */
export function runFigures(r: RunResult): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const add = (key: string, unit: FigureUnit, value: number) => out.set(key, figure(key, unit, value));
  const c = r.clearance;
  add('clearance.mean', 's', c.mean);
  add('clearance.p50', 's', c.p50);
  add('clearance.p90', 's', c.p90);
  add('clearance.p95', 's', c.p95);
  add('clearance.p99', 's', c.p99);
  add('clearance.max', 's', c.max);
  add('withinTarget', 'share', r.withinTarget.share);
  add('throughputPerHour', 'pax/h', r.throughputPerHour);
  for (const [id, k] of Object.entries(r.byClass)) {
    add(`classes.${id}.mean`, 's', k.mean);
    add(`classes.${id}.p95`, 's', k.p95);
  }
  for (const s of r.stations) {
    add(`stations.${s.id}.meanWait`, 's', s.meanWait);
    add(`stations.${s.id}.p95Wait`, 's', s.p95Wait);
    if (s.mode === 'queue') {
      add(`stations.${s.id}.utilization`, 'share', s.utilization);
      add(`stations.${s.id}.peakUtilization`, 'share', s.peakUtilization);
    }
  }
  return out;
}

export interface ComparedFigure {
  key: string;
  unit: FigureUnit;
  a: Figure;
  b: Figure;
  /** b − a of the two figures, signed. */
  diff: { value: number; text: string };
}

/** A comparison's figures by key: the baseline's and the candidate's (the same as each run's own), and their difference. */
export function comparisonFigures(cmp: Comparison): Map<string, ComparedFigure> {
  const out = new Map<string, ComparedFigure>();
  for (const m of cmp.metrics) {
    out.set(m.key, { key: m.key, unit: m.unit, a: figure(m.key, m.unit, m.a), b: figure(m.key, m.unit, m.b), diff: { value: m.diff, text: figureDiffText(m.unit, m.diff) } });
  }
  return out;
}

/** The definition a key falls under: "stations.border.meanWait" → "station.meanWait". */
export function definitionKey(key: string): string {
  const station = /^stations\..+\.(\w+)$/.exec(key);
  if (station) return `station.${station[1]}`;
  const cls = /^classes\..+\.(\w+)$/.exec(key);
  if (cls) return `class.${cls[1]}`;
  return key;
}
