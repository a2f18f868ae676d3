/**
 * The sweep chart as exported: rendered to SVG by present/report/chart-svg.ts (the renderer of the
 * SVG button), it carries the title, the scenario, axis names with units and the legend in
 * the UI's language, and its metadata holds the plotted series; a heat map's colour scale
 * names the metric, and the file grows with the rows. Parameter names carry their unit.
 */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSvg, exportOption, type ChartData } from '../../../present/report/index.js';
import { displayNames, sweep } from '../../../sim/index.js';
import { registerSweepStrings, SWEEP_NS } from '../../../renderer/i18n/namespaces.js';
import { paramAxisLabel, paramUnit } from '../../../renderer/sweep/labels.js';
import { paramChoices } from '../../../renderer/sweep/param-choices.js';
import type { SweepChartLabels } from '../../../present/charts/sweep-charts.js';
import { sweepExportChart, SWEEP_EXPORT_HEIGHT } from '../../../renderer/sweep/sweep-export-chart.js';
import { chartValue } from '../../../present/sweep-format.js';
import { bundled } from './helpers.js';

const classic = bundled('harbin-t1-entry-classic');
const BORDER = 'stations[id=border].servers';

function metadata(svg: string): ChartData {
  const m = /<metadata class="lanesim-chart-data">([^<]*)<\/metadata>/.exec(svg);
  if (!m) throw new Error('no metadata');
  return JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&')) as ChartData;
}

