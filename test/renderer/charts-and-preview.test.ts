import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../sim/index.js';
import { clearanceCdfOption, clearanceHistogramOption, queueOverTimeOption, stationWaitsOption, throughputOption } from '../../renderer/charts/result-charts.js';
import { defaultDist, distMean, distPreview } from '../../renderer/editor/dist-preview.js';
import { bottleneckOf } from '../../renderer/results/results-view.js';
import { loadFixture } from './fixtures.js';

const result = run(loadFixture('entry-classic'), { seed: 3, replications: 3 });
const smart = run(loadFixture('entry-smart'), { seed: 3, replications: 3 });
const axes = { x: 'x', y: 'y' };

describe('chart options', () => {
  it('histogram: every cleared passenger in a bin, per replication, and the target marked', () => {
    const o = clearanceHistogramOption(result, { ...axes, series: 's', target: 't' });
    const total = o.series[0].data.reduce((a, [, c]) => a + c, 0);
    expect(total * result.replications).toBeCloseTo(result.distribution.counts.reduce((a, b) => a + b, 0), 6);
    expect(o.series[0].markLine.data[0].xAxis).toBe(result.withinTarget.seconds / 60);
  });

  it('cumulative curves: one per run, 0 to 100 %', () => {
    const o = clearanceCdfOption([{ name: 'a', result }, { name: 'b', result: smart }], axes);
    expect(o.series).toHaveLength(2);
    expect(o.series[0].data[0][1]).toBe(0);
    expect(o.series[0].data[100]).toEqual([result.distribution.percentiles[100] / 60, 100]);
    expect(o.legend).toBeDefined();
  });

  it('queues and throughput follow the time series', () => {
    const q = queueOverTimeOption(result, axes, (id) => id.toUpperCase());
    expect(q.series.map((s) => s.name)).toContain('BORDER');
    expect(q.xAxis.data).toHaveLength(result.timeseries.t.length);
    const tp = throughputOption(result, { ...axes, out: 'o', in: 'i' });
    expect(tp.series[0].data).toEqual(result.timeseries.throughputPerHour.map(Math.round));
  });

  it('station waits side by side: stations of all runs, null where a run has none', () => {
    const o = stationWaitsOption([{ name: 'a', result }, { name: 'b', result: smart }], axes, (id) => id);
    expect(o.xAxis.data).toContain('egates');
    expect(o.xAxis.data).toContain('xray');
    const egates = o.xAxis.data.indexOf('egates');
    expect(o.series[0].data[egates]).toBeNull();
  });

  it('marks the busiest queue as the bottleneck', () => {
    const busiest = result.stations.filter((s) => s.mode === 'queue').sort((a, b) => b.utilization - a.utilization)[0];
    expect(bottleneckOf(result)).toBe(busiest.id);
  });
});

describe('distribution preview', () => {
  it('is drawn from the core sampler with a fixed seed: same every time, right mean', () => {
    const d = { dist: 'lognormal', mean: 45, cv: 0.5 } as const;
    const a = distPreview(d);
    expect(a).toEqual(distPreview(d));
    expect(a?.mean).toBe(45);
    expect(Math.max(...(a?.heights ?? []))).toBe(1);
    expect(a?.p95).toBeGreaterThan(60);
  });

  it('keeps the mean when the kind changes, and refuses nonsense', () => {
    for (const kind of ['constant', 'exponential', 'uniform', 'triangular', 'lognormal', 'gamma', 'erlang', 'empirical'] as const) {
      expect(distMean(defaultDist(kind, 40))).toBeCloseTo(40, 6);
    }
    expect(distPreview({ dist: 'exponential', mean: Number.NaN })).toBeNull();
  });
});

describe('i18n', () => {
  const en = JSON.parse(readFileSync('renderer/i18n/en.json', 'utf8')) as Record<string, unknown>;
  const zh = JSON.parse(readFileSync('renderer/i18n/zh-CN.json', 'utf8')) as Record<string, unknown>;
  const keys = (o: Record<string, unknown>, pre = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${pre}${k}.`) : [`${pre}${k}`]));
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));

  it('has the same keys in Chinese and English', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('has every literal key the UI asks for', () => {
    const all = new Set(keys(en));
    const used = new Set<string>();
    // The workbench's own folders (replay and sweep views keep their strings in their own files).
    const mine = ['app', 'charts', 'compare', 'editor', 'host', 'results', 'scenarios', 'state', 'workers'].flatMap((d) => files(join('renderer', d)));
    for (const f of [...mine, 'renderer/main.tsx']) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([^'$]+)'/g)) used.add(m[1]);
    expect([...used].filter((k) => !all.has(k))).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });
});
