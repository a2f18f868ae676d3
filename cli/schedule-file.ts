/**
 * Reading a schedule file from disk into a table: the bytes go through the same reader as
 * the workbench's file picker (sim/schedule/schedule-bytes.ts: CSV/TSV/TXT decoded as UTF-8
 * with or without BOM, UTF-16 or GB18030 and parsed by papaparse; XLSX through exceljs, first
 * sheet or the one named). Every failure is one InputError naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { howRead, MAX_SCHEDULE_BYTES, scheduleTableFromBytes, type ScheduleTable, type WorkbookLike } from '../sim/schedule/index.js';
import { InputError } from './errors.js';

export { MAX_SCHEDULE_BYTES };

export interface LoadedTable {
  table: ScheduleTable;
  /** How the file was read: "UTF-8", "GB18030", "XLSX sheet Flights". */
  how: string;
}

function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
}

/** exceljs, loaded on demand (most commands never read a workbook). */
async function openWorkbook(bytes: Uint8Array): Promise<WorkbookLike> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
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
  const read = await scheduleTableFromBytes(new Uint8Array(bytes), file, openWorkbook, sheet);
  if (!read.ok) throw new InputError(`${file}: ${read.message}`);
  return { table: read.table, how: howRead(read) };
}
