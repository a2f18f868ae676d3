/**
 * The sweep chart as it is exported (PNG, SVG, clipboard): the on-screen option from
 * sweep-charts.ts, which ChartExportBar decorates like every other chart (title, scenario
 * name, legend, axis names) — with the heat map made to read on paper: its colour scale
 * names the metric and unit, and the file is tall enough for every row. Pure: the unit
 * test renders it with present/report/chart-svg.ts in Node.
 */
import type { ChartOption, ExportChart } from '../../present/report/index.js';
import type { SweepResult } from '../../sim/index.js';
import { sweepHeatmapOption, sweepLineOption, type SweepChartLabels } from '../../present/charts/sweep-charts.js';
// The heat map and its colour scale, registered in the one echarts/core registry the SVG
// and PNG exports render with.
import './sweep-echarts.js';

export type SweepChartId = 'sweep' | 'sweep-heatmap';

export interface SweepExportChart {
  chart: ExportChart<SweepChartId>;
  width: number;
  height: number;
}

export const SWEEP_EXPORT_WIDTH = 800;
export const SWEEP_EXPORT_HEIGHT = 420;
/** Room above the plot the export takes for title, subtitle, one legend row and the axis name. */
const EXPORT_HEAD = 100;
/** The legend row's share of it (present/report/chart-svg.ts reserves the row only for a legend with entries). */
const LEGEND_ROW = 26;
const HEAT_ROW = 34;

/** The chart of a finished (or partial) sweep, titled `title`, for ChartExportBar. */
export function sweepExportChart(result: SweepResult, labels: SweepChartLabels, title: string): SweepExportChart {
  if (result.params.length === 1) {
    return { chart: { id: 'sweep', title, option: sweepLineOption(result, labels) as ChartOption }, width: SWEEP_EXPORT_WIDTH, height: SWEEP_EXPORT_HEIGHT };
  }
  const base = sweepHeatmapOption(result, labels);
  const [scale, ...rest] = base.visualMap;
  const rows = result.params[0].values.length;
  const height = Math.max(SWEEP_EXPORT_HEIGHT, Math.min(1400, EXPORT_HEAD + 60 + rows * HEAT_ROW));
  const overload = result.rows.some((r) => r.status === 'unstable');
  // The colour scale starts level with the plot, which sits a legend row lower when there is one.
  const top = overload ? EXPORT_HEAD : EXPORT_HEAD - LEGEND_ROW;
  const option = {
    ...base,
    // On paper the colour scale is the legend of the cells: it says what they measure.
    visualMap: [{ ...scale, text: [labels.y, ''], textGap: 8, top, itemHeight: Math.min(240, height - top - 90) }, ...rest],
    // Only the grey "overload" cells need a legend entry; the colours have their scale.
    legend: { data: overload ? [labels.overload] : [] },
    grid: { ...base.grid, right: 150 },
  };
  return { chart: { id: 'sweep-heatmap', title, option: option as ChartOption }, width: SWEEP_EXPORT_WIDTH, height };
}
