/**
 * Stations mapped across two lanes: every station of either lane appears in exactly one
 * row; merged stations stand against the sum of their sources (by mergedFrom, or by checks
 * for a hand-made lane); removed and added stations are named.
 */
import { describe, expect, it } from 'vitest';
import { consolidate, laneStructure, mapStations, type Scenario } from '../../../sim/index.js';
import { bundled } from '../scenario/bundled.js';

function coversEveryStationOnce(a: Scenario, b: Scenario) {
  const rows = mapStations(laneStructure(a), laneStructure(b));
  expect(rows.flatMap((r) => r.a).sort()).toEqual(a.stations.map((s) => s.id).sort());
  expect(rows.flatMap((r) => r.b).sort()).toEqual(b.stations.map((s) => s.id).sort());
  return rows;
}

describe('station mapping', () => {
  it('maps a consolidated lane by mergedFrom', () => {
    const classic = bundled('harbin-t1-exit-classic.json');
    const merged = consolidate(classic, { stations: ['customs-carryon', 'security'], baggageSystem: ['customs-checked'], into: 'joint-check', service: 'max' }).scenario;
    const rows = coversEveryStationOnce(classic, merged);
    expect(rows.find((r) => r.b.includes('joint-check'))).toEqual({ kind: 'merged', a: ['customs-checked', 'customs-carryon', 'security'], b: ['joint-check'], by: 'mergedFrom' });
    expect(rows.find((r) => r.b.includes('customs-checked-routing'))).toMatchObject({ kind: 'added', a: [] });
    expect(rows.filter((r) => r.kind === 'same').map((r) => r.a[0])).toEqual(['egates', 'border', 'customs-inspection', 'customs-carryon-inspection', 'bag-search']);
  });

  it('maps hand-made lanes by checks: the corridor takes temperature and radiation, reclaim the bag X-ray', () => {
    const rows = coversEveryStationOnce(bundled('harbin-t1-entry-classic.json'), bundled('harbin-t1-entry-smart.json'));
    expect(rows.find((r) => r.b.includes('corridor'))).toMatchObject({ kind: 'merged', a: ['temperature', 'radiation'] });
    expect(rows.find((r) => r.b.includes('reclaim'))).toMatchObject({ kind: 'merged', a: ['reclaim', 'customs-xray'] });
    expect(rows.find((r) => r.b.includes('egates'))).toMatchObject({ kind: 'added', a: [] });
  });

  it('names removed stations and maps the reverse direction as a split', () => {
    const classic = bundled('harbin-t1-exit-classic.json');
    const merged = consolidate(classic, { stations: ['customs-carryon', 'security'], into: 'joint', service: 'sum' }).scenario;
    const back = coversEveryStationOnce(merged, classic);
    expect(back.find((r) => r.a.includes('joint'))).toEqual({ kind: 'split', a: ['joint'], b: ['customs-carryon', 'security'], by: 'mergedFrom' });
    const without = structuredClone(classic);
    without.stations = without.stations.filter((st) => st.id !== 'customs-carryon' && st.id !== 'customs-carryon-inspection');
    for (const st of without.stations) if (st.next === 'customs-carryon') st.next = 'security';
    const removed = coversEveryStationOnce(classic, without);
    expect(removed.find((r) => r.a.includes('customs-carryon'))).toEqual({ kind: 'removed', a: ['customs-carryon'], b: [], by: 'none' });
  });
});
