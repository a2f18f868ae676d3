/** The editor's time fields: what typed text becomes in the document, and what the field shows. */
import { describe, expect, it } from 'vitest';
import { parseTimeInput, setTime, showTime, timeAfter, timeSeconds } from '../../../renderer/state/time-edits.js';

describe('time fields', () => {
  it('reads a clock time as a clock string and a duration as seconds', () => {
    expect(parseTimeInput(' 08:30 ')).toEqual({ clock: '08:30' });
    expect(parseTimeInput('1h30')).toEqual({ seconds: 5400 });
    expect(parseTimeInput('90')).toEqual({ seconds: 90 });
    expect(parseTimeInput('soon')).toEqual({ seconds: Number.NaN });
  });

  it('writes exactly one of the two keys', () => {
    const row: Record<string, unknown> = { id: 'CZ1', atSeconds: 600 };
    setTime(row, 'at', 'atSeconds', { clock: '08:30' });
    expect(row).toEqual({ id: 'CZ1', at: '08:30' });
    setTime(row, 'at', 'atSeconds', { seconds: 900 });
    expect(row).toEqual({ id: 'CZ1', atSeconds: 900 });
  });

  it('shows seconds as a time of day when the scenario has a clock', () => {
    expect(showTime(undefined, 9000, '06:00')).toBe('08:30');
    expect(showTime(undefined, 9015, '06:00')).toBe('08:30:15');
    expect(showTime(undefined, 9000, undefined)).toBe('9000');
    expect(showTime('08:30', undefined, '06:00')).toBe('08:30');
  });

  it('puts a new row after the last one, in the document\'s way of writing times', () => {
    expect(timeSeconds('08:30', undefined, '06:00')).toBe(9000);
    expect(timeAfter('08:30', undefined, '06:00', 1800)).toEqual({ clock: '09:00' });
    expect(timeAfter(undefined, 600, undefined, 1800)).toEqual({ seconds: 2400 });
  });
});
