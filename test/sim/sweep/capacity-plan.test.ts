import { describe, expect, it } from 'vitest';
import { parseTarget, planCapacity, SimulationError, targetLabel, type PlanResult } from '../../../sim/index.js';
import { singleStation } from '../helpers.js';
import { meanWait, probWaitOver, smallestServers } from './erlang.js';
import { richLane, tandem } from './scenarios.js';

function countOf(plan: PlanResult, id: string): number {
  return plan.best!.servers[id];
}

describe('targets', () => {
  it('reads targets in the metric’s unit, percentages and minutes', () => {
    expect(parseTarget('p95<=600')).toEqual({ metric: { name: 'p95' }, op: '<=', value: 600 });
    expect(parseTarget('p95 ≤ 10min')).toEqual({ metric: { name: 'p95' }, op: '<=', value: 600 });
    expect(parseTarget('waitOver5Min<=5%', 'border')).toEqual({ metric: { name: 'waitOver5Min', station: 'border' }, op: '<=', value: 0.05 });
    expect(parseTarget('border.p95Wait<=300')).toEqual({ metric: { name: 'p95Wait', station: 'border' }, op: '<=', value: 300 });
    expect(parseTarget('withinTarget>=0.95').op).toBe('>=');
    expect(targetLabel(parseTarget('border.waitOver5Min<=5%'))).toBe('share waiting over 5 min at border ≤ 5 %');
    expect(() => parseTarget('p95<600')).toThrow(/expected metric<=value/);
    expect(() => parseTarget('p99<=600')).toThrow(/unknown metric "p99"/);
    expect(() => parseTarget('meanWait<=60')).toThrow(/needs a station/);
    expect(() => parseTarget('p95<=5%')).toThrow(/not a percentage/);
    expect(() => parseTarget('withinTarget>=95')).toThrow(/share from 0 to 1/);
  });
});

describe('capacity planner on M/M/c lanes with known answers (Erlang C)', () => {
  it('finds the smallest c with mean wait ≤ 20 s (λ = 600/h, mean service 60 s)', () => {
    const lambda = 600 / 3600;
    const limit = 20;
    const expected = smallestServers((c) => meanWait(lambda, 60, c), limit);
    // The known answer is clear-cut, so the test can tell a right planner from a wrong one.
    expect(expected).toBe(12);
    expect(meanWait(lambda, 60, expected)).toBeLessThan(0.75 * limit);
    expect(meanWait(lambda, 60, expected - 1)).toBeGreaterThan(1.5 * limit);
    const sc = singleStation({ ratePerHour: 600, meanService: 60, servers: 20, hours: 16, warmup: 3 });
    const plan = planCapacity(sc, { stations: [{ id: 'desk' }], target: parseTarget(`desk.meanWait<=${limit}`) }, { seed: 1 });
    expect(plan.found).toBe(true);
    expect(countOf(plan, 'desk')).toBe(expected);
    expect(plan.stations[0]).toMatchObject({ id: 'desk', start: 11, current: 20, min: 1 });
    expect(plan.best!.status).toBe('meets');
    expect(plan.best!.ci95![1]).toBeLessThanOrEqual(limit);
    expect(plan.neighbours).toHaveLength(1);
    expect(plan.neighbours[0].evaluation).toMatchObject({ servers: { desk: expected - 1 }, status: 'fails' });
    expect(plan.neighbours[0].evaluation.ci95![0]).toBeGreaterThan(limit);
  });

  it('finds the smallest c with P(wait > 5 min) ≤ 5 % (λ = 200/h, mean service 180 s)', () => {
    const lambda = 200 / 3600;
    const expected = smallestServers((c) => probWaitOver(lambda, 180, c, 300), 0.05);
    expect(expected).toBe(12);
    expect(probWaitOver(lambda, 180, expected, 300)).toBeLessThan(0.4 * 0.05);
    expect(probWaitOver(lambda, 180, expected - 1, 300)).toBeGreaterThan(2 * 0.05);
    const sc = singleStation({ ratePerHour: 200, meanService: 180, servers: 14, hours: 30, warmup: 4 });
    const plan = planCapacity(sc, { stations: [{ id: 'desk' }], target: parseTarget('waitOver5Min<=5%', 'desk') }, { seed: 2 });
    expect(countOf(plan, 'desk')).toBe(expected);
    expect(plan.target.label).toBe('share waiting over 5 min at desk ≤ 5 %');
    expect(plan.neighbours[0].evaluation.status).toBe('fails');
  });

  it('two stations in tandem: the smallest total meeting a mean clearance target (marginal analysis)', () => {
    const lambda = 600 / 3600;
    const limit = 90 + 25; // service 60 s + 30 s, plus at most 25 s of waiting in all
    const theory = (a: number, b: number) => 60 + 30 + meanWait(lambda, 60, a) + meanWait(lambda, 30, b);
    // Enumerate every pair to find the smallest total that meets the target in theory.
    let bestTotal = Infinity;
    for (let a = 11; a <= 20; a++) for (let b = 6; b <= 15; b++) if (theory(a, b) <= limit) bestTotal = Math.min(bestTotal, a + b);
    expect(bestTotal).toBe(19);
    for (let a = 11; a <= 12; a++) expect(theory(a, 18 - a)).toBeGreaterThan(limit + 5);
    const sc = tandem({ ratePerHour: 600, serviceA: 60, serviceB: 30, a: 20, b: 10, hours: 16, warmup: 3 });
    const progress: number[] = [];
    const plan = planCapacity(sc, { stations: [{ id: 'border' }, { id: 'xray' }], target: parseTarget('mean<=115') }, { onProgress: (p) => progress.push(p.replicationsRun) });
    expect(plan.best!.total).toBe(bestTotal);
    expect(theory(plan.best!.servers.border, plan.best!.servers.xray)).toBeLessThan(limit);
    expect(plan.stations.map((s) => s.start)).toEqual([11, 6]);
    expect(plan.neighbours.map((n) => n.station)).toEqual(['border', 'xray']);
    for (const n of plan.neighbours) expect(n.evaluation.status).not.toBe('meets');
    expect(progress.at(-1)).toBe(plan.replicationsRun);
  });
});

