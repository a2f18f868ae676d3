/**
 * CSV text (or a paste from a spreadsheet: tab-separated) as a schedule table, with papaparse:
 * quoted fields, embedded commas and line breaks, the delimiter guessed. The header is the
 * first non-empty line; its row number is kept so errors name the row a spreadsheet shows.
 */
import Papa from 'papaparse';
import type { ScheduleTable } from './parse-schedule.js';

/** Parses CSV or tab-separated text; null when there is no header at all. */
export function csvTable(text: string): ScheduleTable | null {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false, delimiter: '' });
  const rows = parsed.data.map((r) => r.map((c) => (typeof c === 'string' ? c : '')));
  const h = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (h < 0) return null;
  return { header: rows[h], rows: rows.slice(h + 1), headerRow: h + 1 };
}
