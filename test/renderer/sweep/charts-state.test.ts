import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLICATIONS, sweep, type SweepResult } from '../../../sim/index.js';
import { sweepHeatmapOption, sweepLineOption, type SweepChartLabels } from '../../../present/charts/sweep-charts.js';
import { chartValue, fmtMetric, gridRow } from '../../../present/sweep-format.js';
import { emptySweepView, failJob, finishJob, partialJob, progressJob, startJob, syncDocument, editSweepForm, sweepFraction } from '../../../renderer/sweep/sweep-state.js';
import { bundled } from './helpers.js';

const classic = bundled('harbin-t1-entry-classic');
const labels: SweepChartLabels = { x: 'servers', x2: 'scale', y: 'p95 (s)', metric: 'p95', band: '95 %', overload: 'overload', base: 'scenario' };

describe('sweep charts', () => {
  const line = sweep(classic, { params: [{ path: 'stations[id=border].servers', values: [2, 8, 10] }], metric: { name: 'withinTarget' } }, { seed: 1, replications: 2 });

  it('plots the metric with its band as interval low + width, a gap and a red mark at the overloaded value, the scenario’s value marked', () => {
    const o = sweepLineOption(line, labels);
    const [lower, band, main] = o.series;
    const r = line.rows[1];
    expect(main.data[1]).toEqual([8, Math.round(chartValue(r.value!, 'share') * 1000) / 1000]);
    expect(lower.data[1][1]! + band.data[1][1]!).toBeCloseTo(chartValue(r.ci95![1], 'share'), 2);
    expect(main.data[0]).toEqual([2, null]);
    expect(lower.stack).toBe(band.stack);
    const marks = main.markLine!.data as Array<{ xAxis: number; label: { formatter: string } }>;
    expect(marks.map((m) => [m.xAxis, m.label.formatter])).toEqual([
      [2, 'overload'],
      [8, 'scenario'],
    ]);
  });

  it('places partial results (a sweep still running) at their own values', () => {
    const partial: SweepResult = { ...line, rows: [line.rows[2]] };
    expect(sweepLineOption(partial, labels).series[2].data).toEqual([[10, Math.round(chartValue(line.rows[2].value!, 'share') * 1000) / 1000]]);
  });

  it('draws two parameters as a heat map, overloaded cells apart, colours by which way is better', () => {
    const grid = sweep(classic, { params: [{ path: 'stations[id=border].servers', values: [2, 8] }, { path: 'arrivals.scale', values: [0.9, 1] }], metric: { name: 'p95' } }, { seed: 1, replications: 2 });
    const o = sweepHeatmapOption(grid, labels);
    expect(o.series[0].data).toHaveLength(2);
    expect(o.series[1].data).toEqual([
      [0, 0, 0],
      [1, 0, 0],
    ]);
    expect(o.xAxis.data).toEqual(['0.9', '1']);
    expect(o.yAxis.data).toEqual(['2', '8']);
    // Good end in Okabe–Ito blue (lower is better), bad in vermillion: readable without red–green vision.
    expect(o.visualMap[0].inRange.color[0]).toBe('#0072b2');
    const cell = gridRow(grid, 1, 1)!;
    expect(cell.values).toEqual([8, 1]);
    expect(o.visualMap[0].max).toBeCloseTo(Math.max(...grid.rows.filter((r) => r.value !== null).map((r) => r.value!)), 2);
    expect(gridRow({ ...grid, rows: [] }, 0, 0)).toBeUndefined();
  });

  it('formats figures in their display unit', () => {
    expect(fmtMetric(0.9765, 'share')).toBe('97.7');
    expect(fmtMetric(1234.56, 'pax/h')).toBe('1,235');
    expect(fmtMetric(601.25, 's')).toBe('601.3');
  });
});

describe('view state', () => {
  it('makes forms for a document, keeps what was typed across edits, starts over for another document', () => {
    const a = syncDocument(emptySweepView, 'a.json', classic);
    expect(a.sweepForm?.params[0].path).toBe('stations[id=temperature].servers');
    const typed = editSweepForm(a, (f) => ({ ...f, replications: '3' }));
    expect(syncDocument(typed, 'a.json', classic)).toBe(typed);
    expect(syncDocument(typed, 'b.json', classic).sweepForm?.replications).toBe(String(DEFAULT_REPLICATIONS));
  });

  it('runs a job through progress, partial, finish; a failure keeps the points so far', () => {
    const line = sweep(classic, { params: [{ path: 'stations[id=border].servers', values: [8] }], metric: { name: 'p95' } }, { seed: 1, replications: 2 });
    let job = startJob(emptySweepView.sweep, 'x', 2);
    job = progressJob(job, { replicationsDone: 1, replicationsTotal: 4, pointsDone: 0, points: 2 });
    expect(sweepFraction(job.progress)).toBe(0.25);
    job = partialJob(job, line);
    const failed = failJob(job, { code: 'cancelled', message: 'c', stations: [] });
    expect(failed.running).toBe(false);
    expect(failed.result).toBe(line);
    expect(progressJob(failed, { replicationsDone: 2, replicationsTotal: 4, pointsDone: 1, points: 2 })).toBe(failed);
    expect(finishJob(job, line)).toMatchObject({ running: false, result: line, error: null });
  });
});