/** The texts drawn in the SVG (ECharts writes each label as a <text> element). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

describe('sweep chart export', () => {
  const t: Record<'en' | 'zh-CN', TFunction> = {} as Record<'en' | 'zh-CN', TFunction>;
  beforeAll(async () => {
    const inst = i18next.createInstance();
    await inst.init({ lng: 'en', resources: {}, showSupportNotice: false });
    registerSweepStrings(inst);
    t.en = inst.getFixedT('en', SWEEP_NS);
    t['zh-CN'] = inst.getFixedT('zh-CN', SWEEP_NS);
  });

  const labelsFor = (lang: 'en' | 'zh-CN', paths: string[]): SweepChartLabels => {
    const names = displayNames(classic, lang);
    const tt = t[lang];
    return {
      x: paramAxisLabel(tt, classic, paths[0], names),
      x2: paths[1] ? paramAxisLabel(tt, classic, paths[1], names) : '',
      y: `${tt('metrics.withinTarget')} (${tt('units.share')})`,
      metric: tt('metrics.withinTarget'),
      band: tt('band'),
      overload: tt('overload'),
      base: tt('baseMark'),
    };
  };

  it('names parameters with their unit: service times in seconds, counts and factors without', () => {
    const service = paramChoices(classic).find((c) => c.kind === 'serviceMean');
    expect(service).toBeDefined();
    expect(paramUnit(classic, service!.path)).toBe('s');
    expect(paramUnit(classic, BORDER)).toBeNull();
    expect(paramUnit(classic, 'arrivals.scale')).toBeNull();
    expect(paramUnit(classic, 'arrivals[0].ratePerHour')).toBe('pax/h');
    expect(paramAxisLabel(t.en, classic, service!.path, displayNames(classic, 'en'))).toMatch(/ · mean service time \(s\)$/);
    expect(paramAxisLabel(t['zh-CN'], classic, service!.path, displayNames(classic, 'zh-CN'))).toMatch(/ · 平均服务时间 \(秒\)$/);
    expect(paramAxisLabel(t.en, classic, BORDER, displayNames(classic, 'en'))).toBe('Border desks · servers');
  });

  it('exports the line with title, scenario, axis names with units, legend and the plotted values, in both languages', () => {
    const result = sweep(classic, { params: [{ path: BORDER, values: [7, 8, 9] }], metric: { name: 'withinTarget' } }, { seed: 2, replications: 2 });
    for (const lang of ['en', 'zh-CN'] as const) {
      const labels = labelsFor(lang, [BORDER]);
      const title = t[lang]('chartTitle', { metric: labels.metric, param: labels.x });
      const scenario = displayNames(classic, lang).scenario;
      const e = sweepExportChart(result, labels, title);
      expect(e.chart.id).toBe('sweep');
      expect([e.width, e.height]).toEqual([800, SWEEP_EXPORT_HEIGHT]);
      const svg = chartSvg(e.chart.option, { title, scenario, width: e.width, height: e.height });
      const drawn = texts(svg);
      for (const text of [title, scenario, labels.x, labels.y, labels.metric, labels.band]) expect(drawn, `${lang}: ${text}`).toContain(text);
      expect(labels.y).toMatch(/ \(%\)$/);
      const data = metadata(svg);
      expect(data.xAxis.name).toBe(labels.x);
      expect(data.yAxis.name).toBe(labels.y);
      const line = data.series.find((s) => s.name === labels.metric);
      expect(line?.data).toEqual(result.rows.map((r) => [r.values[0], Math.round(chartValue(r.value!, 'share') * 1000) / 1000]));
      // The 95 % band as lower and upper values under its own name; no internal helper series.
      expect(data.series.map((s) => s.name)).toEqual([labels.band, labels.metric]);
      const band = data.series[0];
      expect(band.type).toBe('band');
      (band.data as Array<[number, number, number]>).forEach(([x, lo, hi], i) => {
        const r = result.rows[i];
        expect(x).toBe(r.values[0]);
        expect(lo).toBeCloseTo(chartValue(r.ci95![0], 'share'), 2);
        expect(hi).toBeCloseTo(chartValue(r.ci95![1], 'share'), 2);
      });
      expect(svg).not.toContain('__');
    }
  });

  it('exports a heat map whose colour scale names the metric, taller with more rows, overload in the legend', () => {
    const paths = [BORDER, 'arrivals.scale'];
    const small = sweep(classic, { params: [{ path: BORDER, values: [4, 8] }, { path: 'arrivals.scale', values: [1, 1.2] }], metric: { name: 'withinTarget' } }, { seed: 2, replications: 2 });
    expect(small.rows.some((r) => r.status === 'unstable')).toBe(true);
    const labels = labelsFor('en', paths);
    const e = sweepExportChart(small, labels, 'heat');
    expect(e.chart.id).toBe('sweep-heatmap');
    expect(e.height).toBe(SWEEP_EXPORT_HEIGHT);
    const svg = chartSvg(e.chart.option, { title: 'heat', scenario: 'Harbin', width: e.width, height: e.height });
    const drawn = texts(svg);
    for (const text of [labels.x, labels.x2!, labels.y, labels.overload]) expect(drawn, text).toContain(text);
    const ok = small.rows.filter((r) => r.status === 'ok');
    const cells = metadata(svg).series.find((s) => s.name === labels.metric)!.data as Array<[number, number, number]>;
    expect(cells.map((c) => c[2]).sort()).toEqual(ok.map((r) => Math.round(chartValue(r.value!, 'share') * 1000) / 1000).sort());
    // Fifteen rows do not fit 420 px.
    const tall = { ...small, params: [{ ...small.params[0], values: Array.from({ length: 15 }, (_, i) => i + 1) }, small.params[1]], rows: [] };
    expect(sweepExportChart(tall, labels, 'heat').height).toBeGreaterThan(SWEEP_EXPORT_HEIGHT);
  });

  it('a heat map with no overloaded cell has no empty legend row: the plot and its colour scale move up', () => {
    const paths = [BORDER, 'arrivals.scale'];
    const result = sweep(classic, { params: [{ path: BORDER, values: [8, 10] }, { path: 'arrivals.scale', values: [0.8, 1] }], metric: { name: 'withinTarget' } }, { seed: 2, replications: 2 });
    expect(result.rows.every((r) => r.status === 'ok')).toBe(true);
    const labels = labelsFor('en', paths);
    const e = sweepExportChart(result, labels, 'heat');
    const decorated = exportOption(e.chart.option, { title: 'heat', scenario: 'Harbin', width: e.width, height: e.height }) as { legend: { show: boolean }; grid: { top: number }; visualMap: Array<{ top: number }> };
    expect(decorated.legend.show).toBe(false);
    // Title and subtitle (46) and the axis name's room (28), no legend row.
    expect(decorated.grid.top).toBe(74);
    expect(decorated.visualMap[0].top).toBe(decorated.grid.top);
    expect(texts(chartSvg(e.chart.option, { title: 'heat', scenario: 'Harbin', width: e.width, height: e.height }))).not.toContain(labels.overload);
    // With an overloaded cell the row is there, and the scale still starts level with the plot.
    const bad = sweep(classic, { params: [{ path: BORDER, values: [4, 8] }, { path: 'arrivals.scale', values: [1, 1.2] }], metric: { name: 'withinTarget' } }, { seed: 2, replications: 2 });
    const e2 = sweepExportChart(bad, labels, 'heat');
    const d2 = exportOption(e2.chart.option, { title: 'heat', scenario: 'Harbin', width: e2.width, height: e2.height }) as typeof decorated;
    expect(d2.legend.show).toBe(true);
    expect(d2.grid.top).toBe(100);
    expect(d2.visualMap[0].top).toBe(d2.grid.top);
  });
});
