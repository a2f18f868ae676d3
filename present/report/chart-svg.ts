/**
 * A chart as a standalone SVG file: the UI's own ECharts option (from the pure builders in
 * present/charts/result-charts.ts), decorated for life outside the app — a title, the
 * scenario name, a legend, a white background, no tooltip — and rendered with ECharts'
 * server-side SVG renderer, which needs no DOM. So the command line, the HTML report and
 * the UI's "SVG" button all write the same drawing the user saw on screen.
 *
 * The file also carries its numbers: a <metadata> element with the plotted series as
 * JSON, so an analyst (or a test) can read the values back without measuring paths. Helper
 * series a builder draws with (named `__…`, e.g. the invisible lower edge a 95 % band is
 * stacked on) are not data: the metadata gives the band as lower and upper values instead.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import { escapeXml, stripInvalidXml } from './html.js';
import { legendRows } from '../charts/chart-theme.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);
// Level of service heat map (piecewise colour scale by band).
echarts.use([HeatmapChart, VisualMapPiecewiseComponent]);

/** An ECharts option as the builders return it: a plain object. */
export type ChartOption = echarts.EChartsCoreOption;

/** The run a chart's numbers come from (the same four facts as a CSV's provenance columns). */
export interface ChartSource {
  scenarioHash: string;
  seed: number;
  replications: number;
  engine: string;
}

export interface ChartMeta {
  /** Shown as the chart's title. */
  title: string;
  /** Shown under the title (the scenario or run name). */
  scenario: string;
  /** The run(s) plotted, written into the file's <metadata> (one per run of a comparison). */
  sources?: readonly ChartSource[];
  width?: number;
  height?: number;
}

export const DEFAULT_CHART_WIDTH = 800;
export const DEFAULT_CHART_HEIGHT = 420;
/** Room the title and subtitle take at the top. */
const TITLE_HEIGHT = 46;
/** Room of one legend row. */
const LEGEND_HEIGHT = 26;

/** The series data written into the file's metadata. */
export interface ChartData {
  format: 'lanesim/chart@1';
  title: string;
  scenario: string;
  xAxis: { name: string; categories?: unknown[] };
  yAxis: { name: string };
  /** Plotted series; a band (`type: "band"`) holds `[x, lower, upper]` per point. */
  series: Array<{ name: string; type: string; data: unknown[] }>;
  /** The run(s) plotted: scenario hash, seed, replications, engine (absent when not known). */
  sources?: ChartSource[];
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstAxis(v: unknown): Obj {
  if (Array.isArray(v)) return isObj(v[0]) ? v[0] : {};
  return isObj(v) ? v : {};
}

/** A builder's helper series (drawn, never shown by name): `__lower` under a stacked band. */
function isHelper(name: unknown): boolean {
  return typeof name === 'string' && name.startsWith('__');
}

function seriesList(o: Obj): Obj[] {
  return (Array.isArray(o.series) ? o.series : [o.series]).filter(isObj);
}

/** The entries the legend shows: its own `data` when the builder lists them, else every named series but helpers. */
function legendEntries(o: Obj): string[] {
  const legend = isObj(o.legend) ? o.legend : {};
  if (Array.isArray(legend.data)) return legend.data.map((d) => (isObj(d) ? String(d.name ?? '') : String(d))).filter((n) => n !== '');
  return seriesList(o)
    .map((x) => x.name)
    .filter((n) => !isHelper(n))
    .map((n) => String(n ?? ''));
}

/** How many rows a legend wraps onto (the charts' own estimate, present/charts/chart-theme.ts). */
export { legendRows };

/**
 * The option decorated for export: title and subtitle, a legend always shown (even for one
 * series), the plot moved down to make room, a white background, and no tooltip (a file
 * cannot hover). The builder's own option is not modified.
 */
export function exportOption(option: ChartOption, meta: ChartMeta): ChartOption {
  const o = option as Obj;
  const grid = isObj(o.grid) ? o.grid : {};
  const baseTop = typeof grid.top === 'number' ? grid.top : 36;
  const hadLegend = isObj(o.legend);
  // The builders leave ~36 px for the y-axis name, plus a legend row when they show one.
  const nameRoom = hadLegend ? baseTop - 20 : baseTop;
  // A file cannot scroll a legend: show every entry, wrapped onto as many rows as needed;
  // a legend with no entries (a heat map with no overloaded cell) takes no row at all.
  const entries = legendEntries(o);
  const legend = { ...(hadLegend ? (o.legend as Obj) : {}), show: entries.length > 0, top: TITLE_HEIGHT, left: 'center', width: (meta.width ?? DEFAULT_CHART_WIDTH) - 40, type: 'plain' as const };
  const rows = entries.length ? legendRows(entries, (meta.width ?? DEFAULT_CHART_WIDTH) - 40) : 0;
  const { tooltip: _tooltip, ...rest } = o;
  return {
    ...rest,
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: meta.title,
      subtext: meta.scenario,
      left: 'center',
      top: 4,
      textStyle: { fontSize: 15, fontWeight: 'bold', color: '#0f172a' },
      subtextStyle: { fontSize: 12, color: '#475569' },
      itemGap: 4,
    },
    legend,
    grid: { ...grid, top: TITLE_HEIGHT + rows * LEGEND_HEIGHT + Math.max(nameRoom, 28) },
  };
}

