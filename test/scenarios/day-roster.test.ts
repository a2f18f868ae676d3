/**
 * The whole-day scenario: its border desk roster follows the flight banks, and it is the
 * roster (not the day's average load) that keeps the lane within target — two desks all
 * day, as between the banks, would fail the evening bank.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareResults, run, validateScenario, type Scenario } from '../../sim/index.js';

function load(): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(new URL('../../scenarios/harbin-t1-entry-smart-day.json', import.meta.url), 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('harbin-t1-entry-smart-day', () => {
  test('staffs the border desks on a roster and meets the 30-min target', () => {
    const s = load();
    const r = run(s, { replications: 8 });
    const border = r.stations.find((x) => x.id === 'border')!;
    expect(Array.isArray(s.stations.find((x) => x.id === 'border')!.servers)).toBe(true);
    expect(border.meanServers).toBeGreaterThan(2);
    expect(border.meanServers).toBeLessThan(6);
    expect(r.passengers / r.replications).toBe(844);
    expect(r.withinTarget.shareCI95[0]).toBeGreaterThan(0.95);
  });

  test('two desks all day (no roster) is significantly worse at the border', () => {
    const s = load();
    const flat = structuredClone(s);
    flat.stations.find((x) => x.id === 'border')!.servers = 2;
    const rostered = run(s, { replications: 8 });
    const unrostered = run(flat, { replications: 8 });
    const c = compareResults(rostered, unrostered);
    const p95 = c.metrics.find((m) => m.key === 'clearance.p95')!;
    expect(p95.winner).toBe('a');
    expect(p95.diff).toBeGreaterThan(300);
  });
});
