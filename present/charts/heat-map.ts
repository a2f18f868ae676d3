/**
 * The station × time heat map both result heat maps are drawn with (utilisation by band,
 * level of service by band): stations down in lane order (the first on top), intervals
 * across on the charts' clock axis, each cell coloured by a piecewise key laid out under
 * the plot, and a tooltip naming station, time and the cell's figure. One builder, so the
 * two read alike and a change of look is made once (review: two copies of this block).
 */
import { esc } from '../report/html.js';
import { AXIS_COLOR, baseTextStyle } from './chart-theme.js';

/** One band of the key: the values it covers (a single `value`, or from `gte` below `lt`) and its colour. */
export interface HeatPiece {
  label: string;
  color: string;
  value?: number;
  gte?: number;
  lt?: number;
}

export interface StationTimeHeatmap<X extends { data: readonly string[] }> {
  /** Station names, in lane order (drawn top to bottom). */
  stations: readonly string[];
  /** The x axis: the charts' clock axis (chart-theme's clockAxis) of the intervals. */
  xAxis: X;
  /** Cells as [interval, station row, value]. */
  data: Array<[number, number, number]>;
  pieces: readonly HeatPiece[];
  /** The series' name and the y axis's title (empty for none). */
  seriesName: string;
  yName?: string;
  /** The cell's figure as the tooltip writes it (plain text; escaped here). */
  valueText(value: number): string;
}

/** Text width in px at 12 px (CJK characters square): the plot starts after the longest station name. */
function nameWidth(name: string): number {
  return [...name].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.6), 0);
}

/** The ECharts option of a station × time heat map. */
export function stationTimeHeatmapOption<X extends { data: readonly string[] }>(h: StationTimeHeatmap<X>) {
  const longest = Math.max(0, ...h.stations.map(nameWidth));
  return {
    animation: false,
    textStyle: baseTextStyle,
    grid: { left: Math.min(200, Math.max(64, Math.ceil(longest) + 16)), right: 20, top: 36, bottom: 76 },
    tooltip: {
      position: 'top' as const,
      // ECharts shows a formatter's string as HTML: station names are escaped.
      formatter: (p: { value: [number, number, number] }) => `${esc(h.stations[p.value[1]] ?? '')}<br/>${esc(h.xAxis.data[p.value[0]] ?? '')}: ${esc(h.valueText(p.value[2]))}`,
    },
    // The key is the visual map; the one series needs no legend entry.
    legend: { show: false, data: [] as string[] },
    xAxis: h.xAxis,
    // First station at the top.
    yAxis: {
      type: 'category' as const,
      data: [...h.stations],
      name: h.yName ?? '',
      nameLocation: 'start' as const,
      nameGap: 10,
      nameTextStyle: { color: AXIS_COLOR, align: 'right' as const },
      inverse: true,
      axisLabel: { color: '#334155' },
      axisTick: { show: false },
    },
    visualMap: {
      type: 'piecewise' as const,
      orient: 'horizontal' as const,
      left: 'center',
      bottom: 0,
      seriesIndex: 0,
      dimension: 2,
      // Small swatches and gaps: the five utilisation bands fit on one line in a half-width card at 1366 px (with 20 × 14 and 12 apart the last label was cut).
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 8,
      pieces: h.pieces.map((p) => ({ ...p })),
      textStyle: { color: '#334155' },
    },
    series: [{ name: h.seriesName, type: 'heatmap' as const, data: h.data, itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 }, emphasis: { itemStyle: { borderColor: '#0f172a', borderWidth: 1 } } }],
  };
}
