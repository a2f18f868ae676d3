/**
 * ECharts shows a tooltip formatter's string as HTML, and the labels carry station names
 * and parameter paths from the scenario: every interpolated text must be escaped, or a
 * station called <img onerror=…> runs script in the workbench.
 */
import { describe, expect, it } from 'vitest';
import { sweep } from '../../../sim/index.js';
import { sweepHeatmapOption, sweepLineOption, type SweepChartLabels } from '../../../present/charts/sweep-charts.js';
import { bundled } from '../../renderer/sweep/helpers.js';

const HOSTILE = '<img src=x onerror="alert(1)">';
const labels: SweepChartLabels = { x: `servers at ${HOSTILE}`, x2: `scale ${HOSTILE}`, y: 'p95 (s)', metric: `p95 & ${HOSTILE}`, band: `95 % ${HOSTILE}`, overload: `over ${HOSTILE}`, base: 'scenario' };

describe('chart tooltips escape what they interpolate', () => {
  const classic = bundled('harbin-t1-entry-classic');
  it('line chart and heat map', () => {
    const line = sweep(classic, { params: [{ path: 'stations[id=border].servers', values: [2, 8] }], metric: { name: 'p95' } }, { seed: 1, replications: 2 });
    const lineTip = sweepLineOption(line, labels).tooltip.formatter;
    const texts = [lineTip([{ dataIndex: 0 }]), lineTip([{ dataIndex: 1 }])];
    const grid = sweep(classic, { params: [{ path: 'stations[id=border].servers', values: [8] }, { path: 'arrivals.scale', values: [1] }], metric: { name: 'p95' } }, { seed: 1, replications: 2 });
    texts.push(sweepHeatmapOption(grid, labels).tooltip.formatter({ value: [0, 0, 0] }));
    for (const html of texts) {
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
      // The formatter's own line breaks stay markup.
      expect(html).toContain('<br/>');
    }
    expect(texts[1]).toContain('p95 &amp; ');
  });
});
