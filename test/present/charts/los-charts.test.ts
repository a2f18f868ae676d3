/** The level-of-service heat map and report section are the result's bands, drawn. */
import { describe, expect, it } from 'vitest';
import { run, type Scenario } from '../../../sim/index.js';
import { losHeatmapOption } from '../../../present/charts/los-charts.js';
import { losReportSection } from '../../../present/report/los-report.js';
import { LOS_BANDS } from '../../../present/words/los-words.js';
import { chartData } from '../../../present/report/chart-svg.js';

function twoDesks(): Scenario {
  return {
    format: 'lanesim/scenario@1',
    name: 'two desks',
    horizon: { arrivalsSeconds: 3600 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'vehicles', vehicles: [{ id: 'bus', atSeconds: 0, passengers: 100, alightPerMinute: 10_000 }] }],
    entry: 'walk',
    stations: [
      { id: 'walk', mode: 'delay', service: { dist: 'constant', value: 5 }, next: 'desk' },
      { id: 'desk', mode: 'queue', checks: ['border'], servers: 1, service: { dist: 'constant', value: 9 }, next: 'exit', queueAreaM2: 45 },
    ],
  };
}

describe('level-of-service presentation', () => {
  const r = run(twoDesks(), { replications: 1 });
  const los = r.stations[1].los!;

  it('heat map: one row per station with a level of service, a cell per interval with passengers, valued by band', () => {
    const o = losHeatmapOption(r, { x: 'Time', series: 'LoS' }, 'en', (id) => id.toUpperCase());
    expect(o.yAxis.data).toEqual(['DESK']);
    const cells = o.series[0].data;
    const expected = los.intervals.class.flatMap((c, k) => (c === null ? [] : [[k, 0, LOS_BANDS.indexOf(c)]]));
    expect(cells).toEqual(expected);
    expect(cells[0][2]).toBe(LOS_BANDS.indexOf('under-provided'));
    expect(chartData(o, { title: 't', scenario: 's' }).series[0].data).toEqual(expected);
    expect(o.visualMap.pieces.map((p) => p.label)).toEqual(['over-design', 'optimum', 'sub-optimum', 'under-provided']);
  });

  it('report section: matrix cell, table row and heat map, in both languages', () => {
    const en = losReportSection(r, 'en', 'two desks', (id) => id);
    expect(en).toContain('data-testid="report-los-matrix"');
    expect(en).toMatch(/<tr data-station="desk" data-class="under-provided">/);
    expect(en).toContain('data-testid="report-los-heatmap"');
    const zh = losReportSection(r, 'zh-CN', '两个柜台', (id) => id);
    expect(zh).toContain('供给不足');
    expect(zh).toContain('服务水平矩阵');
  });
});
