/**
 * CSV writing per RFC 4180 (comma, CRLF, quotes doubled), shared by the command line and
 * the UI's export so both write byte-identical files. Excel only reads UTF-8 (and so
 * Chinese labels) correctly when the file starts with a byte-order mark, hence `bom`.
 * Text cells come from scenario files, so they are made harmless here, in the one writer:
 * a cell starting with =, +, -, @, TAB or CR is prefixed with `'` (OWASP CSV injection),
 * and control characters are shown as `\uXXXX` escapes. Numbers stay numbers.
 */
import { escapeControls, neutraliseFormula } from './text-safety.js';

export interface CsvOptions {
  /** Start with U+FEFF so Excel detects UTF-8. */
  bom?: boolean;
  /**
   * What the file came from, written as the last columns of the header and of every row
   * (`scenarioHash, seed, replications, engine`): a spreadsheet reads them as ordinary
   * columns (no comment line to trip over), and a file that travels alone still names its run.
   */
  provenance?: CsvProvenance;
}

/** The run a CSV came from (docs/statistics.md, "Where a file came from"). */
export interface CsvProvenance {
  scenarioHash: string;
  seed: number;
  replications: number;
  engine: string;
}

export const PROVENANCE_COLUMNS = ['scenarioHash', 'seed', 'replications', 'engine'] as const;

/** The provenance of a result (or anything carrying the four facts). */
export function provenanceOf(r: CsvProvenance): CsvProvenance {
  return { scenarioHash: r.scenarioHash, seed: r.seed, replications: r.replications, engine: r.engine };
}

export type CsvCell = string | number | boolean | null | undefined;

/** A number as written in CSV: up to 6 decimals, no exponent for ordinary values, empty for NaN. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const r = Math.round(n * 1e6) / 1e6;
  return Object.is(r, -0) ? '0' : String(r);
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  const s = escapeControls(neutraliseFormula(String(value)));
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Joins a header and rows into CSV text ending with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  let out = options.bom ? '\uFEFF' : '';
  const p = options.provenance;
  const tail = p ? ',' + [p.scenarioHash, p.seed, p.replications, p.engine].map(csvCell).join(',') : '';
  out += [...header, ...(p ? PROVENANCE_COLUMNS : [])].map(csvCell).join(',') + '\r\n';
  for (const row of rows) out += row.map(csvCell).join(',') + tail + '\r\n';
  return out;
}

/** Reads CSV text written by `toCsv` (or any RFC 4180 file) back into rows; for tests and imports. */
export function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
