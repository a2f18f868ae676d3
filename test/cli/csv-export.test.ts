/** The shared CSV builders (sim/export): quoting, BOM, numbers, and a round trip through the parser. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, parseCsv, stationsCsv, summaryCsv, timeseriesCsv, toCsv } from '../../sim/export/index.js';
import { escapeControls, neutraliseFormula, run } from '../../sim/index.js';
import { loadFixture } from '../renderer/fixtures.js';

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

  it('round-trips any table of strings, formula-looking cells neutralised and controls escaped', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const text = toCsv(['x', 'y'], rows, { bom: true });
        expect(parseCsv(text)).toEqual([['x', 'y'], ...rows.map((r) => r.map((c) => escapeControls(neutraliseFormula(c))))]);
      }),
    );
  });
});

describe('utilisation in the CSV files', () => {
  const result = run(loadFixture('entry-classic'), { seed: 4, replications: 2 });
  const queues = result.stations.filter((s) => s.mode === 'queue');

  it('timeseries.csv: one utilization.<id> column per queue station (share 0..1), round-tripping the series', () => {
    const [header, ...rows] = parseCsv(timeseriesCsv(result, { bom: true }));
    const cols = header.filter((h) => h.startsWith('utilization.'));
    expect(cols).toEqual(queues.map((s) => `utilization.${s.id}`));
    // Delay stations have no servers to be busy: no column.
    for (const s of result.stations.filter((x) => x.mode !== 'queue')) expect(header).not.toContain(`utilization.${s.id}`);
    expect(rows).toHaveLength(result.timeseries.t.length);
    for (const s of queues) {
      const col = header.indexOf(`utilization.${s.id}`);
      const values = rows.map((r) => Number(r[col]));
      values.forEach((v, i) => expect(v).toBeCloseTo(result.timeseries.utilization[s.id][i], 6));
      expect(Math.max(...values)).toBeCloseTo(s.peakUtilization, 6);
      expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
    }
  });

  it('stations.csv and the long summary carry the peak utilisation', () => {
    const [header, ...rows] = parseCsv(stationsCsv(result));
    const col = header.indexOf('peakUtilization');
    expect(col).toBe(header.indexOf('utilization') + 1);
    rows.forEach((r, i) => expect(Number(r[col])).toBeCloseTo(result.stations[i].peakUtilization, 6));
    const summary = parseCsv(summaryCsv(result)).filter((r) => r[0] === 'station' && r[2] === 'peakUtilization');
    expect(summary.map((r) => [r[1], r[3], Number(r[4])])).toEqual(result.stations.map((s) => [s.id, 'share', Number(csvNumber(s.peakUtilization))]));
  });
});
