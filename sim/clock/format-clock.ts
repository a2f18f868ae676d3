/**
 * Time of day for outputs: when a scenario names its `startTime`, every time in a result
 * (chart axes, timeseries.csv, the replay clock, per-flight tables) is written as the clock
 * on the wall of the port rather than as seconds from zero.
 */
import { civilFromDays, parseClockTime, SECONDS_PER_DAY } from './clock-time.js';

/** The clock of a run (result extension `clock`): present only when the scenario names a startTime. */
export interface ScenarioClock {
  /** As written in the scenario: "06:00" or "2025-08-15 06:00". */
  startTime: string;
  /** Seconds after midnight of the start: 21600 for 06:00. */
  startSecondsOfDay: number;
  /** The start's date ("2025-08-15"), when the scenario gives one. */
  date?: string;
}

/** The clock of a scenario, or null when it has no (valid) startTime. */
export function scenarioClock(scenario: { startTime?: string }): ScenarioClock | null {
  if (typeof scenario.startTime !== 'string') return null;
  const t = parseClockTime(scenario.startTime);
  if (typeof t === 'string') return null;
  return t.day === null
    ? { startTime: scenario.startTime, startSecondsOfDay: t.secondsOfDay }
    : { startTime: scenario.startTime, startSecondsOfDay: t.secondsOfDay, date: civilFromDays(t.day) };
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** "08:30" (or "08:30:15" with seconds) of a time of day in seconds, wrapped into one day. */
export function hhmm(secondsOfDay: number, withSeconds = false): string {
  const s = Math.floor(((secondsOfDay % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY);
  const base = `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}`;
  return withSeconds ? `${base}:${two(s % 60)}` : base;
}

/**
 * A simulated time as the axis or table shows it: with a clock the time of day ("08:30"),
 * without one the elapsed time from the start ("02:30", hours may pass 24).
 */
export function clockLabel(t: number, clock: ScenarioClock | null | undefined, withSeconds = false): string {
  if (clock) return hhmm(clock.startSecondsOfDay + t, withSeconds);
  const s = Math.max(0, Math.floor(t));
  const base = `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}`;
  return withSeconds ? `${base}:${two(s % 60)}` : base;
}

/**
 * A simulated time as a full clock reading for files: "2025-08-15 08:30:00" when the start
 * has a date; otherwise "08:30:00", with "+1d" after midnight so a day's later hours sort
 * and read unambiguously.
 */
export function clockStamp(t: number, clock: ScenarioClock): string {
  const abs = clock.startSecondsOfDay + Math.floor(t);
  const day = Math.floor(abs / SECONDS_PER_DAY);
  const time = hhmm(abs, true);
  if (clock.date !== undefined) {
    const parsed = parseClockTime(`${clock.date} 00:00`);
    const base = typeof parsed === 'string' || parsed.day === null ? 0 : parsed.day;
    return `${civilFromDays(base + day)} ${time}`;
  }
  return day > 0 ? `${time} +${day}d` : time;
}
