/**
 * The level-of-service heat map: stations down, intervals across, each cell coloured by its
 * band (one piecewise colour scale, the bands' own colours), so a planner sees at a glance
 * which station falls below optimum at which hour. A pure function of the RunResult.
 */
import type { LosClassName, RunResult } from '../../sim/index.js';
import { LOS_BANDS, LOS_COLOUR, losBandLabel, type LosLanguage } from '../words/los-words.js';
import { clockAxis } from './chart-theme.js';
import { stationTimeHeatmapOption } from './heat-map.js';

export interface LosHeatmapLabels {
  x: string;
  series: string;
}

/** Stations with a level of service, in lane order. */
export function losStations(result: RunResult) {
  return result.stations.filter((s) => s.los);
}

/** Heat map option: x = interval start (the charts' clock axis), y = station, value = band index (0 over-design … 3 under-provided). */
export function losHeatmapOption(result: RunResult, labels: LosHeatmapLabels, lang: LosLanguage, stationLabel: (id: string) => string) {
  const stations = losStations(result);
  const width = stations[0]?.los?.intervals.intervalSeconds ?? 900;
  const n = Math.max(0, ...stations.map((s) => s.los!.intervals.class.length));
  const data: Array<[number, number, number]> = [];
  stations.forEach((s, row) => {
    s.los!.intervals.class.forEach((c: LosClassName | null, k) => {
      if (c !== null) data.push([k, row, LOS_BANDS.indexOf(c)]);
    });
  });
  return stationTimeHeatmapOption({
    stations: stations.map((s) => stationLabel(s.id)),
    xAxis: clockAxis(Array.from({ length: n }, (_, k) => k * width), width, labels.x, result.clock),
    data,
    pieces: LOS_BANDS.map((b, i) => ({ value: i, label: losBandLabel(b, lang), color: LOS_COLOUR[b] })),
    seriesName: labels.series,
    valueText: (v) => losBandLabel(LOS_BANDS[v], lang),
  });
}
