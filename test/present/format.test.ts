/**
 * One set of rules for every number a person reads — the command line, the workbench and the
 * report all print through present/format.ts, so the same figure reads the same everywhere.
 */
import { describe, expect, it } from 'vitest';
import { fmtClock, fmtDuration, fmtFixed, fmtInt, fmtInterval, fmtMinSec, fmtPercent, fmtPercentNumber, fmtReplayClock, fmtSeconds, fmtSecondsAndDuration, fmtSigned, fmtSignedInterval, fmtWall, NO_VALUE } from '../../present/format.js';

describe('number formats', () => {
  it('writes seconds with one decimal, then the duration for people once it matters', () => {
    expect(fmtSeconds(372.46)).toBe('372.5');
    expect(fmtSeconds(0.82)).toBe('0.8');
    expect(fmtSecondsAndDuration(45)).toBe('45.0 s');
    expect(fmtSecondsAndDuration(372.46)).toBe('372.5 s (6.2 min)');
    expect(fmtSecondsAndDuration(9000)).toBe('9000.0 s (2.50 h)');
    expect(fmtDuration(1800)).toBe('30.0 min');
    // The workbench writes the units in the UI's language: "16.5 分钟", not "16.5 min".
    expect(fmtDuration(990, { s: '秒', min: '分钟', h: '小时' })).toBe('16.5 分钟');
    expect(fmtDuration(9000, { s: '秒', min: '分钟', h: '小时' })).toBe('2.50 小时');
  });

  it('writes shares, counts, intervals and clock times alike for every front end', () => {
    expect(fmtPercent(0.97832)).toBe('97.8 %');
    expect(fmtPercentNumber(0.97832)).toBe('97.8');
    expect(fmtInt(12345.6)).toBe('12,346');
    expect(fmtFixed(3.14159, 1)).toBe('3.1');
    expect(fmtInterval([120.34, 131.91])).toBe('[120.3, 131.9]');
    expect(fmtInterval([0.5, 0.75], fmtPercent)).toBe('[50.0 %, 75.0 %]');
    expect(fmtClock(3900)).toBe('01:05');
    expect(fmtWall(850.4)).toBe('850 ms');
    expect(fmtWall(3240)).toBe('3.2 s');
  });

  it('signs differences with a true minus, and none when they round to zero', () => {
    expect(fmtSigned(12.34)).toBe('+12.3');
    expect(fmtSigned(-4)).toBe('−4.0');
    expect(fmtSigned(-0.04)).toBe('0.0');
    expect(fmtSignedInterval([-4, 12.34])).toBe('[−4.0, +12.3]');
  });

  it('groups whole numbers exactly as en-US Intl does, without asking Intl', () => {
    const values = [0, -0, -0.4, 0.5, -0.5, 1, 9, 10, 99, 999, 999.5, 1000, -1000, 12345.6, -12345.6, 999_999, 1_000_000, 123_456_789, -987_654_321.2, 2 ** 31, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53 + 2, 1e21, -3.7e22];
    for (let k = 0; k < 200; k++) values.push((k % 2 ? -1 : 1) * 1.37 ** k);
    for (const v of values) expect(fmtInt(v), String(v)).toBe(Math.round(v).toLocaleString('en-US'));
  });

  it('writes one mark where there is no number', () => {
    for (const f of [fmtSeconds, fmtDuration, fmtSecondsAndDuration, fmtPercent, fmtPercentNumber, fmtInt, fmtFixed, fmtSigned, fmtWall]) {
      expect(f(Number.NaN)).toBe(NO_VALUE);
      expect(f(Number.POSITIVE_INFINITY)).toBe(NO_VALUE);
    }
  });
});

describe('replay times', () => {
  it('shows elapsed simulated time as h:mm:ss past 24 h, and the time of day with a clock', () => {
    expect(fmtReplayClock(3909)).toBe('1:05:09');
    expect(fmtReplayClock(90_000)).toBe('25:00:00');
    expect(fmtReplayClock(-5)).toBe('0:00:00');
    expect(fmtReplayClock(9000, { startTime: '06:00', startSecondsOfDay: 6 * 3600 })).toBe('08:30:00');
  });
  it('shows a passenger time as m:ss below an hour and h:mm:ss above, — when unknown', () => {
    expect(fmtMinSec(247)).toBe('4:07');
    expect(fmtMinSec(3847)).toBe('1:04:07');
    expect(fmtMinSec(Number.NaN)).toBe(NO_VALUE);
  });
});
