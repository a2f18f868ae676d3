/**
 * Charts a person can read: the Okabe–Ito palette on every chart, legends whole (plain,
 * never paginated, room for every row), time ticks on round clock values (5, 10, 15, 30,
 * 60 min…, on the port's clock when the scenario has a start time).
 */
import { describe, expect, it } from 'vitest';
import { run, type RunResult } from '../../../sim/index.js';
import { clockAxis, OKABE_ITO, SERIES_COLORS, tint, VERMILLION_TEXT, timeTickIndices, timeTickStep, wholeLegend } from '../../../present/charts/chart-theme.js';
import { clearanceCdfOption, queueOverTimeOption, stationWaitsOption, throughputOption, utilizationOverTimeOption, UTILIZATION_BANDS } from '../../../present/charts/result-charts.js';
import { decompositionCompareOption, decompositionOption, PART_COLORS } from '../../../present/charts/decomposition-chart.js';
import { stationMapOption } from '../../../present/charts/station-map-chart.js';
import { GOOD_TO_BAD, sweepHeatmapOption, sweepLineOption } from '../../../present/charts/sweep-charts.js';
import { LOS_BANDS, LOS_COLOUR, LOS_TINT } from '../../../present/words/los-words.js';
import { losHeatmapOption } from '../../../present/charts/los-charts.js';
import { sweep } from '../../../sim/index.js';
import { loadFixture } from '../../renderer/fixtures.js';
import { bundled } from '../../sim/scenario/bundled.js';

