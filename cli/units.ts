/**
 * Number formatting for people: seconds with one decimal, shares as percentages, counts
 * with thousands separators, intervals in brackets. One place, so every table reads alike.
 */
import type { Interval } from '../sim/index.js';

/** Seconds with a sensible precision: 0.82, 9.8, 372. */
export function fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return '–';
  const a = Math.abs(s);
  const digits = a >= 100 ? 0 : a >= 1 ? 1 : 2;
  return s.toFixed(digits);
}

/** Seconds followed by minutes when long enough to matter: "372 s (6.2 min)". */
export function fmtDuration(s: number): string {
  if (!Number.isFinite(s)) return '–';
  return Math.abs(s) >= 120 ? `${fmtSeconds(s)} s (${(s / 60).toFixed(1)} min)` : `${fmtSeconds(s)} s`;
}

/** A signed difference: "+12.3" or "−4.5" (true minus sign). */
export function fmtSigned(value: number, format: (v: number) => string = fmtSeconds): string {
  if (!Number.isFinite(value)) return '–';
  const text = format(Math.abs(value));
  if (Number.parseFloat(text) === 0) return text;
  return (value < 0 ? '−' : '+') + text;
}

export function fmtInterval(ci: Interval, format: (v: number) => string = fmtSeconds): string {
  return `[${format(ci[0])}, ${format(ci[1])}]`;
}

export function fmtSignedInterval(ci: Interval, format: (v: number) => string = fmtSeconds): string {
  return `[${fmtSigned(ci[0], format)}, ${fmtSigned(ci[1], format)}]`;
}

/** A share 0..1 as a percentage: "83.2 %". */
export function fmtPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(digits)} %`;
}

/** A share as a bare percentage number, for table cells whose header carries the unit. */
export function fmtPercentNumber(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return (share * 100).toFixed(digits);
}

export function fmtCount(n: number): string {
  return Math.round(n).toLocaleString('en');
}

/** Small averages such as a mean queue length: 0.42, 3.1, 27. */
export function fmtAverage(n: number): string {
  return fmtSeconds(n);
}

/** Elapsed wall time: "850 ms", "3.2 s". */
export function fmtWall(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
