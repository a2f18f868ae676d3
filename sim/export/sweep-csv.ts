/**
 * A sweep as CSV: one row per point with each parameter's value, the metric, its 95 %
 * interval, the passengers and the overloaded stations. What `lanesim sweep --format csv`
 * prints and what the UI's sweep export saves (with a BOM), built in one place so the two
 * files cannot drift apart.
 */
import type { SweepResult } from '../sweep/sweep.js';
import { PROVENANCE_COLUMNS, toCsv, type CsvCell, type CsvOptions } from './csv.js';

/** Header of the sweep CSV: the parameter paths, then the metric's columns named by its key. */
export function sweepCsvHeader(result: SweepResult): string[] {
  const key = result.metric.key;
  return [...result.params.map((p) => p.path), 'status', key, `${key}_ci95_low`, `${key}_ci95_high`, 'passengers', 'overloaded', ...PROVENANCE_COLUMNS];
}

export function sweepCsv(result: SweepResult, options: CsvOptions = {}): string {
  const rows: CsvCell[][] = result.rows.map((r) => [
    ...r.values,
    r.status,
    r.value ?? '',
    r.ci95 ? r.ci95[0] : '',
    r.ci95 ? r.ci95[1] : '',
    r.passengers,
    r.stations?.join(' ') ?? '',
    // What the point came from (the same four columns as every run CSV).
    result.scenarioHash,
    result.seed,
    result.replications,
    result.engine,
  ]);
  return toCsv(sweepCsvHeader(result), rows, { ...options, provenance: undefined });
}