const classic = run(loadFixture('entry-classic'), { seed: 3, replications: 2 });
const axes = { x: 'x', y: 'y' };

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('palette', () => {
  it('every series colour is Okabe–Ito, eight of them, and the parts of a clearance too', () => {
    expect(SERIES_COLORS).toEqual([...OKABE_ITO]);
    expect(new Set(SERIES_COLORS).size).toBe(8);
    expect(SERIES_COLORS).toContain('#0072b2');
    expect(SERIES_COLORS).toContain('#e69f00');
    for (const c of Object.values(PART_COLORS).filter((c) => c !== PART_COLORS.walking)) expect(OKABE_ITO).toContain(c);
    for (const o of [queueOverTimeOption(classic, axes, (id) => id), throughputOption(classic, { ...axes, out: 'o', in: 'i' }), clearanceCdfOption([{ name: 'a', result: classic }], axes)]) expect(o.color).toEqual(SERIES_COLORS);
  });

  it('the sweep heat map runs blue to vermillion (not green to red); the utilisation bands darken with load and end in vermillion', () => {
    expect(GOOD_TO_BAD).toEqual(['#0072b2', '#f4f1e6', '#d55e00']);
    const blues = UTILIZATION_BANDS.slice(0, -1).map((b) => luminance(b.color));
    blues.slice(1).forEach((l, i) => expect(l).toBeLessThan(blues[i]));
    expect(UTILIZATION_BANDS[UTILIZATION_BANDS.length - 1].color).toBe(OKABE_ITO[3]);
  });

  it('the level-of-service bands are four palette colours, their table tints hold dark text at ≥ 4.5:1, the heat map uses them', () => {
    const colours = LOS_BANDS.map((b) => LOS_COLOUR[b]);
    for (const c of colours) expect(OKABE_ITO).toContain(c);
    expect(new Set(colours).size).toBe(4);
    for (const b of LOS_BANDS) expect(contrast(LOS_TINT[b], '#0f172a'), b).toBeGreaterThanOrEqual(4.5);
    const o = losHeatmapOption(classic, { x: 'x', series: 's' }, 'en', (id) => id);
    expect(o.visualMap.pieces.map((p) => p.color)).toEqual(colours);
    expect(tint('#d55e00', 0.25)).toBe('#f5d7bf');
  });

  it('the sweep marks overload in the palette’s vermillion, its words readable (≥ 4.5:1 on white and on the grey cells)', () => {
    const classicLane = bundled('harbin-t1-entry-classic.json');
    const words = { x: 'servers', x2: 'scale', y: 'y', metric: 'm', band: 'b', overload: 'overload', base: 'base' };
    const line = sweep(classicLane, { params: [{ path: 'stations[id=border].servers', values: [2, 8] }], metric: { name: 'mean' } }, { seed: 1, replications: 1 });
    const marks = (sweepLineOption(line, words).series[2].markLine!.data as Array<{ xAxis: number; lineStyle: { color: string }; label: { color: string } }>);
    const overload = marks.find((m) => m.xAxis === 2)!;
    expect(overload.lineStyle.color).toBe(OKABE_ITO[3]);
    expect(overload.label.color).toBe(VERMILLION_TEXT);
    expect(contrast(VERMILLION_TEXT, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const grid = sweep(classicLane, { params: [{ path: 'stations[id=border].servers', values: [2, 8] }, { path: 'arrivals.scale', values: [1] }], metric: { name: 'mean' } }, { seed: 1, replications: 1 });
    const bad = sweepHeatmapOption(grid, words).series[1];
    expect(bad.data.length).toBeGreaterThan(0);
    expect(contrast(bad.label.color, bad.itemStyle.color ?? '')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('legends', () => {
  it('are plain, never a paginated scroll legend, on every chart with one', () => {
    const smart = run(loadFixture('entry-smart'), { seed: 3, replications: 2 });
    const options: Array<{ legend?: { type?: string } }> = [
      queueOverTimeOption(classic, axes, (id) => id),
      throughputOption(classic, { ...axes, out: 'o', in: 'i' }),
      clearanceCdfOption([{ name: 'a', result: classic }, { name: 'b', result: smart }], axes),
      stationWaitsOption([{ name: 'a', result: classic }, { name: 'b', result: smart }], axes, (id) => id),
      decompositionOption(classic.decomposition!, { part: (p) => p, all: 'all', slowest: 'slowest', passengerClass: (id) => id, x: 'x' }),
      stationMapOption([], () => '', { a: 'a', b: 'b', wait: 'w', service: 's', y: 'y' }),
      decompositionCompareOption([{ name: 'a', decomposition: classic.decomposition! }], { part: (p) => p, x: 'x' }),
    ];
    for (const o of options) expect(o.legend?.type).toBe('plain');
  });

  it('leave room for every row: eight long Chinese names take more than two rows, and the plot starts below them', () => {
    const names = Array.from({ length: 8 }, (_, i) => `海关与安检合并查验点 ${i + 1}`);
    const two = wholeLegend(['a', 'b']);
    const eight = wholeLegend(names);
    expect(eight.top - two.top).toBeGreaterThanOrEqual(2 * 22);
    expect(two.legend).toEqual({ type: 'plain', top: 0, left: 'center', itemGap: 10 });
  });
});

describe('time axis', () => {
  it('steps are round (5, 10, 15, 20, 30, 60 min …), whole numbers of intervals, at most eight steps', () => {
    expect(timeTickStep(3 * 3600, 60)).toBe(30 * 60);
    expect(timeTickStep(3600, 60)).toBe(10 * 60);
    expect(timeTickStep(24 * 3600, 300)).toBe(3 * 3600);
    expect(timeTickStep(40 * 60, 60)).toBe(5 * 60);
    // An interval longer than a small step: the step is a multiple of it.
    expect(timeTickStep(3 * 3600, 900)).toBe(30 * 60);
    for (const [span, interval] of [
      [10800, 60],
      [7200, 120],
      [86400, 300],
      [5400, 60],
      [14400, 900],
    ]) {
      const step = timeTickStep(span, interval);
      expect([5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440].map((m) => m * 60), `${span}/${interval}`).toContain(step);
      expect(step % interval, `${span}/${interval}`).toBe(0);
      expect(span / step).toBeLessThanOrEqual(8);
    }
  });

  it('ticks a lane with a start time on round clock times, never at 7-minute steps', () => {
    const r = run({ ...bundled('harbin-t1-entry-smart.json'), startTime: '17:00' }, { seed: 1, replications: 1 });
    expect(r.clock?.startSecondsOfDay).toBe(17 * 3600);
    const { t, intervalSeconds } = r.timeseries;
    const ticks = timeTickIndices(t, intervalSeconds, r.clock);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThanOrEqual(9);
    const axis = clockAxis(t, intervalSeconds, 'time', r.clock);
    const labels = ticks.map((i) => axis.data[i]);
    const minutes = labels.map((l) => Number(l.slice(0, 2)) * 60 + Number(l.slice(3, 5)));
    const step = minutes[1] - minutes[0];
    expect([5, 10, 15, 20, 30, 60, 120, 180, 240, 360]).toContain(step);
    for (const m of minutes) expect(m % step).toBe(0);
    expect(labels[0]).toBe('17:00');
    // ECharts' label and tick intervals follow the same indices.
    expect(t.map((_, i) => axis.axisLabel.interval(i)).filter(Boolean)).toHaveLength(ticks.length);
    expect(t.map((_, i) => axis.axisTick.interval(i)).filter(Boolean)).toHaveLength(ticks.length);
  });

  it('a clock starting off the grid (08:07) still ticks at a round step from the first interval; no clock: elapsed time', () => {
    const t = Array.from({ length: 37 }, (_, i) => i * 300);
    const off = timeTickIndices(t, 300, { startTime: '08:07', startSecondsOfDay: 8 * 3600 + 7 * 60 });
    expect(off[0]).toBe(0);
    expect(off[1] - off[0]).toBe(6); // 30 min of 5-min intervals
    expect(timeTickIndices(t, 300, undefined)).toEqual([0, 6, 12, 18, 24, 30, 36]);
  });

  it('every chart over the day uses it', () => {
    const r: RunResult = classic;
    const q = queueOverTimeOption(r, axes, (id) => id);
    const u = utilizationOverTimeOption(r, { ...axes, full: 'full' }, (id) => id);
    const tp = throughputOption(r, { ...axes, out: 'o', in: 'i' });
    for (const o of [q, u, tp]) expect(typeof o.xAxis.axisLabel.interval).toBe('function');
  });
});
