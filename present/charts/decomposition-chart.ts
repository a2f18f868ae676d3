/**
 * Where each second goes, as a stacked bar chart: one bar for all passengers, one per
 * class and one for the slowest 5 %, each split into walking, queueing, service, waiting
 * for bags and secondary inspection (mean seconds per passenger). The parts add up to the
 * bar's mean clearance.
 */
import { PARTS, type Decomposition, type Part } from '../../sim/index.js';
import { baseTextStyle, grid, OKABE_ITO, valueAxis, wholeLegend } from './chart-theme.js';

export interface DecompositionChartLabels {
  part: (p: Part) => string;
  all: string;
  slowest: string;
  passengerClass: (id: string) => string;
  x: string;
  /** Name of the group axis; none by default. */
  y?: string;
}

/** One colour per part, the same on every chart and in the report (Okabe–Ito, walking in neutral grey). */
export const PART_COLORS: Record<Part, string> = { walking: '#8a8f98', queueing: OKABE_ITO[1], service: OKABE_ITO[0], bags: OKABE_ITO[2], secondary: OKABE_ITO[3] };

const round = (v: number) => Math.round(v * 10) / 10;

/** A category axis named above its first bar (the axis is inverted: its start is at the top). */
function groupAxisName(name: string | undefined) {
  return name ? { name, nameLocation: 'start' as const, nameGap: 12, nameTextStyle: { color: '#64748b', align: 'right' as const } } : {};
}

export function decompositionOption(d: Decomposition, labels: DecompositionChartLabels) {
  const groups = [
    { name: labels.all, mean: d.overall.mean },
    ...Object.entries(d.byClass).map(([id, g]) => ({ name: labels.passengerClass(id), mean: g.mean })),
    { name: labels.slowest, mean: d.overall.p95.mean },
  ];
  // Room for the legend's rows, and for the group axis's name above the bars when it has one.
  const { legend, top } = wholeLegend(PARTS.map((p) => labels.part(p)), labels.y ? 42 : 20);
  return {
    animation: false,
    textStyle: baseTextStyle,
    grid: { ...grid, top, left: 120, bottom: 48 },
    legend,
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    xAxis: valueAxis(labels.x),
    yAxis: { type: 'category' as const, inverse: true, ...groupAxisName(labels.y), data: groups.map((g) => g.name), axisLabel: { color: '#64748b', width: 110, overflow: 'truncate' as const } },
    series: PARTS.map((p) => ({
      name: labels.part(p),
      type: 'bar' as const,
      stack: 'clearance',
      itemStyle: { color: PART_COLORS[p] },
      data: groups.map((g) => round(g.mean[p])),
    })),
  };
}

export interface DecompositionCompareLabels {
  part: (p: Part) => string;
  x: string;
  y?: string;
}

/** One stacked bar per lane (all passengers): where each lane's mean clearance goes, part by part. */
export function decompositionCompareOption(runs: ReadonlyArray<{ name: string; decomposition: Decomposition }>, labels: DecompositionCompareLabels) {
  const { legend, top } = wholeLegend(PARTS.map((p) => labels.part(p)), labels.y ? 42 : 20);
  return {
    animation: false,
    textStyle: baseTextStyle,
    grid: { ...grid, top, left: 160, bottom: 48 },
    legend,
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    xAxis: valueAxis(labels.x),
    yAxis: { type: 'category' as const, inverse: true, ...groupAxisName(labels.y), data: runs.map((r) => r.name), axisLabel: { color: '#64748b', width: 150, overflow: 'truncate' as const } },
    series: PARTS.map((p) => ({
      name: labels.part(p),
      type: 'bar' as const,
      stack: 'clearance',
      itemStyle: { color: PART_COLORS[p] },
      data: runs.map((r) => round(r.decomposition.overall.mean[p])),
    })),
  };
}
