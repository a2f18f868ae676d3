/** Time formats of the replay: the clock as h:mm:ss of simulated time, durations as m:ss. */

import { clockLabel, type ScenarioClock } from '../../sim/index.js';

/**
 * Simulated clock: "1:05:09" of elapsed time (hours may pass 24 on long runs), or the time
 * of day "08:30:00" when the scenario names its startTime.
 */
export function formatClock(seconds: number, clock?: ScenarioClock | null): string {
  if (clock) return clockLabel(Math.max(0, seconds), clock, true);
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}`;
}

/** A duration: "4:07" below an hour, "1:04:07" above; NaN as "—". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return formatClock(s);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
