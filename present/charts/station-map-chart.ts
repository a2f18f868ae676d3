/**
 * Every station of both lanes in one chart: for each mapped row (a merged station against
 * the sum of its sources, a removed station against nothing, an added one against
 * nothing), the seconds a cleared passenger spends there in each lane, queueing and
 * service stacked — so a removed queue, or the reclaim wait that grew, is in the chart and
 * not only in the table.
 */
import type { MappedStationRow } from '../../sim/index.js';
import { baseTextStyle, grid, SERIES_COLORS, valueAxis, wholeLegend } from './chart-theme.js';

export interface StationMapChartLabels {
  a: string;
  b: string;
  wait: string;
  service: string;
  y: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

export interface RowLabelWords {
  none: string;
  kinds: Record<MappedStationRow['kind'], string>;
}

/**
 * A mapped row's name: the station it became (B), or what was removed (A), then how it was
 * mapped — "海关 + 安检联合查验（合并）", "Customs X-ray (removed)". The UI and the report say the same.
 */
export function stationMapRowLabel(row: MappedStationRow, nameA: (id: string) => string, nameB: (id: string) => string, w: RowLabelWords, lang: string): string {
  const side = (ids: string[], name: (id: string) => string) => (ids.length ? ids.map(name).join(' + ') : w.none);
  const kind = row.kind === 'same' ? '' : lang.startsWith('zh') ? `（${w.kinds[row.kind]}）` : ` (${w.kinds[row.kind]})`;
  return `${row.b.length === 1 || row.a.length === 0 ? side(row.b, nameB) : side(row.a, nameA)}${kind}`;
}

/** Stacked bars per mapped row: A (queueing, service) beside B (queueing, service). */
export function stationMapOption(rows: readonly MappedStationRow[], rowLabel: (row: MappedStationRow) => string, labels: StationMapChartLabels) {
  const side = (which: 'a' | 'b', part: 'wait' | 'service') => rows.map((r) => (r[which].length === 0 ? null : round(r[part][which])));
  const [blue, amber] = SERIES_COLORS;
  const series = [
    { name: `${labels.a} · ${labels.wait}`, stack: 'a', data: side('a', 'wait'), color: blue, opacity: 1 },
    { name: `${labels.a} · ${labels.service}`, stack: 'a', data: side('a', 'service'), color: blue, opacity: 0.45 },
    { name: `${labels.b} · ${labels.wait}`, stack: 'b', data: side('b', 'wait'), color: amber, opacity: 1 },
    { name: `${labels.b} · ${labels.service}`, stack: 'b', data: side('b', 'service'), color: amber, opacity: 0.45 },
  ];
  const { legend, top } = wholeLegend(series.map((x) => x.name));
  return {
    animation: false,
    textStyle: baseTextStyle,
    grid: { ...grid, top, bottom: 88 },
    legend,
    tooltip: { trigger: 'axis' as const },
    xAxis: { type: 'category' as const, data: rows.map(rowLabel), axisLabel: { color: '#64748b', interval: 0, rotate: 30, overflow: 'truncate' as const, width: 120 } },
    yAxis: valueAxis(labels.y),
    series: series.map((s) => ({ name: s.name, type: 'bar' as const, stack: s.stack, data: s.data, itemStyle: { color: s.color, opacity: s.opacity } })),
  };
}
