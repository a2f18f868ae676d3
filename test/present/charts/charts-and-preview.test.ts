import { describe, expect, it } from 'vitest';
import { run } from '../../../sim/index.js';
import { clearanceCdfOption, clearanceHistogramOption, queueOverTimeOption, stationWaitsOption, throughputOption, utilizationOverTimeOption } from '../../../present/charts/result-charts.js';
import { defaultDist, distMean, distPreview } from '../../../present/charts/dist-preview.js';
import { bottleneck, bottleneckOf } from '../../../present/insight/bottleneck.js';
import { loadFixture } from '../../renderer/fixtures.js';
import { bundled } from '../../sim/scenario/bundled.js';

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
    // Every station of either lane, whatever its mode: the corridor (a walk-through) too.
    const all = new Set([...result.stations, ...smart.stations].map((s) => s.id));
    expect(new Set(o.xAxis.data)).toEqual(all);
    expect(o.xAxis.data).toHaveLength(all.size);
    expect(o.series[1].data[o.xAxis.data.indexOf('corridor')]).toBe(0);
  });

  it('station waits of the bundled entry pair: the reclaim (the wait that grew) is in the chart', () => {
    const a = run(bundled('harbin-t1-entry-classic.json'), { seed: 3, replications: 2 });
    const b = run(bundled('harbin-t1-entry-smart.json'), { seed: 3, replications: 2 });
    const o = stationWaitsOption([{ name: 'a', result: a }, { name: 'b', result: b }], axes, (id) => id);
    expect(new Set(o.xAxis.data)).toEqual(new Set([...a.stations, ...b.stations].map((s) => s.id)));
    const reclaim = b.stations.find((s) => s.mode === 'reclaim')!;
    const i = o.xAxis.data.indexOf(reclaim.id);
    expect(o.series[1].data[i]).toBe(Math.round(reclaim.meanWait * 10) / 10);
    expect(o.series[1].data[i]).toBeGreaterThan(100);
  });

  it('utilisation over time: a station × time heat map, one row per queue station in lane order, each cell the interval’s %, the queue chart’s x axis, a band named full', () => {
    const o = utilizationOverTimeOption(result, { ...axes, full: 'full' }, (id) => id.toUpperCase());
    const queues = result.stations.filter((s) => s.mode === 'queue');
    expect(o.yAxis.data).toEqual(queues.map((s) => s.id.toUpperCase()));
    expect(o.series).toHaveLength(1);
    expect(o.series[0].type).toBe('heatmap');
    expect(o.xAxis.data).toEqual(queueOverTimeOption(result, axes, (id) => id).xAxis.data);
    const row = queues.findIndex((s) => s.id === 'border');
    const border = o.series[0].data.filter((d) => d[1] === row);
    expect(border.map((d) => d[0])).toEqual(result.timeseries.t.map((_, k) => k));
    expect(border.map((d) => d[2])).toEqual(result.timeseries.utilization.border.map((v) => Math.round(v * 1000) / 10));
    // Its hottest cell is the station's peak utilisation.
    expect(Math.max(...border.map((d) => d[2]))).toBeCloseTo(result.stations.find((s) => s.id === 'border')!.peakUtilization * 100, 1);
    // Bands cover 0–100 % without gaps; the last (≥ 95 %) is named as full.
    const pieces = o.visualMap.pieces;
    expect(pieces[0].gte).toBe(0);
    pieces.slice(1).forEach((p, i) => expect(p.gte).toBe(pieces[i].lt));
    expect(pieces[pieces.length - 1].label).toContain('full');
  });

  it('marks the queue where passengers lose the most time, not the busiest on average', () => {
    const lost = (s: (typeof result.stations)[number]) => s.meanWait * s.served;
    const worst = result.stations.filter((s) => s.mode === 'queue').sort((a, b) => lost(b) - lost(a))[0];
    expect(bottleneckOf(result)).toBe(worst.id);
    const b = bottleneck(result)!;
    expect(b.lostHoursPerReplication).toBeCloseTo(lost(worst) / result.replications / 3600, 9);
    expect(b.servedPerReplication).toBe(worst.served / result.replications);
  });

  it('a desk 30 % busy on average that saturates in the peak beats a steadily busier one that never queues', () => {
    const st = (id: string, utilization: number, peakUtilization: number, meanWait: number, served: number) => ({ ...result.stations[0], id, mode: 'queue' as const, utilization, peakUtilization, meanWait, served });
    const r = {
      ...result,
      replications: 2,
      stations: [st('xray', 0.7, 0.75, 2, 4000), st('border', 0.3, 1, 240, 4000), { ...st('walk', 0, 0, 9000, 4000), mode: 'delay' as const }],
    };
    expect(bottleneckOf(r)).toBe('border');
    expect(bottleneck(r)?.lostHoursPerReplication).toBeCloseTo((240 * 4000) / 2 / 3600, 9);
    // Nobody waits anywhere: nothing to relieve, no badge.
    expect(bottleneckOf({ ...r, stations: r.stations.map((s) => ({ ...s, meanWait: 0 })) })).toBeNull();
    // Equal time lost: the one that saturates.
    expect(bottleneckOf({ ...r, stations: [st('a', 0.5, 0.6, 10, 100), st('b', 0.4, 0.99, 10, 100)] })).toBe('b');
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
