/**
 * The level-of-service heat map: stations down, intervals across, each cell coloured by its
 * band (one piecewise colour scale, the bands' own colours), so a planner sees at a glance
 * which station falls below optimum at which hour. A pure function of the RunResult.
 */
import type { LosClassName, RunResult } from '../../sim/index.js';
import { fmtClock } from '../format.js';
import { LOS_BANDS, LOS_COLOUR, losBandLabel, type LosLanguage } from '../words/los-words.js';
import { baseTextStyle } from './chart-theme.js';

export interface LosHeatmapLabels {
  x: string;
  series: string;
}

/** Stations with a level of service, in lane order. */
export function losStations(result: RunResult) {
  return result.stations.filter((s) => s.los);
}

/** Heat map option: x = interval start (clock), y = station, value = band index (0 over-design … 3 under-provided). */
export function losHeatmapOption(result: RunResult, labels: LosHeatmapLabels, lang: LosLanguage, stationLabel: (id: string) => string) {
  const stations = losStations(result);
  const width = stations[0]?.los?.intervals.intervalSeconds ?? 900;
  const n = Math.max(0, ...stations.map((s) => s.los!.intervals.class.length));
  const times = Array.from({ length: n }, (_, k) => fmtClock(k * width));
  const data: Array<[number, number, number]> = [];
  stations.forEach((s, row) => {
    s.los!.intervals.class.forEach((c: LosClassName | null, k) => {
      if (c !== null) data.push([k, row, LOS_BANDS.indexOf(c)]);
    });
  });
  // Top row first: the lane's first station at the top.
  const names = stations.map((s) => stationLabel(s.id));
  return {
    animation: false,
    textStyle: baseTextStyle,
    tooltip: { position: 'top' as const },
    grid: { left: 120, right: 20, top: 36, bottom: 72 },
    xAxis: { type: 'category' as const, data: times, name: labels.x, nameLocation: 'middle' as const, nameGap: 26, splitArea: { show: true }, axisLabel: { color: '#64748b' } },
    // The bands' colour scale is the key; the one series needs no legend entry.
    legend: { show: false, data: [] as string[] },
    yAxis: { type: 'category' as const, data: names, name: '', inverse: true, splitArea: { show: true }, axisLabel: { color: '#334155' } },
    visualMap: {
      type: 'piecewise' as const,
      orient: 'horizontal' as const,
      left: 'center',
      bottom: 0,
      seriesIndex: 0,
      dimension: 2,
      pieces: LOS_BANDS.map((b, i) => ({ value: i, label: losBandLabel(b, lang), color: LOS_COLOUR[b] })),
      textStyle: { color: '#334155' },
    },
    series: [
      {
        name: labels.series,
        type: 'heatmap' as const,
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}
