/**
 * Reading a schedule file from disk into a table: CSV/TSV/TXT bytes decoded (UTF-8 with or
 * without BOM, UTF-16, GB18030) and parsed by papaparse; XLSX through exceljs (first sheet, or
 * the one named). Every failure is one InputError naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { cellText, csvTable, decodeScheduleBytes, type ScheduleTable } from '../sim/schedule/index.js';
import { InputError } from './errors.js';

/** Largest schedule file read (a year of flights is well below). */
export const MAX_SCHEDULE_BYTES = 32 * 1024 * 1024;

export interface LoadedTable {
  table: ScheduleTable;
  /** How the file was read: "UTF-8", "GB18030", "XLSX sheet Flights". */
  how: string;
}

function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
}

/** Rows of an exceljs worksheet as text, header first (the first non-empty row). */
export function worksheetTable(ws: ExcelJS.Worksheet): ScheduleTable | null {
  const rows: Array<{ n: number; cells: string[] }> = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
    // exceljs rows are 1-based: values[0] is empty.
    rows.push({ n, cells: values.slice(1).map(cellText) });
  });
  const h = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (h < 0) return null;
  const headerRow = rows[h].n;
  const width = rows[h].cells.length;
  // Rows by their spreadsheet number, so a blank row in the sheet keeps the numbers right.
  const last = rows[rows.length - 1].n;
  const byNumber = new Map(rows.map((r) => [r.n, r.cells]));
  const data: string[][] = [];
  for (let n = headerRow + 1; n <= last; n++) data.push(byNumber.get(n) ?? new Array<string>(width).fill(''));
  return { header: rows[h].cells, rows: data, headerRow };
}

/** Reads a schedule file (CSV, TSV, TXT or XLSX) into a table; throws InputError on any problem. */
export async function loadScheduleTable(file: string, cwd: string, sheet?: string): Promise<LoadedTable> {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory())
      throw new InputError(`${file}: is a directory; expected a schedule .csv or .xlsx file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(
      `${file}: cannot read the file (${fsReason(e)}); expected a schedule .csv or .xlsx file`,
    );
  }
  if (size > MAX_SCHEDULE_BYTES)
    throw new InputError(
      `${file}: the file is ${(size / 1024 / 1024).toFixed(1)} MB; expected a schedule of at most ${MAX_SCHEDULE_BYTES / 1024 / 1024} MB`,
    );
  const bytes = await readFile(path);
  const ext = extname(file).toLowerCase();
  const zip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xlsx' || ext === '.xlsm' || zip) {
    if (!zip)
      throw new InputError(
        `${file}: not an XLSX workbook (an .xlsx file is a zip archive); expected a workbook saved by Excel or WPS, or a CSV file`,
      );
    // Loaded on demand: most commands never read a workbook.
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    try {
      await wb.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
    } catch (e) {
      throw new InputError(
        `${file}: cannot read the workbook (${e instanceof Error ? e.message : String(e)}); expected an .xlsx file saved by Excel or WPS`,
      );
    }
    const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet);
    if (!ws)
      throw new InputError(
        `${file}: ${sheet === undefined ? 'the workbook has no sheet' : `no sheet named "${sheet}" (sheets: ${wb.worksheets.map((w) => w.name).join(', ')})`}`,
      );
    const table = worksheetTable(ws);
    if (!table)
      throw new InputError(
        `${file}: sheet "${ws.name}" is empty; expected a header row and one row per flight or vehicle`,
      );
    return { table, how: `XLSX sheet "${ws.name}"` };
  }
  if (ext === '.xls')
    throw new InputError(`${file}: old Excel .xls files are not read; save it as .xlsx or CSV`);
  const { text, encoding } = decodeScheduleBytes(new Uint8Array(bytes));
  const table = csvTable(text);
  if (!table)
    throw new InputError(
      `${file}: the file is empty; expected a header row and one row per flight or vehicle`,
    );
  return { table, how: encoding === 'gb18030' ? 'GB18030' : encoding.toUpperCase() };
}
