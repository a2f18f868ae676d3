/**
 * Charts as SVG files: each parses as strict XML, carries its title, the scenario name,
 * axis names with units and a legend, and holds the data series — in its metadata, and in
 * the drawing itself (bar heights proportional to the values, line points on a linear
 * scale of the values).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartData, chartSvg, compareCharts, exportOption, legendRows, reportStrings, runCharts, withAxisNames, type ChartData, type ChartOption } from '../../../present/report/index.js';
import type { RunResult } from '../../../sim/index.js';
import { barHeight, launchChromium, parseSvg, pathPoints } from './browser.js';
import { runScenario } from './fixtures.js';

/** A drawn bar: a filled closed path of the chart (legend icons and the target line carry the series index too). */
function isBar(m: { d: string; type: string; fill: string }): boolean {
  return m.type === 'chart' && m.fill !== 'none' && /Z$/.test(m.d);
}

function expectLinear(xs: number[], px: number[], tol: number): void {
  // px = a + b·x for every point: fit on the extremes, check all.
  const i0 = xs.indexOf(Math.min(...xs));
  const i1 = xs.indexOf(Math.max(...xs));
  const b = (px[i1] - px[i0]) / (xs[i1] - xs[i0]);
  expect(Number.isFinite(b) && b !== 0).toBe(true);
  for (let i = 0; i < xs.length; i++) expect(Math.abs(px[i] - (px[i0] + b * (xs[i] - xs[i0])))).toBeLessThan(tol);
}

