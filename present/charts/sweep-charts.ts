/**
 * Option builders for the sweep charts: pure functions of a SweepResult and the labels in
 * the current language, unit-tested without a DOM. One parameter: the metric against the
 * value with its 95 % band (a stacked area between the interval's ends), overloaded points
 * as gaps marked by a red line, and the scenario's own value marked. Two parameters: a heat
 * map, overloaded cells grey.
 */
import type { SweepResult } from '../../sim/index.js';
import { baseTextStyle, grid, OKABE, SERIES_COLORS, valueAxis, VERMILLION_TEXT } from './chart-theme.js';
import { chartValue, fmtMetric, fmtParam, gridRow, halfWidth } from '../sweep-format.js';
import { esc } from '../report/html.js';

export interface SweepChartLabels {
  /** Axis title of the (first) parameter. */
  x: string;
  /** Axis title of the metric, with its unit. */
  y: string;
  metric: string;
  band: string;
  overload: string;
  base: string;
  /** Axis title of the second parameter (heat map). */
  x2?: string;
}

/** Where the lane stops keeping up: the palette's vermillion line, its label in the darker vermillion text needs. */
const OVERLOAD_COLOR = OKABE.vermillion;
const OVERLOAD_TEXT = VERMILLION_TEXT;
const BASE_COLOR = '#64748b';
/** Overloaded cells: grey, apart from the blue-to-vermillion scale of the figures; their word in dark text (7:1). */
const OVERLOAD_CELL = '#94a3b8';
const OVERLOAD_CELL_TEXT = '#0f172a';

