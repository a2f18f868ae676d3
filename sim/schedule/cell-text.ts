/**
 * Spreadsheet cell values as text, the form the schedule parser reads. ExcelJS gives numbers,
 * strings, Dates (a time-formatted cell is a Date on 1899-12-30, in UTC), rich text, hyperlinks
 * and formula results; CSV gives strings. One conversion for the CLI and the app.
 */

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${d.getUTCSeconds() ? `:${two(d.getUTCSeconds())}` : ''}`;
  const y = d.getUTCFullYear();
  // Excel's time-only cells sit on its day 0 (1899-12-30) or day 1 (1899-12-31 / 1900-01-01).
  if (y < 1900 || (y === 1900 && d.getUTCMonth() === 0 && d.getUTCDate() <= 1)) return time;
  const date = `${y}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0
    ? date
    : `${date} ${time}`;
}

/** The text of one cell value (ExcelJS `cell.value`, or a CSV string). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as {
      richText?: Array<{ text?: unknown }>;
      text?: unknown;
      result?: unknown;
      error?: unknown;
    };
    if (Array.isArray(v.richText))
      return v.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}