describe('capacity planner edges', () => {
  it('adds replications when the interval straddles the target, up to the cap', () => {
    const sc = singleStation({ ratePerHour: 600, meanService: 60, servers: 12, hours: 6, warmup: 1 });
    // A target right at c = 12's figure: its interval must straddle it.
    const probe = planCapacity(sc, { stations: [{ id: 'desk', min: 12, max: 12 }], target: parseTarget('desk.meanWait<=1000') }, { replications: 4 });
    const centre = probe.best!.value!;
    const plan = planCapacity(sc, { stations: [{ id: 'desk', min: 12, max: 12 }], target: parseTarget(`desk.meanWait<=${centre}`) }, { replications: 4, maxReplications: 16 });
    expect(plan.found).toBe(false);
    expect(plan.best).toMatchObject({ status: 'uncertain', replications: 16 });
    expect(plan.note).toMatch(/not met even with the most servers allowed \(desk 12\)/);
  });

  it('says when even the most servers allowed cannot keep up', () => {
    const sc = singleStation({ ratePerHour: 600, meanService: 60, servers: 12, hours: 2, warmup: 0 });
    const plan = planCapacity(sc, { stations: [{ id: 'desk', max: 9 }], target: parseTarget('p95<=600') });
    expect(plan).toMatchObject({ found: false, best: null, evaluated: [] });
    expect(plan.note).toMatch(/"desk" \(needs at least 11, max 9\)/);
  });

  it('refuses stations it cannot plan, naming them', () => {
    const sc = richLane();
    const t = parseTarget('p95<=600');
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(SimulationError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err(() => planCapacity(sc, { stations: [{ id: 'desks' }], target: t }))).toMatch(/unknown station id "desks" \(known: corridor, border, xray, quarantine\)/);
    expect(err(() => planCapacity(sc, { stations: [{ id: 'corridor' }], target: t }))).toMatch(/"corridor" is a delay station/);
    expect(err(() => planCapacity(sc, { stations: [{ id: 'xray' }], target: t }))).toMatch(/staffing schedule/);
    expect(err(() => planCapacity(sc, { stations: [{ id: 'border', min: 5, max: 3 }], target: t }))).toMatch(/max: expected a whole number from 5/);
    expect(err(() => planCapacity(sc, { stations: [{ id: 'border' }], target: parseTarget('gate.meanWait<=60') }))).toMatch(/unknown station id "gate"/);
  });
});
