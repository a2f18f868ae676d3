/**
 * A schedule file's bytes into a table, the same for `lanesim schedule` and the workbench's
 * file picker: an XLSX workbook (a zip; read by exceljs, which the caller loads and hands in
 * as `openWorkbook` so this floor stays free of it) or CSV/TSV/TXT text decoded as UTF-8 with
 * or without BOM, UTF-16 or GB18030. Each failure is a code with its English sentence.
 */
import { cellText } from './cell-text.js';
import { csvTable } from './csv-table.js';
import { decodeScheduleBytes, type TextEncodingName } from './decode-text.js';
import type { IssueParams } from './issue-codes.js';
import type { ScheduleTable } from './parse-schedule.js';

/** Largest schedule file read (a year of flights is well below). */
export const MAX_SCHEDULE_BYTES = 32 * 1024 * 1024;

/** The part of an exceljs worksheet read here. */
export interface SheetLike {
  name: string;
  eachRow(options: { includeEmpty: boolean }, callback: (row: { values: unknown }, rowNumber: number) => void): void;
}

/** The part of an exceljs workbook read here. */
export interface WorkbookLike {
  worksheets: SheetLike[];
}

/** Opens workbook bytes (exceljs `xlsx.load`); throws when they are not a workbook. */
export type OpenWorkbook = (bytes: Uint8Array) => Promise<WorkbookLike>;

export type FileProblemCode = 'tooLarge' | 'notXlsx' | 'badWorkbook' | 'noSheet' | 'noSheetNamed' | 'emptySheet' | 'oldXls' | 'emptyFile';

export type ScheduleBytes =
  | { ok: true; table: ScheduleTable; format: 'xlsx'; sheet: string }
  | { ok: true; table: ScheduleTable; format: 'text'; encoding: TextEncodingName }
  | { ok: false; code: FileProblemCode; params: IssueParams; message: string };

/** Rows of a worksheet as text, header first (the first non-empty row); null when the sheet is empty. */
export function worksheetTable(ws: SheetLike): ScheduleTable | null {
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

/** "XLSX sheet "Flights"", "UTF-8", "GB18030": how a file was read. */
export function howRead(r: Extract<ScheduleBytes, { ok: true }>): string {
  return r.format === 'xlsx' ? `XLSX sheet "${r.sheet}"` : r.encoding === 'gb18030' ? 'GB18030' : r.encoding.toUpperCase();
}

/** Reads a schedule file's bytes (the name gives its extension); `sheet` picks an XLSX sheet by name. */
export async function scheduleTableFromBytes(
  bytes: Uint8Array,
  fileName: string,
  openWorkbook: OpenWorkbook,
  sheet?: string,
): Promise<ScheduleBytes> {
  const fail = (code: FileProblemCode, params: IssueParams, message: string): ScheduleBytes => ({ ok: false, code, params, message });
  if (bytes.length > MAX_SCHEDULE_BYTES)
    return fail(
      'tooLarge',
      { mb: Math.round((bytes.length / 1024 / 1024) * 10) / 10, max: MAX_SCHEDULE_BYTES / 1024 / 1024 },
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; expected a schedule of at most ${MAX_SCHEDULE_BYTES / 1024 / 1024} MB`,
    );
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  const zip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xlsx' || ext === '.xlsm' || zip) {
    if (!zip)
      return fail('notXlsx', {}, 'not an XLSX workbook (an .xlsx file is a zip archive); expected a workbook saved by Excel or WPS, or a CSV file');
    let wb: WorkbookLike;
    try {
      wb = await openWorkbook(bytes);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return fail('badWorkbook', { reason }, `cannot read the workbook (${reason}); expected an .xlsx file saved by Excel or WPS`);
    }
    const ws = sheet === undefined ? wb.worksheets[0] : wb.worksheets.find((w) => w.name === sheet);
    if (!ws)
      return sheet === undefined
        ? fail('noSheet', {}, 'the workbook has no sheet')
        : fail('noSheetNamed', { sheet, sheets: wb.worksheets.map((w) => w.name).join(', ') }, `no sheet named "${sheet}" (sheets: ${wb.worksheets.map((w) => w.name).join(', ')})`);
    const table = worksheetTable(ws);
    if (!table)
      return fail('emptySheet', { sheet: ws.name }, `sheet "${ws.name}" is empty; expected a header row and one row per flight or vehicle`);
    return { ok: true, table, format: 'xlsx', sheet: ws.name };
  }
  if (ext === '.xls') return fail('oldXls', {}, 'old Excel .xls files are not read; save it as .xlsx or CSV');
  const { text, encoding } = decodeScheduleBytes(bytes);
  const table = csvTable(text);
  if (!table) return fail('emptyFile', {}, 'the file is empty; expected a header row and one row per flight or vehicle');
  return { ok: true, table, format: 'text', encoding };
}
