/**
 * A duty roster as CSV: one row per shift (start, end, break, officers as clock times and
 * as seconds from the start of the day). What `lanesim roster --csv` writes and what the
 * workbench's roster export saves (with a BOM), through the one CSV writer.
 */
import type { ShiftChoice } from '../sweep/roster-model.js';
import { toCsv, type CsvCell, type CsvOptions } from './csv.js';

export const ROSTER_CSV_HEADER = ['shift', 'start', 'end', 'break_start', 'break_end', 'officers', 'start_seconds', 'end_seconds'];

export function rosterCsv(shifts: readonly ShiftChoice[], clock: (s: number) => string, options: CsvOptions = {}): string {
  const rows: CsvCell[][] = shifts.map((s, i) => [
    i + 1,
    clock(s.startSeconds),
    clock(s.startSeconds + s.lengthSeconds),
    s.break ? clock(s.break[0]) : '',
    s.break ? clock(s.break[1]) : '',
    s.officers,
    s.startSeconds,
    s.startSeconds + s.lengthSeconds,
  ]);
  return toCsv(ROSTER_CSV_HEADER, rows, options);
}
