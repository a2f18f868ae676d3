/** The shared CSV builders (sim/export): quoting, BOM, numbers, and a round trip through the parser. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, parseCsv, toCsv } from '../../sim/export/index.js';

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and edge spaces; leaves plain text alone', () => {
    expect(csvCell('border')).toBe('border');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('边检 desks')).toBe('边检 desks');
    expect(csvCell(null)).toBe('');
  });

  it('writes numbers without float noise and NaN as empty', () => {
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(-0.0000001)).toBe('0');
    expect(csvNumber(NaN)).toBe('');
    expect(csvNumber(1234567.891)).toBe('1234567.891');
  });

  it('starts with a BOM only when asked and ends rows with CRLF', () => {
    expect(toCsv(['a'], [[1]], { bom: true })).toBe('\uFEFFa\r\n1\r\n');
    expect(toCsv(['a'], [[1]])).toBe('a\r\n1\r\n');
  });

  it('round-trips any table of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const text = toCsv(['x', 'y'], rows, { bom: true });
        expect(parseCsv(text)).toEqual([['x', 'y'], ...rows]);
      }),
    );
  });
});
