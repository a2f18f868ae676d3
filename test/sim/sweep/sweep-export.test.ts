/**
 * The sweep and plan export builders (sim/export): the CSV has one row per point with the
 * figures of the SweepResult (an overloaded point has empty figures and names its
 * stations), a BOM only when asked, and round-trips to the JSON's numbers; the JSON texts
 * parse back to the very objects.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, planJson, sweepCsv, sweepCsvHeader, sweepJson } from '../../../sim/export/index.js';
import { parseMetric, parseTarget, planCapacity, sweep, type SweepResult } from '../../../sim/index.js';
import { tandem } from './scenarios.js';

const lane = () => tandem({ ratePerHour: 300, serviceA: 60, serviceB: 30, a: 6, b: 3, hours: 1, warmup: 0 });

describe('sweep export builders', () => {
  const result: SweepResult = sweep(lane(), { params: [{ path: 'stations[id=border].servers', values: [5, 6, 8] }], metric: parseMetric('border.meanWait') }, { seed: 3, replications: 2 });

  it('writes one CSV row per point, the overloaded point with its stations and no figures', () => {
    expect(result.rows.map((r) => r.status)).toEqual(['unstable', 'ok', 'ok']);
    const csv = sweepCsv(result);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(sweepCsvHeader(result));
    expect(rows[0]).toEqual(['stations[id=border].servers', 'status', 'border.meanWait', 'border.meanWait_ci95_low', 'border.meanWait_ci95_high', 'passengers', 'overloaded', 'scenarioHash', 'seed', 'replications', 'engine']);
    expect(rows).toHaveLength(4);
    // Every row names what it came from: scenario hash, seed, replications, engine.
    expect(rows[1]).toEqual(['5', 'unstable', '', '', '', '0', 'border', result.scenarioHash, '3', '2', result.engine]);
    for (let i = 1; i < 3; i++) {
      const r = result.rows[i];
      const [v, status, value, low, high, passengers, overloaded] = rows[i + 1];
      expect([Number(v), status, overloaded]).toEqual([r.values[0], 'ok', '']);
      expect(Number(value)).toBeCloseTo(r.value!, 6);
      expect(Number(low)).toBeCloseTo(r.ci95![0], 6);
      expect(Number(high)).toBeCloseTo(r.ci95![1], 6);
      expect(Number(passengers)).toBe(r.passengers);
      expect(r.passengers).toBeGreaterThan(100);
    }
  });

  it('starts with a BOM for Excel when asked, otherwise the same text', () => {
    expect(sweepCsv(result, { bom: true })).toBe('\uFEFF' + sweepCsv(result));
  });

  it('names both parameters in a grid, the first varying slowest', () => {
    const grid = sweep(lane(), { params: [{ path: 'stations[id=border].servers', values: [6, 7] }, { path: 'stations[id=xray].servers', values: [2, 3] }], metric: parseMetric('p95') }, { seed: 3, replications: 2 });
    const rows = parseCsv(sweepCsv(grid));
    expect(rows[0].slice(0, 3)).toEqual(['stations[id=border].servers', 'stations[id=xray].servers', 'status']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([['6', '2'], ['6', '3'], ['7', '2'], ['7', '3']]);
    // xray at 2 servers: 300/h × 30 s = 2.5 erlangs, it cannot keep up.
    expect(rows.slice(1).map((r) => r[7])).toEqual(['xray', '', 'xray', '']);
  });

  it('writes the JSON as the CLI prints it and parses back to the same object', () => {
    const text = sweepJson(result);
    expect(text).toBe(JSON.stringify(result, null, 2) + '\n');
    expect(JSON.parse(text)).toEqual(result);
    expect(JSON.parse(text).format).toBe('lanesim/sweep@1');
    const plan = planCapacity(lane(), { stations: [{ id: 'border', max: 12 }], target: parseTarget('border.meanWait<=60') }, { seed: 3, replications: 2, maxReplications: 4 });
    const planText = planJson(plan);
    expect(planText.endsWith('}\n')).toBe(true);
    expect(JSON.parse(planText)).toEqual(plan);
    expect(JSON.parse(planText).format).toBe('lanesim/plan@1');
  });
});
