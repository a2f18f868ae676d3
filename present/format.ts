/**
 * How numbers are written on screen. One place, so the end-to-end tests can compute the
 * exact text they expect from `run()` and compare it with what the page shows.
 */

/** Seconds with one decimal: "123.4". */
export function fmtSeconds(s: number): string {
  return Number.isFinite(s) ? s.toFixed(1) : '—';
}

/** A duration for people: "45 s", "12.5 min", "1.5 h". */
export function fmtDuration(s: number): string {
  if (!Number.isFinite(s)) return '—';
  if (s < 120) return `${s.toFixed(1)} s`;
  if (s < 7200) return `${(s / 60).toFixed(1)} min`;
  return `${(s / 3600).toFixed(2)} h`;
}

/** A share as a percentage with one decimal: "97.8 %". */
export function fmtPercent(share: number): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(1)} %` : '—';
}

/** A rate or count with thousands separators and no decimals. */
export function fmtInt(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—';
}

/** A number with fixed decimals. */
export function fmtFixed(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

/** An interval: "[120.3, 131.9]". */
export function fmtInterval(iv: [number, number], f: (n: number) => string = fmtSeconds): string {
  return `[${f(iv[0])}, ${f(iv[1])}]`;
}

/** A clock time of day from seconds since the start of the run: "01:05". */
export function fmtClock(s: number): string {
  const m = Math.floor(s / 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A signed difference: "+12.3" / "−4.0". */
export function fmtSigned(n: number, f: (n: number) => string = fmtSeconds): string {
  if (!Number.isFinite(n)) return '—';
  return n > 0 ? `+${f(n)}` : n < 0 ? `−${f(-n)}` : f(0);
}