describe('charts as SVG', () => {
  let browser: Browser;
  let classic: { result: RunResult; name: string };
  let smart: { result: RunResult; name: string };
  beforeAll(async () => {
    browser = await launchChromium();
    const a = runScenario('harbin-t1-entry-classic');
    const b = runScenario('harbin-t1-entry-smart');
    classic = { result: a.result, name: a.scenario.name };
    smart = { result: b.result, name: b.scenario.name };
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every run chart parses and names its title, scenario, axes with units and legend (en and zh-CN)', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const s = reportStrings(lang);
      for (const c of runCharts(classic, s)) {
        const svg = chartSvg(c.option, { title: c.title, scenario: classic.name });
        expect(svg.startsWith('<?xml')).toBe(true);
        const p = await parseSvg(browser, svg);
        expect(p.error, c.id).toBeNull();
        expect(p.root).toBe('svg');
        expect(p.title).toContain(c.title);
        expect(p.texts).toContain(c.title);
        expect(p.texts).toContain(classic.name);
        const data = JSON.parse(p.metadata) as ChartData;
        expect(data.xAxis.name, `${lang} ${c.id} x`).toMatch(/\(|（/);
        expect(data.yAxis.name, `${lang} ${c.id} y`).toMatch(/\(|（/);
        expect(p.texts).toContain(data.xAxis.name);
        expect(p.texts).toContain(data.yAxis.name);
        for (const series of data.series) expect(p.texts, `legend ${series.name}`).toContain(series.name);
      }
    }
  });

  it('the histogram holds the distribution: metadata values and bar heights ∝ passengers per bin', async () => {
    const r = classic.result;
    const [hist] = runCharts(classic, reportStrings('en'));
    const p = await parseSvg(browser, chartSvg(hist.option, { title: hist.title, scenario: classic.name }));
    const data = JSON.parse(p.metadata) as ChartData;
    const values = (data.series[0].data as Array<[number, number]>).map((d) => d[1]);
    const expected = r.distribution.counts.slice(0, values.length).map((c) => c / r.replications);
    expect(values).toEqual(expected);
    expect(r.distribution.counts.slice(values.length).every((c) => c === 0)).toBe(true);
    const bars = p.marks.filter((m) => m.series === 0 && isBar(m)).sort((a, b) => a.index - b.index);
    expect(bars.map((b) => b.index)).toEqual(values.map((_, i) => i));
    const heights = bars.map((b) => barHeight(b.d));
    const k = Math.max(...heights) / Math.max(...values);
    for (let i = 0; i < values.length; i++) expect(Math.abs(heights[i] - k * values[i]), `bin ${i}`).toBeLessThan(0.6);
  });

  it('the cumulative curve is drawn through the 101 percentiles on linear axes', async () => {
    const r = classic.result;
    const cdf = runCharts(classic, reportStrings('en'))[1];
    const p = await parseSvg(browser, chartSvg(cdf.option, { title: cdf.title, scenario: classic.name }));
    const data = JSON.parse(p.metadata) as ChartData;
    expect(data.series[0].data).toEqual(r.distribution.percentiles.map((s, i) => [s / 60, i]));
    const curve = p.lines.map((l) => pathPoints(l.d)).find((pts) => pts.length === 101);
    expect(curve, 'a 101-point line').toBeDefined();
    const pts = curve as Array<[number, number]>;
    // Distinct x values only (ties draw the same pixel).
    const xs = r.distribution.percentiles.map((s) => s / 60);
    expectLinear(xs, pts.map((q) => q[0]), 0.3);
    expectLinear(xs.map((_, i) => i), pts.map((q) => q[1]), 0.3);
  });

  it('the throughput chart holds both series, exactly the result time series (rounded as on screen)', async () => {
    const r = classic.result;
    const tput = runCharts(classic, reportStrings('zh-CN')).find((c) => c.id === 'throughput')!;
    const p = await parseSvg(browser, chartSvg(tput.option, { title: tput.title, scenario: classic.name }));
    const data = JSON.parse(p.metadata) as ChartData;
    expect(data.series.map((s) => s.name)).toEqual(['离开', '到达']);
    expect(data.series[0].data).toEqual(r.timeseries.throughputPerHour.map(Math.round));
    expect(data.series[1].data).toEqual(r.timeseries.arrivalsPerHour.map(Math.round));
    expect(data.xAxis.categories).toHaveLength(r.timeseries.t.length);
    expect(p.marks.filter((m) => m.series === 0 && isBar(m))).toHaveLength(r.timeseries.t.length);
  });

  it('the utilisation chart: a station × time heat map of the queue stations, each cell exactly the result series in %, the full band named', async () => {
    const r = classic.result;
    const s = reportStrings('en');
    const util = runCharts(classic, s).find((c) => c.id === 'utilization')!;
    expect(util.title).toBe('Utilisation over time');
    const p = await parseSvg(browser, chartSvg(util.option, { title: util.title, scenario: classic.name }));
    expect(p.error).toBeNull();
    const data = JSON.parse(p.metadata) as ChartData;
    const queues = r.stations.filter((x) => x.mode === 'queue');
    expect(data.series).toHaveLength(1);
    expect(data.series[0].type).toBe('heatmap');
    const cells = data.series[0].data as Array<[number, number, number]>;
    queues.forEach((q, row) =>
      expect(cells.filter((c) => c[1] === row).map((c) => c[2])).toEqual(r.timeseries.utilization[q.id].map((v) => Math.round(v * 1000) / 10)),
    );
    expect(data.xAxis.categories).toHaveLength(r.timeseries.t.length);
    expect(data.yAxis.name).toBe('Utilisation (%)');
    // Every queue station is named on its row; the last band says "full".
    for (const q of queues) expect(p.texts).toContain(q.label || q.id);
    expect(p.texts.some((t) => t.includes('100 % busy'))).toBe(true);
  });

  it('comparison charts: one curve per run, waits per station with a named station axis', async () => {
    const all = compareCharts([classic, smart], reportStrings('en'));
    expect(all.map((c) => c.id)).toEqual(['compare-cdf', 'compare-waits', 'compare-decomposition', 'compare-stations']);
    const [cdf, waits] = all;
    const p1 = await parseSvg(browser, chartSvg(cdf.option, { title: cdf.title, scenario: 'A vs B' }));
    expect(p1.error).toBeNull();
    expect(p1.lines.map((l) => pathPoints(l.d).length).filter((n) => n === 101)).toHaveLength(2);
    const p2 = await parseSvg(browser, chartSvg(waits.option, { title: waits.title, scenario: 'A vs B' }));
    const data = JSON.parse(p2.metadata) as ChartData;
    expect(data.xAxis.name).toBe('Station');
    expect(p2.texts).toContain('Station');
    expect(data.series.map((s) => s.name)).toEqual([classic.name, smart.name]);
    const ids = data.xAxis.categories as string[];
    const border = classic.result.stations.find((s) => s.mode === 'queue') as RunResult['stations'][number];
    expect(ids).toContain(border.label || border.id);
    expect((data.series[0].data as number[])[ids.indexOf(border.label || border.id)]).toBe(Math.round(border.meanWait * 10) / 10);
  });

  it('escapes user text and never leaves the builder option changed', async () => {
    const [hist] = runCharts(classic, reportStrings('en'));
    const before = JSON.stringify(hist.option);
    const p = await parseSvg(browser, chartSvg(hist.option, { title: 'a < b & "c"', scenario: "<script>alert('x')</script>\u0001" }));
    expect(p.error).toBeNull();
    expect(p.texts).toContain('a < b & "c"');
    expect(JSON.stringify(hist.option)).toBe(before);
    expect(withAxisNames({ xAxis: { type: 'category', name: 'kept' } }, { x: 'new' })).toMatchObject({ xAxis: { name: 'kept' } });
  });

  it('sizes the legend: long station names wrap onto more rows', () => {
    expect(legendRows(['a', 'b'], 760)).toBe(1);
    expect(legendRows(Array.from({ length: 8 }, () => 'Joint customs + security check'), 760)).toBeGreaterThan(2);
    expect(legendRows(Array.from({ length: 8 }, () => '海关与安检合并查验点'), 300)).toBeGreaterThan(3);
  });

  it('metadata lists a stacked band as [x, lower, upper] under its own name and leaves helper series out', () => {
    const option = {
      legend: { top: 0, data: ['p95', '95 % CI'] },
      xAxis: { type: 'value', name: 'desks' },
      yAxis: { type: 'value', name: 'p95 (s)' },
      series: [
        { name: '__lower', type: 'line', stack: 'ci', data: [[6, 100], [8, 40.25], [10, null]] },
        { name: '95 % CI', type: 'line', stack: 'ci', data: [[6, 20], [8, 10.5], [10, null]] },
        { name: 'p95', type: 'line', data: [[6, 110], [8, 45], [10, null]] },
      ],
    };
    const data = chartData(option, { title: 't', scenario: 's' });
    expect(data.series).toEqual([
      { name: '95 % CI', type: 'band', data: [[6, 100, 120], [8, 40.25, 50.75], [10, null, null]] },
      { name: 'p95', type: 'line', data: [[6, 110], [8, 45], [10, null]] },
    ]);
    const svg = chartSvg(option, { title: 't', scenario: 's' });
    expect(svg).not.toContain('__lower');
    expect(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1]).toBe('t. s. 95 % CI, p95');
  });

  it('reserves a legend row only for a legend with entries', () => {
    const base = { grid: { top: 16 }, xAxis: { type: 'category', data: ['a'] }, yAxis: { type: 'value' }, series: [{ name: 'cells', type: 'bar', data: [1] }] };
    const top = (o: ChartOption) => ((exportOption(o, { title: 't', scenario: 's' }) as { grid: { top: number } }).grid.top);
    const empty = exportOption({ ...base, legend: { data: [] } }, { title: 't', scenario: 's' }) as { legend: { show: boolean } };
    expect(empty.legend.show).toBe(false);
    expect(top({ ...base, legend: { data: ['overload'] } }) - top({ ...base, legend: { data: [] } })).toBe(26);
    // No legend given: every named series gets an entry, so the row stays.
    expect(top(base)).toBe(top({ ...base, legend: { data: ['cells'] } }));
  });
});
