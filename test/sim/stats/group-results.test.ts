/**
 * Results per flight and per vehicle: every passenger a group brings is counted for it
 * (conservation per flight), its first and last exit bracket its clearances, the figures do
 * not depend on how replications are split into blocks, and the dwell of a bus is its last
 * passenger's exit minus its arrival.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finishRun, prepareRun, run, runBlock, validateScenario, type Scenario } from '../../../sim/index.js';

function load(name: string): Scenario {
  const v = validateScenario(
    JSON.parse(readFileSync(new URL(`../../../scenarios/${name}`, import.meta.url), 'utf8')),
  );
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('per-group results', () => {
  const heihe = load('heihe-road-port.json');
  const result = run(heihe, { seed: 4, replications: 4 });

  it('one row per vehicle, each passenger counted for their vehicle', () => {
    const vehicles = heihe.arrivals.flatMap((a) => (a.kind === 'vehicles' ? a.vehicles : []));
    expect(result.groups!.map((g) => [g.id, g.kind, g.passengers, g.cleared])).toEqual(
      vehicles.map((v) => [v.id, 'vehicle', v.passengers, v.passengers]),
    );
    const total = result.groups!.reduce((n, g) => n + g.cleared, 0);
    expect(total * result.replications).toBe(result.passengers);
  });

  it('first and last exits bracket the group, the dwell is last exit minus arrival', () => {
    for (const g of result.groups!) {
      expect(g.firstClearedSeconds).toBeGreaterThan(g.atSeconds);
      expect(g.lastClearedSeconds).toBeGreaterThanOrEqual(g.firstClearedSeconds);
      expect(g.dwellSeconds).toBeCloseTo(g.lastClearedSeconds - g.atSeconds, 6);
      expect(g.p95Clearance).toBeGreaterThanOrEqual(g.meanClearance * 0.5);
      expect(g.meanClearanceCI95[0]).toBeLessThanOrEqual(g.meanClearance);
      expect(g.withinTarget).toBeGreaterThanOrEqual(0);
      expect(g.withinTarget).toBeLessThanOrEqual(1);
    }
  });

  it('the same for any split of the replications into blocks', () => {
    const prepared = prepareRun(heihe, { seed: 4, replications: 4 });
    const split = finishRun(prepared, [
      runBlock(prepared, 2, 2),
      runBlock(prepared, 0, 1),
      runBlock(prepared, 1, 1),
    ]);
    expect(split.groups).toEqual(result.groups);
  });

  it('a lane without flights or vehicles has no groups', () => {
    const s: Scenario = { ...heihe, arrivals: [{ kind: 'poisson', ratePerHour: 100 }] };
    expect(run(s, { replications: 1 }).groups).toBeUndefined();
  });
});
