/**
 * How numbers are written for people — one set of rules for the command line, the workbench
 * and the report, so the same result reads the same everywhere: seconds with one decimal,
 * shares as percentages with one decimal, counts with thousands separators, intervals in
 * brackets, "—" where there is no number. The end-to-end tests compute the exact text they
 * expect with these functions and compare it with what the page and the CLI print.
 */
import { clockLabel, type ScenarioClock } from '../sim/clock/format-clock.js';

/** What is written where there is no number (not finite, or not applicable). */
export const NO_VALUE = '—';

/** Seconds with one decimal: "123.4". */
export function fmtSeconds(s: number): string {
  return Number.isFinite(s) ? s.toFixed(1) : NO_VALUE;
}

/** Unit words of a duration, for a language other than English ("秒", "分钟", "小时"). */
export interface DurationUnits {
  s: string;
  min: string;
  h: string;
}

const DURATION_EN: DurationUnits = { s: 's', min: 'min', h: 'h' };

/** A duration for people: "45.0 s", "12.5 min", "1.50 h" (or "12.5 分钟" with Chinese units). */
export function fmtDuration(s: number, units: DurationUnits = DURATION_EN): string {
  if (!Number.isFinite(s)) return NO_VALUE;
  if (s < 120) return `${s.toFixed(1)} ${units.s}`;
  if (s < 7200) return `${(s / 60).toFixed(1)} ${units.min}`;
  return `${(s / 3600).toFixed(2)} ${units.h}`;
}

/**
 * Seconds, followed by the duration for people once it is long enough to matter:
 * "45.0 s", "372.5 s (6.2 min)" — the workbench's cards show the same two parts.
 */
export function fmtSecondsAndDuration(s: number): string {
  if (!Number.isFinite(s)) return NO_VALUE;
  return Math.abs(s) >= 120 ? `${fmtSeconds(s)} s (${fmtDuration(s)})` : `${fmtSeconds(s)} s`;
}

/** A share as a percentage: "97.8 %". */
export function fmtPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)} %` : NO_VALUE;
}

/** A share as a bare percentage number, for table cells whose header carries the unit: "97.8". */
export function fmtPercentNumber(share: number, digits = 1): string {
  return Number.isFinite(share) ? (share * 100).toFixed(digits) : NO_VALUE;
}

/**
 * A rate or count with thousands separators and no decimals: "12,345" — the text of
 * `Math.round(n).toLocaleString('en-US')`, grouped by hand: the first Intl number format
 * of a page loads ICU's locale data (about 20 ms), which landed in the task that puts a
 * run's results on screen (issue 12). Past 2^53 (no exact digits left) Intl writes it.
 */
export function fmtInt(n: number): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const r = Math.round(n);
  if (Math.abs(r) > Number.MAX_SAFE_INTEGER) return r.toLocaleString('en-US');
  const digits = String(Math.abs(r));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  // Intl writes negative zero with its sign ("-0"), and so does this.
  return r < 0 || Object.is(r, -0) ? `-${out}` : out;
}

/** A number with fixed decimals (a mean queue length, a mean number of servers). */
export function fmtFixed(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : NO_VALUE;
}

/** An interval: "[120.3, 131.9]". */
export function fmtInterval(iv: readonly [number, number], f: (n: number) => string = fmtSeconds): string {
  return `[${f(iv[0])}, ${f(iv[1])}]`;
}

/** A clock time of day from seconds since the start of the run: "01:05". */
export function fmtClock(s: number): string {
  const m = Math.floor(s / 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * A moment of simulated time as the replay's clock shows it: "1:05:09" of elapsed time (hours
 * may pass 24 on long runs), or the time of day "08:30:00" when the scenario names its startTime.
 */
export function fmtReplayClock(seconds: number, clock?: ScenarioClock | null): string {
  if (clock) return clockLabel(Math.max(0, seconds), clock, true);
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}`;
}

/** A passenger's time in the replay's panels: "4:07" below an hour, "1:04:07" above; "—" when not finite. */
export function fmtMinSec(seconds: number): string {
  if (!Number.isFinite(seconds)) return NO_VALUE;
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return fmtReplayClock(s);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A signed difference: "+12.3" / "−4.0" (true minus sign); no sign when it rounds to zero. */
export function fmtSigned(n: number, f: (n: number) => string = fmtSeconds): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const text = f(Math.abs(n));
  if (Number.parseFloat(text) === 0) return text;
  return (n < 0 ? '−' : '+') + text;
}

/** An interval of signed differences: "[−4.0, +12.3]". */
export function fmtSignedInterval(iv: readonly [number, number], f: (n: number) => string = fmtSeconds): string {
  return `[${fmtSigned(iv[0], f)}, ${fmtSigned(iv[1], f)}]`;
}

/** Elapsed wall time: "850 ms", "3.2 s". */
export function fmtWall(ms: number): string {
  if (!Number.isFinite(ms)) return NO_VALUE;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
