/**
 * Times in the document as the editor reads and writes them: a time of day may be a clock
 * string (`at: "08:30"`, with the scenario's startTime) or seconds (`atSeconds`), exactly one
 * of the two. What a planner types decides which: "08:30" is a clock time, "90", "12min" or
 * "1h30" a number of seconds from the start (or a duration).
 */
import {
  clockLabel,
  looksLikeClock,
  parseClockTime,
  parseDuration,
  scenarioClock,
  secondsFromStart,
} from '../../sim/index.js';

/** What a time field holds: a clock string, or seconds (NaN when the text is not a time). */
export type TimeValue = { clock: string } | { seconds: number };

/** Reads what was typed: a clock string as such, a duration or plain number as seconds. */
export function parseTimeInput(text: string): TimeValue {
  if (looksLikeClock(text)) return { clock: text.trim() };
  const d = parseDuration(text);
  return { seconds: typeof d === 'number' ? d : Number.NaN };
}

/** The text a time field shows: the clock string, or seconds (as a time of day when the scenario has a clock). */
export function showTime(
  clock: string | undefined,
  seconds: number | undefined,
  startTime: string | undefined,
): string {
  if (typeof clock === 'string') return clock;
  if (seconds === undefined || Number.isNaN(seconds)) return '';
  const c = scenarioClock({ startTime });
  return c ? clockLabel(seconds, c, seconds % 60 !== 0) : String(seconds);
}

/** Writes a time into an object (a draft): the clock key or the seconds key, and removes the other. */
export function setTime(
  target: Record<string, unknown>,
  clockKey: string,
  secondsKey: string,
  v: TimeValue,
): void {
  if ('clock' in v) {
    target[clockKey] = v.clock;
    delete target[secondsKey];
  } else {
    target[secondsKey] = v.seconds;
    delete target[clockKey];
  }
}

/** Seconds from the start of a time given either way (NaN when a clock string cannot be read). */
export function timeSeconds(
  clock: string | undefined,
  seconds: number | undefined,
  startTime: string | undefined,
): number {
  if (typeof clock !== 'string') return seconds ?? Number.NaN;
  const start = startTime === undefined ? null : parseClockTime(startTime);
  const at = parseClockTime(clock);
  if (start === null || typeof start === 'string' || typeof at === 'string') return Number.NaN;
  const s = secondsFromStart(start, at);
  return typeof s === 'number' ? s : Number.NaN;
}

/** A new time `step` seconds after a given one, written as the document writes times (clock with a startTime). */
export function timeAfter(
  clock: string | undefined,
  seconds: number | undefined,
  startTime: string | undefined,
  step: number,
): TimeValue {
  const base = timeSeconds(clock, seconds, startTime);
  const next = (Number.isFinite(base) ? base : 0) + step;
  const c = scenarioClock({ startTime });
  return c ? { clock: clockLabel(next, c, next % 60 !== 0) } : { seconds: next };
}
