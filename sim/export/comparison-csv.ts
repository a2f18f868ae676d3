/** Comparisons as CSV, one row per metric per compared scenario (each against the baseline). */
import type { Comparison } from '../stats/compare-results.js';
import { toCsv, type CsvCell, type CsvOptions } from './csv.js';

export const COMPARISON_CSV_HEADER = [
  'baseline',
  'scenario',
  'metric',
  'unit',
  'better',
  'baselineValue',
  'value',
  'diff',
  'diffCI95Low',
  'diffCI95High',
  'relative',
  'significant',
  'winner',
  'paired',
  // What each row came from: both runs' scenario hash, seed and replications, and the engine.
  'baselineScenarioHash',
  'baselineSeed',
  'baselineReplications',
  'scenarioHash',
  'seed',
  'replications',
  'engine',
] as const;

export function comparisonCsv(comparisons: readonly Comparison[], options: CsvOptions = {}): string {
  const rows: CsvCell[][] = [];
  for (const c of comparisons) {
    for (const m of c.metrics) {
      rows.push([
        c.a.scenario,
        c.b.scenario,
        m.key,
        m.unit,
        m.better,
        m.a,
        m.b,
        m.diff,
        m.diffCI95[0],
        m.diffCI95[1],
        m.relative ?? '',
        m.significant,
        m.winner === 'a' ? 'baseline' : m.winner === 'b' ? 'scenario' : 'same',
        c.paired,
        c.a.scenarioHash,
        c.a.seed,
        c.a.replications,
        c.b.scenarioHash,
        c.b.seed,
        c.b.replications,
        c.b.engine,
      ]);
    }
  }
  return toCsv(COMPARISON_CSV_HEADER, rows, options);
}
