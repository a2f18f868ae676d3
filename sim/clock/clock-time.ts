/**
 * Clock times of a port day: "08:30", "08:30:15", optionally with a date
 * ("2025-08-15 08:30" or "2025-08-15T08:30"). A scenario that names its `startTime` may
 * give every time of day as such a string; the model still runs in seconds from the start.
 * Pure arithmetic on the civil calendar (no Date), so the answer is the same everywhere.
 */

export const SECONDS_PER_DAY = 86_400;

/** A parsed clock string: seconds since midnight, and the day (days since 1970-01-01) when a date was given. */
export interface ClockTime {
  secondsOfDay: number;
  /** Days since 1970-01-01 (proleptic Gregorian), or null for a time without a date. */
  day: number | null;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)$/;

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number, as "YYYY-MM-DD" (inverse of daysFromCivil). */
export function civilFromDays(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Why a clock string was refused: a code, the text received, and the sentence in English. */
export interface ClockProblem {
  code: 'clock-format' | 'clock-range' | 'clock-date' | 'clock-date-time' | 'clock-needs-start-date' | 'clock-before-start';
  /** The text as received, JSON-quoted (absent when the problem is not the text itself). */
  got?: string;
  message: string;
}

function clockProblem(code: ClockProblem['code'], text: string | null, message: string): ClockProblem {
  return { code, ...(text !== null ? { got: JSON.stringify(text) } : {}), message };
}

function parseTimeOfDay(text: string): number | ClockProblem {
  const m = TIME.exec(text);
  if (!m) return clockProblem('clock-format', text, `expected a clock time such as "08:30" or "08:30:15", got ${JSON.stringify(text)}`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 23 || min > 59 || s > 59)
    return clockProblem('clock-range', text, `expected a clock time from 00:00 to 23:59:59, got ${JSON.stringify(text)}`);
  return h * 3600 + min * 60 + s;
}

/**
 * Reads "HH:MM", "HH:MM:SS" or "YYYY-MM-DD HH:MM[:SS]" (a "T" may stand for the space).
 * Returns the time, or a sentence saying what was expected.
 */
export function parseClockTime(raw: string): ClockTime | string {
  const r = readClockTime(raw);
  return 'code' in r ? r.message : r;
}

/** `parseClockTime` with the problem as a code (for a front end that words it itself). */
export function readClockTime(raw: string): ClockTime | ClockProblem {
  const text = raw.trim();
  const dt = DATE_TIME.exec(text);
  if (dt) {
    const y = Number(dt[1]);
    const mo = Number(dt[2]);
    const d = Number(dt[3]);
    const sod = parseTimeOfDay(dt[4]);
    if (typeof sod !== 'number') return sod;
    const day = daysFromCivil(y, mo, d);
    if (mo < 1 || mo > 12 || d < 1 || civilFromDays(day) !== `${dt[1]}-${dt[2]}-${dt[3]}`) {
      return clockProblem('clock-date', text, `expected a real calendar date (YYYY-MM-DD), got ${JSON.stringify(text)}`);
    }
    return { secondsOfDay: sod, day };
  }
  if (/^\d{4}-/.test(text))
    return clockProblem('clock-date-time', text, `expected a date and time such as "2025-08-15 06:00", got ${JSON.stringify(text)}`);
  const sod = parseTimeOfDay(text);
  return typeof sod !== 'number' ? sod : { secondsOfDay: sod, day: null };
}

/** True when a typed text looks like a clock time (so an input field treats it as one, not as a duration). */
export function looksLikeClock(text: string): boolean {
  const t = text.trim();
  return TIME.test(t) || DATE_TIME.test(t);
}

/**
 * Seconds from `start` to the clock time `at`. A time without a date that is earlier than
 * the start time is on the next day (a flight at 01:30 in a day starting 06:00), or — with
 * `wrapEqual` (an end time) — equal to it is 24 h later. A date-time needs a start with a date.
 */
export function secondsFromStart(start: ClockTime, at: ClockTime, wrapEqual = false): number | string {
  const r = secondsAfterStart(start, at, wrapEqual);
  return typeof r === 'number' ? r : r.message;
}

/** `secondsFromStart` with the problem as a code. */
export function secondsAfterStart(start: ClockTime, at: ClockTime, wrapEqual = false): number | ClockProblem {
  if (at.day !== null) {
    if (start.day === null)
      return clockProblem('clock-needs-start-date', null, 'a date-time needs a startTime with a date (e.g. "2025-08-15 06:00"); or give the time alone');
    const d = (at.day - start.day) * SECONDS_PER_DAY + at.secondsOfDay - start.secondsOfDay;
    if (d < 0 || (wrapEqual && d === 0)) return clockProblem('clock-before-start', null, 'expected a time after startTime');
    return d;
  }
  let d = at.secondsOfDay - start.secondsOfDay;
  if (d < 0 || (wrapEqual && d === 0)) d += SECONDS_PER_DAY;
  return d;
}