/** A number rounded for plotting (keeps SVG paths short; the table shows the exact figure). */
function plot(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** The metric against one parameter, with the 95 % band. */
export function sweepLineOption(result: SweepResult, labels: SweepChartLabels) {
  const unit = result.metric.unit;
  const xs = result.params[0].values;
  const ok = result.rows.map((r) => r.status === 'ok' && r.value !== null && r.ci95 !== null);
  // x from each row's own value: a sweep still running has only its finished points.
  const lower = result.rows.map((r, i) => [r.values[0], ok[i] ? plot(chartValue(r.ci95![0], unit)) : null]);
  const width = result.rows.map((r, i) => [r.values[0], ok[i] ? plot(chartValue(r.ci95![1] - r.ci95![0], unit)) : null]);
  const line = result.rows.map((r, i) => [r.values[0], ok[i] ? plot(chartValue(r.value!, unit)) : null]);
  const base = result.params[0].base;
  const marks: Array<Record<string, unknown>> = result.rows
    .map((r) => ({ r, x: r.values[0] }))
    .filter(({ r }) => r.status === 'unstable')
    .map(({ x }) => ({ xAxis: x, lineStyle: { color: OVERLOAD_COLOR, type: 'dashed' }, label: { formatter: labels.overload, color: OVERLOAD_TEXT } }));
  if (xs.length > 1 && base >= Math.min(...xs) && base <= Math.max(...xs)) {
    marks.push({ xAxis: base, lineStyle: { color: BASE_COLOR, type: 'dotted' }, label: { formatter: labels.base, color: BASE_COLOR } });
  }
  const span = xs.length > 1 ? Math.max(...xs) - Math.min(...xs) : Math.max(1, Math.abs(xs[0]));
  const pad = xs.length > 1 ? span * 0.04 : span * 0.5;
  return {
    animation: false,
    textStyle: baseTextStyle,
    color: SERIES_COLORS,
    grid: { ...grid, top: 48, right: 32 },
    // The band's legend entry is a filled swatch like the band (a line series would show a hollow point).
    legend: { top: 0, data: [labels.metric, { name: labels.band, icon: 'roundRect' }] },
    tooltip: {
      trigger: 'axis' as const,
      formatter: (params: Array<{ dataIndex: number }>) => {
        const i = params[0]?.dataIndex ?? 0;
        const r = result.rows[i];
        if (!r) return '';
        // ECharts shows a formatter's string as HTML: every interpolated text is escaped (labels carry station names).
        const head = `${esc(labels.x)}: ${esc(fmtParam(r.values[0]))}`;
        if (r.status !== 'ok' || r.value === null || r.ci95 === null) return `${head}<br/>${esc(labels.overload)}`;
        return `${head}<br/>${esc(labels.metric)}: ${esc(fmtMetric(r.value, unit))}<br/>${esc(labels.band)}: [${esc(fmtMetric(r.ci95[0], unit))}, ${esc(fmtMetric(r.ci95[1], unit))}]`;
      },
    },
    xAxis: { ...valueAxis(labels.x), min: plot(Math.min(...xs) - pad), max: plot(Math.max(...xs) + pad), nameLocation: 'middle' as const, nameGap: 26, splitLine: { show: false }, axisLabel: { color: BASE_COLOR, formatter: (v: number) => (xs.includes(v) ? fmtParam(v) : '') } },
    yAxis: { ...valueAxis(labels.y), scale: true },
    series: [
      { name: '__lower', type: 'line' as const, stack: 'ci', data: lower, showSymbol: false, lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true, connectNulls: false },
      {
        name: labels.band,
        type: 'line' as const,
        stack: 'ci',
        data: width,
        showSymbol: false,
        lineStyle: { opacity: 0 },
        areaStyle: { color: SERIES_COLORS[0], opacity: 0.18 },
        itemStyle: { color: SERIES_COLORS[0], opacity: 0.35 },
        silent: true,
        connectNulls: false,
      },
      {
        name: labels.metric,
        type: 'line' as const,
        data: line,
        showSymbol: true,
        symbolSize: 7,
        connectNulls: false,
        itemStyle: { color: SERIES_COLORS[0] },
        lineStyle: { color: SERIES_COLORS[0], width: 2 },
        markLine: marks.length ? { symbol: 'none', silent: true, data: marks } : undefined,
      },
    ],
  };
}

/** Colours from good to bad: Okabe–Ito blue, a pale middle, vermillion (not green to red, which a red–green colour-blind reader cannot tell apart). */
export const GOOD_TO_BAD = [OKABE.blue, '#f4f1e6', OKABE.vermillion];

/** The metric over every pair of two parameters. */
export function sweepHeatmapOption(result: SweepResult, labels: SweepChartLabels) {
  const unit = result.metric.unit;
  const [p1, p2] = result.params;
  const okCells: Array<[number, number, number]> = [];
  const badCells: Array<[number, number, number]> = [];
  p1.values.forEach((_, i) =>
    p2.values.forEach((__, j) => {
      const r = gridRow(result, i, j);
      if (r && r.status === 'ok' && r.value !== null) okCells.push([j, i, plot(chartValue(r.value, unit))]);
      else if (r) badCells.push([j, i, 0]);
    }),
  );
  const values = okCells.map((c) => c[2]);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const colors = result.metric.better === 'lower' ? GOOD_TO_BAD : [...GOOD_TO_BAD].reverse();
  const cellText = (i: number, j: number) => {
    const r = gridRow(result, i, j);
    if (!r) return '';
    return r.status === 'ok' && r.value !== null ? fmtMetric(r.value, unit) : labels.overload;
  };
  return {
    animation: false,
    textStyle: baseTextStyle,
    grid: { ...grid, top: 16, bottom: 44, left: 72, right: 96 },
    tooltip: {
      formatter: (p: { value: [number, number, number] }) => {
        const [j, i] = p.value;
        const r = gridRow(result, i, j);
        if (!r) return '';
        const ci = r.status === 'ok' ? ` ± ${fmtMetric(halfWidth(r), unit)}` : '';
        return `${esc(labels.x)}: ${esc(fmtParam(p1.values[i]))}<br/>${esc(labels.x2 ?? '')}: ${esc(fmtParam(p2.values[j]))}<br/>${esc(labels.metric)}: ${esc(cellText(i, j))}${esc(ci)}`;
      },
    },
    xAxis: { type: 'category' as const, data: p2.values.map(fmtParam), name: labels.x2 ?? '', nameLocation: 'middle' as const, nameGap: 26, axisLabel: { color: BASE_COLOR }, splitArea: { show: true } },
    yAxis: { type: 'category' as const, data: p1.values.map(fmtParam), name: labels.x, nameLocation: 'middle' as const, nameGap: 48, axisLabel: { color: BASE_COLOR }, splitArea: { show: true } },
    // A visual map per heat-map series (ECharts insists in development builds): the
    // colour scale for the figures, and a hidden one keeping overloaded cells grey.
    visualMap: [
      {
        min,
        max: max > min ? max : min + 1,
        calculable: true,
        orient: 'vertical' as const,
        right: 0,
        top: 'middle',
        itemHeight: 160,
        itemWidth: 12,
        precision: unit === 'share' ? 1 : 0,
        textStyle: { color: BASE_COLOR },
        seriesIndex: 0,
        inRange: { color: colors },
      },
      { show: false, min: 0, max: 1, seriesIndex: 1, inRange: { color: [OVERLOAD_CELL, OVERLOAD_CELL] } },
    ],
    series: [
      {
        name: labels.metric,
        type: 'heatmap' as const,
        data: okCells,
        label: { show: okCells.length <= 150, formatter: (p: { value: [number, number, number] }) => cellText(p.value[1], p.value[0]), color: '#0f172a', fontSize: 11 },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
      {
        name: labels.overload,
        type: 'heatmap' as const,
        data: badCells,
        label: { show: true, formatter: labels.overload, color: OVERLOAD_CELL_TEXT, fontSize: 11 },
        itemStyle: { color: OVERLOAD_CELL, borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}
