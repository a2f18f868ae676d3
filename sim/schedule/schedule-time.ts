/**
 * Times as schedules write them: "08:30", "8:30", "08:30:00", "0830", a date-time
 * ("2025-08-15 08:30", "2025/8/15 8:30"), or an Excel serial number (a day fraction for a time,
 * days since 1899-12-30 for a date-time). Pure calendar arithmetic, no Date.
 */
import { daysFromCivil, civilFromDays } from '../clock/clock-time.js';

export interface RowTime {
  /** Days since 1970-01-01, or null for a time without a date. */
  day: number | null;
  secondsOfDay: number;
}

/** Days from 1970-01-01 back to Excel's day 0 (1899-12-30). */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

function timeOfDay(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 23 || min > 59 || s > 59) return -1;
  return h * 3600 + min * 60 + s;
}

/** Reads a date alone: "2025-08-15", "2025/8/15", "2025.8.15"; null when it is not one. */
export function parseRowDate(raw: string): number | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(raw.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const day = daysFromCivil(y, mo, d);
  const back = civilFromDays(day);
  if (back !== `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`) return null;
  return day;
}

/** Reads a schedule time; returns it, or a sentence saying what was expected. */
export function parseRowTime(raw: string): RowTime | string {
  const text = raw.trim();
  const expected = `expected a time such as 08:30 (00:00–23:59) or a date and time such as 2025-08-15 08:30, got ${JSON.stringify(raw)}`;
  if (text === '') return expected;
  if (/^\d*\.\d+$|^\d{5,}(\.\d+)?$/.test(text)) {
    // An Excel serial: a day fraction (time) or days since 1899-12-30 (date-time).
    const v = Number(text);
    if (!Number.isFinite(v) || v < 0 || v > 2_958_465) return expected;
    const whole = Math.floor(v);
    const sod = Math.round((v - whole) * 86_400);
    const carry = sod >= 86_400 ? 1 : 0;
    return { day: whole === 0 ? null : EXCEL_EPOCH + whole + carry, secondsOfDay: sod - carry * 86_400 };
  }
  const dt = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[T\s]+(\d{1,2}:\d{2}(?::\d{2})?)$/.exec(text);
  if (dt) {
    const day = parseRowDate(dt[1]);
    const sod = timeOfDay(dt[2]);
    if (day === null || sod === null || sod < 0) return expected;
    return { day, secondsOfDay: sod };
  }
  const sod = timeOfDay(text);
  if (sod === null || sod < 0) return expected;
  return { day: null, secondsOfDay: sod };
}
