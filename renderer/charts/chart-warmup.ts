/**
 * Warms ECharts up while a run computes. The first chart a page draws costs two to three
 * times the next one of its kind: V8 compiles ECharts' model, layout and SVG painter on first
 * use. That first draw came after the run, in one task of 70–100 ms of the UI thread (issue
 * 12: no task over 50 ms from Run to results on screen). While the workers run, the UI thread
 * is idle; here it draws small throwaway charts of the kinds the Results view shows — value
 * and category axes, bars with a mark line, lines with a legend, a heat map with a piecewise
 * scale — one step per task, each step adding a little, so every step stays short and the
 * real charts later find the code compiled. Nothing is shown: the chart box is never in the
 * page. Once per page.
 */
import { echarts } from './echarts-setup.js';

type Option = echarts.EChartsCoreOption;

const axisLabel = { color: '#64748b' };
/** Clock labels of a day in 10-minute steps, every other one shown (the time axes' shape). */
const clock = (n: number) => Array.from({ length: n }, (_, k) => `${String(8 + Math.floor(k / 6)).padStart(2, '0')}:${k % 6}0`);
const every = (i: number) => i % 2 === 0;
const grid = { left: 56, right: 20, top: 36, bottom: 40 };

/** A station × time heat map with a piecewise scale, `rows` × `columns` cells (the utilisation and level-of-service charts). */
function heatmap(rows: number, columns: number): Option {
  const times = clock(columns);
  const data: number[][] = [];
  for (let row = 0; row < rows; row++) for (let k = 0; k < columns; k++) data.push([k, row, (k * 7 + row * 13) % 100]);
  return {
    animation: false,
    grid: { left: 64, right: 20, top: 36, bottom: 76 },
    tooltip: { position: 'top' },
    xAxis: { type: 'category', data: times, name: 't', nameLocation: 'middle', nameGap: 26, axisLabel: { ...axisLabel, interval: every, hideOverlap: true }, axisTick: { interval: every, alignWithLabel: true } },
    yAxis: { type: 'category', data: Array.from({ length: rows }, (_, i) => `s${i}`), inverse: true, axisTick: { show: false } },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      seriesIndex: 0,
      dimension: 2,
      pieces: [
        { gte: 0, lt: 50, color: '#eef4fa' },
        { gte: 50, lt: 95, color: '#0b5a99' },
        { gte: 95, color: '#d55e00' },
      ],
    },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 }, emphasis: { itemStyle: { borderColor: '#0f172a', borderWidth: 1 } } }],
  };
}

/**
 * The steps: each option is drawn in a task of its own, on the same throwaway chart. The heat
 * maps grow, so their per-cell code (the bulk of the utilisation chart's thousand-odd cells)
 * is compiled and then optimised by the time the real one is drawn, each step staying short.
 */
const valueAxes = { grid, xAxis: { type: 'value', min: 0, name: 'x', nameLocation: 'middle', nameGap: 26, axisLabel }, yAxis: { type: 'value', name: 'y', axisLabel, splitLine: { lineStyle: { color: '#e2e8f0' } } } };
const bars = { type: 'bar', barWidth: '96%', data: [[0.5, 2], [1.5, 5], [2.5, 3]] };
const times = clock(24);
const timeAxes = {
  grid: { ...grid, top: 48 },
  xAxis: { type: 'category', data: times, axisLabel: { ...axisLabel, interval: every, hideOverlap: true }, axisTick: { interval: every, alignWithLabel: true } },
  yAxis: { type: 'value', axisLabel },
};
const STEPS: Option[] = [
  { animation: false },
  { animation: false, ...valueAxes },
  { animation: false, ...valueAxes, series: [bars] },
  { animation: false, ...valueAxes, series: [{ ...bars, markLine: { symbol: 'none', label: { formatter: 't' }, lineStyle: { type: 'dashed' }, data: [{ xAxis: 2 }] } }] },
  { animation: false, ...valueAxes, tooltip: { trigger: 'axis' }, series: [bars] },
  { animation: false, ...timeAxes, series: [{ name: 'a', type: 'line', showSymbol: false, data: times.map((_, k) => k % 5) }] },
  {
    animation: false,
    ...timeAxes,
    legend: { top: 4, data: ['a', 'b'] },
    series: [
      { name: 'a', type: 'line', showSymbol: false, data: times.map((_, k) => k % 5) },
      { name: 'b', type: 'bar', data: times.map((_, k) => k % 3) },
    ],
  },
  heatmap(1, 4),
  heatmap(2, 12),
  heatmap(4, 40),
  heatmap(4, 50),
  heatmap(4, 50),
  heatmap(4, 50),
  heatmap(4, 50),
  heatmap(4, 50),
];

let started = false;

/** Runs each step in a task of its own (when the page is idle, where the browser says so). */
function later(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 0);
}

/** Starts the warm-up (once per page; later calls do nothing); `done` is called after the last step. */
export function warmUpCharts(done?: () => void): void {
  if (started || typeof document === 'undefined') return;
  started = true;
  const box = document.createElement('div');
  let chart: echarts.ECharts | null = null;
  let step = 0;
  const next = () => {
    if (!chart) chart = echarts.init(box, undefined, { renderer: 'svg', width: 480, height: 240 });
    // Lazily: the option's model is merged here, its layout and SVG drawn in the next frame —
    // two tasks where one drawing would be too long for the first, cold one.
    else if (step < STEPS.length) chart.setOption(STEPS[step++], { notMerge: true, lazyUpdate: true });
    else {
      chart.dispose();
      done?.();
      return;
    }
    later(next);
  };
  later(next);
}
