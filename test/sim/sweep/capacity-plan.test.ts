import { describe, expect, it } from 'vitest';
import { parseTarget, planCapacity, run, scaleSchedule, SimulationError, targetLabel, type PlanResult } from '../../../sim/index.js';
import { planNotes } from '../../../present/insight/plan-notes.js';
import { singleStation } from '../helpers.js';
import { meanWait, probWaitOver, smallestServers } from './erlang.js';
import { meteredLane, richLane, tandem } from './scenarios.js';

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
    expect(err(() => planCapacity(sc, { stations: [{ id: 'border', min: 5, max: 3 }], target: t }))).toMatch(/max: expected a whole number from 5/);
    expect(err(() => planCapacity(sc, { stations: [{ id: 'border' }], target: parseTarget('gate.meanWait<=60') }))).toMatch(/unknown station id "gate"/);
  });
});

describe('an honest planner on a lane where more desks make p95 clearance worse', () => {
  const plan = planCapacity(meteredLane(12), { stations: [{ id: 'border' }], target: parseTarget('p95<=1400') });

  it('answers 9 desks but says that 10, 11 and today’s 12 miss, and why (the X-ray’s wait grew)', () => {
    expect(plan.found).toBe(true);
    expect(plan.best!.servers).toEqual({ border: 9 });
    expect(plan.stations[0].current).toBe(12);
    expect(plan.monotonic).toBe(false);
    const check = plan.checks!.find((c) => c.station === 'border')!;
    expect(check.monotonic).toBe(false);
    // Every count on the line, with its interval and verdict: misses below 9, meets at 9, misses above.
    expect(check.counts.map((c) => [c.servers, c.evaluation.status])).toEqual([
      [5, 'fails'],
      [6, 'fails'],
      [7, 'fails'],
      [8, 'fails'],
      [9, 'meets'],
      [10, 'fails'],
      [11, 'fails'],
      [12, 'fails'],
    ]);
    for (const c of check.counts) expect(c.evaluation.ci95).not.toBeNull();
    // Today's 12 misses clearly: the whole interval is above the target.
    expect(check.counts.at(-1)!.evaluation.ci95![0]).toBeGreaterThan(1400);
    expect(check.largerMisses.map((m) => m.servers)).toEqual([10, 11, 12]);
    for (const m of check.largerMisses) {
      expect(m.grew!.station).toBe('xray');
      expect(m.grew!.toSeconds).toBeGreaterThan(m.grew!.fromSeconds + 20);
    }
    // The reason is visible in the per-station waits of every evaluated point: the X-ray's rise with the desks.
    const xray = check.counts.map((c) => c.evaluation.stationWaits!.xray);
    for (let i = 1; i < xray.length; i++) expect(xray[i]).toBeGreaterThan(xray[i - 1]);
  });

  it('says so in both languages, naming today’s count and the station whose wait grew', () => {
    const en = planNotes(plan, 'en').map((n) => n.text);
    expect(en[0]).toBe('Not monotonic at border: 9 meets the target, but 10, 11, 12 miss — more servers there do not make this figure better.');
    expect(en[1]).toBe('The answer 9 is fewer than today\'s 12 at border, and today\'s count misses the target.');
    expect(en[4]).toMatch(/^With 12 at border, the mean wait at xray grows from 58\.0 s to 115\.1 s: fewer servers at border meter passengers into xray\.$/);
    const zh = planNotes(plan, 'zh-CN', (id) => ({ border: '边检', xray: 'X光机' })[id] ?? id).map((n) => n.text);
    expect(zh[0]).toContain('边检 的数量与该指标不单调：9 个满足目标，但 10、11、12 个不满足');
    expect(zh[4]).toContain('X光机 的平均等候由 58.0 秒 增至 115.1 秒');
  });

  it('a target no staffing can meet: "cannot be met, best reachable is …", stopping once desks stop helping', () => {
    const none = planCapacity(meteredLane(12), { stations: [{ id: 'border' }], target: parseTarget('p95<=1300') });
    expect(none.found).toBe(false);
    expect(none.stalled).toBe(true);
    // It stopped after four desks without improvement, far below the bound of 48.
    expect(none.evaluated.map((e) => e.servers.border)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(none.bestReachable!.servers).toEqual({ border: 9 });
    const [note] = planNotes(none, 'en').filter((n) => n.kind === 'cannot-be-met');
    expect(note.text).toMatch(/^The target cannot be met; the best reachable is 1375\.1 s \[1367\.5, 1382\.7\] at border 9\. Adding servers stopped improving/);
    expect(planNotes(none, 'zh-CN').find((n) => n.kind === 'cannot-be-met')!.text).toMatch(/^目标无法达到；可达到的最好结果为 border 9 时的 1375\.1 秒/);
  });

  it('a monotonic lane: checks one more and today’s count, and says they meet', () => {
    const sc = singleStation({ ratePerHour: 600, meanService: 60, servers: 14, hours: 8, warmup: 1 });
    const p = planCapacity(sc, { stations: [{ id: 'desk' }], target: parseTarget('desk.meanWait<=20') });
    expect(p.monotonic).toBe(true);
    const above = p.checks![0].counts.filter((c) => c.servers > p.best!.servers.desk).map((c) => c.servers);
    expect(above).toEqual([p.best!.servers.desk + 1, 14]);
    expect(planNotes(p, 'en').map((n) => n.text)).toEqual([`Checked above the answer at desk: ${above.join(', ')} also meet the target.`]);
  });
});

describe('stations with a staffing schedule are planned by scaling the schedule', () => {
  it('scales every step by count ÷ today’s peak, rounded up, closed steps closed', () => {
    const steps = [
      { fromSeconds: 0, servers: 2 },
      { fromSeconds: 1800, servers: 3 },
      { fromSeconds: 3000, servers: 0 },
    ];
    expect(scaleSchedule(steps, 3, 6).map((s) => s.servers)).toEqual([4, 6, 0]);
    expect(scaleSchedule(steps, 3, 1).map((s) => s.servers)).toEqual([1, 1, 0]);
    expect(scaleSchedule(steps, 3, 3)).toEqual(steps);
  });

  it('plans the X-ray of a lane whose X-ray follows a schedule; the answer’s scaled schedule meets the target when run', () => {
    const sc = richLane();
    const plan = planCapacity(sc, { stations: [{ id: 'xray' }], target: parseTarget('xray.meanWait<=30') });
    expect(plan.stations[0]).toMatchObject({ id: 'xray', current: 3, scheduled: true });
    expect(plan.found).toBe(true);
    const n = plan.best!.servers.xray;
    const xray = sc.stations.find((s) => s.id === 'xray')!;
    const scaled = { ...sc, stations: sc.stations.map((s) => (s.id === 'xray' ? { ...s, servers: scaleSchedule(xray.servers as Array<{ fromSeconds: number; servers: number }>, 3, n) } : s)) };
    const r = run(scaled, { seed: plan.seed, replications: plan.best!.replications });
    expect(r.stations.find((s) => s.id === 'xray')!.meanWait).toBeCloseTo(plan.best!.value!, 6);
    expect(plan.best!.value!).toBeLessThanOrEqual(30);
    expect(planNotes(plan, 'en')[0].text).toBe('xray follows a staffing schedule: the count is the schedule\'s peak (today 3); every step is scaled by count ÷ 3, rounded up.');
  });
});