/**
 * Fills in axis names a builder left empty (the station axis of the waits chart has none on
 * screen, where the chart's heading says it), so an exported chart always names its axes.
 */
export function withAxisNames(option: ChartOption, names: { x?: string; y?: string }): ChartOption {
  const o = option as Obj;
  const name = (axis: unknown, fallback: string | undefined): unknown => {
    if (!isObj(axis) || !fallback || (typeof axis.name === 'string' && axis.name !== '')) return axis;
    return { ...axis, name: fallback, nameLocation: 'middle', nameGap: axis.type === 'category' ? 40 : 26 };
  };
  return { ...o, xAxis: name(o.xAxis, names.x), yAxis: name(o.yAxis, names.y) };
}

/** The y of a point given as `y` or `[x, y]`; null when missing. */
function pointY(d: unknown): number | null {
  const v = Array.isArray(d) ? d[1] : d;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function pointX(d: unknown, i: number): unknown {
  return Array.isArray(d) ? d[0] : i;
}

/**
 * The series as data, not as drawing: helper series dropped, and a series stacked on a
 * helper (a 95 % band drawn as lower edge + width) written as `[x, lower, upper]`.
 */
function plottedSeries(o: Obj): ChartData['series'] {
  const out: ChartData['series'] = [];
  // Per stack: its running total per point, and whether a helper started it.
  const stacks = new Map<string, { sum: Array<number | null>; helperBase: boolean }>();
  for (const s of seriesList(o)) {
    const data = Array.isArray(s.data) ? s.data : [];
    const stackKey = typeof s.stack === 'string' ? s.stack : null;
    if (stackKey === null) {
      if (!isHelper(s.name)) out.push({ name: String(s.name ?? ''), type: String(s.type ?? ''), data });
      continue;
    }
    const first = !stacks.has(stackKey);
    const stack = stacks.get(stackKey) ?? { sum: [], helperBase: isHelper(s.name) };
    const lower = data.map((_, i) => (first ? 0 : (stack.sum[i] ?? null)));
    const upper = data.map((d, i) => {
      const y = pointY(d);
      const base = lower[i];
      return y === null || base === null ? null : base + y;
    });
    stack.sum = upper;
    stacks.set(stackKey, stack);
    if (isHelper(s.name)) continue;
    if (stack.helperBase) {
      const round = (v: number | null) => (v === null ? null : Math.round(v * 1e9) / 1e9);
      out.push({ name: String(s.name ?? ''), type: 'band', data: data.map((d, i) => [pointX(d, i), upper[i] === null ? null : round(lower[i]), round(upper[i])]) });
    } else out.push({ name: String(s.name ?? ''), type: String(s.type ?? ''), data });
  }
  return out;
}

/** The plotted series and axis names of an option, as written into the SVG's metadata. */
export function chartData(option: ChartOption, meta: ChartMeta): ChartData {
  const o = option as Obj;
  const x = firstAxis(o.xAxis);
  const y = firstAxis(o.yAxis);
  return {
    format: 'lanesim/chart@1',
    title: meta.title,
    scenario: meta.scenario,
    xAxis: { name: String(x.name ?? ''), ...(Array.isArray(x.data) ? { categories: x.data } : {}) },
    yAxis: { name: String(y.name ?? '') },
    series: plottedSeries(o),
    ...(meta.sources ? { sources: meta.sources.map((x) => ({ scenarioHash: x.scenarioHash, seed: x.seed, replications: x.replications, engine: x.engine })) } : {}),
  };
}

/**
 * Renders the option (decorated by `exportOption`) to a standalone SVG document string,
 * with <title>, <desc> and the data in <metadata>. Pure apart from ECharts' own work; runs
 * in Node, in a worker-less browser page and in Electron alike.
 */
export function chartSvg(option: ChartOption, meta: ChartMeta): string {
  const width = meta.width ?? DEFAULT_CHART_WIDTH;
  const height = meta.height ?? DEFAULT_CHART_HEIGHT;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption(exportOption(option, meta));
    // ECharts escapes markup but passes control characters through; XML forbids them.
    svg = stripInvalidXml(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
  const data = chartData(option, meta);
  const head =
    `<title>${escapeXml(meta.title)} — ${escapeXml(meta.scenario)}</title>` +
    `<desc>${escapeXml(`${meta.title}. ${meta.scenario}. ${data.series.map((s) => s.name).filter(Boolean).join(', ')}`)}</desc>` +
    `<metadata class="lanesim-chart-data">${escapeXml(JSON.stringify(data))}</metadata>`;
  // Insert right after the root element's opening tag.
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, open + 1)}${head}${svg.slice(open + 1)}\n`;
}

/** The same chart inline in HTML: no XML declaration, scaled to its container's width. */
export function inlineChartSvg(option: ChartOption, meta: ChartMeta): string {
  const svg = chartSvg(option, meta).replace(/^<\?xml[^>]*>\s*/, '');
  const width = meta.width ?? DEFAULT_CHART_WIDTH;
  const height = meta.height ?? DEFAULT_CHART_HEIGHT;
  // Let CSS size it while the viewBox keeps the drawing's proportions.
  return svg.replace(/^<svg width="\d+(\.\d+)?" height="\d+(\.\d+)?"/, `<svg width="${width}" height="${height}" role="img" class="chart-svg"`);
}
