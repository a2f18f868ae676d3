/** Clock strings and typed durations: what is read, and the sentence for what is not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, parseClockTime, secondsFromStart } from '../../../sim/clock/clock-time.js';
import { parseDuration } from '../../../sim/clock/duration.js';
import { clockLabel, clockStamp, scenarioClock } from '../../../sim/clock/format-clock.js';

describe('clock times', () => {
  it('reads HH:MM, HH:MM:SS and date-times', () => {
    expect(parseClockTime('08:30')).toEqual({ secondsOfDay: 30600, day: null });
    expect(parseClockTime(' 8:30:15 ')).toEqual({ secondsOfDay: 30615, day: null });
    expect(parseClockTime('2025-08-15 06:00')).toEqual({ secondsOfDay: 21600, day: daysFromCivil(2025, 8, 15) });
    expect(parseClockTime('2025-08-15T06:00:30')).toEqual({ secondsOfDay: 21630, day: daysFromCivil(2025, 8, 15) });
  });

  it('refuses impossible times and dates with what was expected', () => {
    expect(parseClockTime('25:61')).toMatch(/00:00 to 23:59:59.*"25:61"/);
    expect(parseClockTime('8h30')).toMatch(/expected a clock time/);
    expect(parseClockTime('2025-02-30 06:00')).toMatch(/real calendar date/);
    expect(parseClockTime('2025-8-1 06:00')).toMatch(/date and time/);
  });

  it('counts a time earlier than the start as after midnight', () => {
    const start = parseClockTime('06:00') as { secondsOfDay: number; day: null };
    expect(secondsFromStart(start, parseClockTime('08:30') as never)).toBe(9000);
    expect(secondsFromStart(start, parseClockTime('01:30') as never)).toBe(70200);
    expect(secondsFromStart(start, parseClockTime('06:00') as never)).toBe(0);
    expect(secondsFromStart(start, parseClockTime('06:00') as never, true)).toBe(86400);
    const dated = parseClockTime('2025-08-15 22:00') as never;
    expect(secondsFromStart(dated, parseClockTime('2025-08-16 01:30') as never)).toBe(12600);
    expect(secondsFromStart(dated, parseClockTime('2025-08-15 21:00') as never)).toMatch(/after startTime/);
    expect(secondsFromStart(start, parseClockTime('2025-08-16 01:30') as never)).toMatch(/startTime with a date/);
  });

  it('civil dates round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        const [y, m, d] = civilFromDays(day).split('-').map(Number);
        return daysFromCivil(y, m, d) === day;
      }),
    );
  });

  it('writes times of day, wrapping after midnight, and stamps for files', () => {
    const clock = scenarioClock({ startTime: '06:00' })!;
    expect(clockLabel(9000, clock)).toBe('08:30');
    expect(clockLabel(70200, clock, true)).toBe('01:30:00');
    expect(clockLabel(9000, null)).toBe('02:30');
    expect(clockStamp(9000, clock)).toBe('08:30:00');
    expect(clockStamp(70200, clock)).toBe('01:30:00 +1d');
    const dated = scenarioClock({ startTime: '2025-08-15 22:00' })!;
    expect(dated.date).toBe('2025-08-15');
    expect(clockStamp(12600, dated)).toBe('2025-08-16 01:30:00');
    expect(scenarioClock({})).toBeNull();
  });
});

describe('durations people type', () => {
  it('reads seconds, minutes, hours and mixes', () => {
    const cases: Array<[string, number]> = [
      ['90', 90],
      ['90s', 90],
      ['90 s', 90],
      ['12min', 720],
      ['12 m', 720],
      ['1h30', 5400],
      ['1h30min', 5400],
      ['1 h 30 min 15 s', 5415],
      ['12min30', 750],
      ['1.5h', 5400],
      ['12分钟', 720],
      ['1小时30分', 5400],
      ['45秒', 45],
    ];
    for (const [text, seconds] of cases) expect(parseDuration(text), text).toBe(seconds);
  });

  it('refuses what is not a duration', () => {
    expect(parseDuration('')).toMatch(/expected a duration/);
    expect(parseDuration('12 parsecs')).toMatch(/unknown unit "parsecs"/);
    expect(parseDuration('30min 1h')).toMatch(/largest first/);
    expect(parseDuration('1h30 5')).toMatch(/expected a duration/);
    expect(parseDuration('08:30')).toMatch(/expected a duration/);
  });
});
