/**
 * Utilisation over time: each interval's busy over available server time. Its totals must
 * add up to the station's overall utilisation, it must see a roster open and close desks,
 * and it must show a flight bank saturating desks that are idle on average.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { prepareRun, run, runBlock, validateScenario, type Scenario } from '../../../sim/index.js';
import { singleStation } from '../helpers.js';

describe('utilisation over time', () => {
  test('interval totals add up to the overall utilisation (no warm-up)', () => {
    const s = singleStation({ ratePerHour: 300, meanService: 30, servers: 3, hours: 6, warmup: 0 });
    const prepared = prepareRun(s, { seed: 2, replications: 1, intervalSeconds: 600 });
    const rep = runBlock(prepared, 0, 1);
    const busy = rep.series.busy[0].reduce((a, b) => a + b, 0);
    const available = rep.series.available[0].reduce((a, b) => a + b, 0);
    expect(rep.series.busy[0].length).toBe(rep.series.inLane.length);
    expect(busy / available).toBeCloseTo(rep.stations[0].busyArea[0] / rep.stations[0].availableArea[0], 5);
    const r = run(s, { seed: 2, replications: 3, intervalSeconds: 600 });
    const series = r.timeseries.utilization.desk;
    expect(series).toHaveLength(r.timeseries.t.length);
    // Steady Poisson traffic at load 0.83: every full interval is busy, none above 1.
    for (const u of series.slice(1, -2)) {
      expect(u).toBeGreaterThan(0.5);
      expect(u).toBeLessThanOrEqual(1);
    }
    expect(r.stations[0].peakUtilization).toBe(Math.max(...series));
  });

  test('a roster changes the server time available in each interval', () => {
    const s: Scenario = singleStation({ ratePerHour: 60, meanService: 30, servers: 1, hours: 3, warmup: 0 });
    s.stations[0].servers = [{ fromSeconds: 0, servers: 1 }, { fromSeconds: 3600, servers: 4 }, { fromSeconds: 7200, servers: 2 }];
    const rep = runBlock(prepareRun(s, { seed: 1, replications: 1, intervalSeconds: 1200 }), 0, 1);
    // Server time per interval, summed in 1/1024 s.
    const available = rep.series.available[0].map((a) => a / 1024);
    expect(available.slice(0, 3)).toEqual([1200, 1200, 1200]);
    expect(available.slice(3, 6)).toEqual([4800, 4800, 4800]);
    expect(available[6]).toBe(2400);
  });

  test('the whole-day lane: border desks saturate in a flight bank though idle on average', () => {
    const v = validateScenario(JSON.parse(readFileSync(new URL('../../../scenarios/harbin-t1-entry-smart-day.json', import.meta.url), 'utf8')));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const r = run(v.scenario, { replications: 5 });
    const border = r.stations.find((x) => x.id === 'border')!;
    expect(border.utilization).toBeLessThan(0.3);
    expect(border.peakUtilization).toBeGreaterThan(0.9);
    const series = r.timeseries.utilization.border;
    const t = r.timeseries.t;
    const peakAt = t[series.indexOf(border.peakUtilization)];
    // Banks land from 08:30 and 18:40 (9,000 and 45,600 s after 06:00); between them the desks idle.
    const inMorningBank = peakAt >= 9000 && peakAt < 16_200;
    const inEveningBank = peakAt >= 45_600 && peakAt < 54_000;
    expect(inMorningBank || inEveningBank, `peak at ${peakAt} s`).toBe(true);
    const afternoon = series.filter((_, i) => t[i] >= 18_000 && t[i] < 25_000);
    expect(Math.max(...afternoon)).toBeLessThan(0.2);
    expect(r.timeseries.utilization.corridor).toBeUndefined();
  });
});
