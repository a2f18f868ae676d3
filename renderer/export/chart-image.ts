/**
 * A chart as PNG bytes at 2× for print: the export option of present/report/chart-svg.ts (title,
 * scenario, legend, axis names) drawn by ECharts' canvas renderer in an off-screen box,
 * then `getDataURL({ type: 'png', pixelRatio: 2 })`. The on-screen chart (SVG renderer,
 * no title) is left alone.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import { DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH, exportOption, type ChartMeta, type ChartOption } from '../../present/report/index.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, CanvasRenderer]);
// Level of service heat map (piecewise colour scale by band).
echarts.use([HeatmapChart, VisualMapPiecewiseComponent]);

export const PNG_PIXEL_RATIO = 2;

function dataUrlBytes(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** PNG bytes of the chart, `pixelRatio` × its size (800 × 420 → 1600 × 840). */
export function chartPng(option: ChartOption, meta: ChartMeta, pixelRatio = PNG_PIXEL_RATIO): Uint8Array {
  const width = meta.width ?? DEFAULT_CHART_WIDTH;
  const height = meta.height ?? DEFAULT_CHART_HEIGHT;
  const box = document.createElement('div');
  box.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px;`;
  box.setAttribute('aria-hidden', 'true');
  document.body.appendChild(box);
  const chart = echarts.init(box, undefined, { renderer: 'canvas', width, height });
  try {
    chart.setOption(exportOption(option, meta));
    return dataUrlBytes(chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#fff' }));
  } finally {
    chart.dispose();
    box.remove();
  }
}

/**
 * Puts the PNG on the clipboard. Rejects when the browser refuses (no permission, no
 * ClipboardItem, an insecure context); the caller tells the user.
 */
export async function copyPng(bytes: Uint8Array): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('this browser cannot put images on the clipboard');
  const blob = new Blob([bytes as BlobPart], { type: 'image/png' });
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}
