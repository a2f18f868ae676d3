/**
 * Consolidation as an operation: the derived lane unites checks, keeps alarms with their
 * checks and targets, rewires routing and secondary returns, combines service by the rule,
 * records mergedFrom; split restores the original exactly; merges that are not one run of
 * one path, or would change where a passenger goes, are refused with the reason.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../sim/scenario/scenario-hash.js';
import { combineDists, compileDist, consolidate, ConsolidateError, laneStructure, split, validateScenario, type Scenario } from '../../../sim/index.js';
import { bundled } from './bundled.js';

const exitClassic = () => bundled('harbin-t1-exit-classic.json');
const station = (s: Scenario, id: string) => s.stations.find((st) => st.id === id)!;
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConsolidateError);
    return (e as Error).message;
  }
  throw new Error('expected the merge to be refused');
};

describe('consolidate', () => {
  const merge = () => consolidate(exitClassic(), { stations: ['security', 'customs-carryon'], baggageSystem: ['customs-checked'], into: 'joint-check', service: 'max' });

  it('derives the exit merge (一次过检 + 一机双屏): checks united, alarms kept, routing rewired, mergedFrom recorded', () => {
    const { scenario: m, notes } = merge();
    expect(validateScenario(m).ok).toBe(true);
    const j = station(m, 'joint-check');
    expect(j.checks).toEqual(['customs-carry-on', 'security']);
    expect(j.baggageSystemChecks).toEqual(['customs-checked-bags']);
    expect(j.mode).toBe('queue');
    expect(j.servers).toBe(3);
    expect(j.alarms?.map((a) => [a.check, a.probability, a.per ?? 'passenger', a.to])).toEqual([
      ['customs-checked-bags', 0.02, 'bag', 'customs-inspection'],
      ['customs-carry-on', 0.01, 'passenger', 'customs-carryon-inspection'],
      ['security', 0.08, 'passenger', 'bag-search'],
    ]);
    expect(j.mergedFrom?.rule).toBe('max');
    expect(j.mergedFrom?.stations.map((x) => [x.id, x.onBaggageSystem ?? false])).toEqual([
      ['customs-checked', true],
      ['customs-carryon', false],
      ['security', false],
    ]);
    // Sources keep their display names for split and for the comparison.
    expect(j.mergedFrom?.stations[2].names?.['zh-CN']).toBe('机场安检');
    // Border desks and e-gates now lead to the joint check; the entry routes as the bag X-ray did.
    expect(station(m, 'egates').next).toBe('joint-check');
    expect(station(m, 'border').next).toBe('joint-check');
    expect(m.entry).toBe('customs-checked-routing');
    expect(station(m, 'customs-checked-routing').next).toEqual(station(exitClassic(), 'customs-checked').next);
    // Secondary stations that resumed inside the merged run (or after the moved X-ray) resume after it.
    expect(station(m, 'customs-inspection').next).toBe('exit');
    expect(station(m, 'customs-carryon-inspection').next).toBe('exit');
    expect(m.stations.map((s) => s.id)).not.toContain('security');
    expect(m.translations?.['zh-CN'].stations?.['joint-check']).toBe('海关手提行李X光机检 + 机场安检');
    expect(notes.join('\n')).toMatch(/servers.*3/);
  });

  it('computes "−1 step, −2 queues" for the exit merge', () => {
    const before = laneStructure(exitClassic());
    const after = laneStructure(merge().scenario);
    expect([before.steps, before.queues]).toEqual([4, 4]);
    expect([after.steps, after.queues, after.baggageSystemSteps]).toEqual([3, 2, 1]);
    const bundledMerged = laneStructure(bundled('harbin-t1-exit-merged.json'));
    expect([bundledMerged.steps, bundledMerged.queues]).toEqual([after.steps, after.queues]);
  });

  it('split restores the classic lane exactly', () => {
    expect(canonicalJson(split(merge().scenario, 'joint-check').scenario)).toBe(canonicalJson(exitClassic()));
    const heihe = bundled('heihe-road-port.json');
    const m = consolidate(heihe, { stations: ['customs-xray', 'radiation'], into: 'one-stop', service: 'sum' }).scenario;
    expect(canonicalJson(split(m, 'one-stop').scenario)).toBe(canonicalJson(heihe));
    const entry = bundled('harbin-t1-entry-classic.json');
    const e = consolidate(entry, { stations: ['border', 'temperature'], into: 'temperature', service: 'sum', servers: 8 }).scenario;
    expect(station(e, 'quarantine').next).toBe('reclaim');
    expect(canonicalJson(split(e, 'temperature').scenario)).toBe(canonicalJson(entry));
  });

  it('combines per-class and per-bag parts by the rule', () => {
    const heihe = bundled('heihe-road-port.json');
    const m = consolidate(heihe, { stations: ['border', 'customs-xray'], into: 'joint', service: 'sum' }).scenario;
    const j = station(m, 'joint');
    const mean = (d: Parameters<typeof compileDist>[0]) => compileDist(d).mean;
    expect(mean(j.service)).toBeCloseTo(50 + 10, 1);
    expect(mean(j.serviceByClass!.foreign)).toBeCloseTo(75 + 10, 1);
    expect(mean(j.serviceByClass!.crew)).toBeCloseTo(30 + 10, 1);
    expect(j.perBag).toEqual(station(heihe, 'customs-xray').perBag);
    expect(j.mergedFrom?.rule).toBe('sum');
  });

  it('refuses stations that are not one run of one path, and merges that change routes', () => {
    expect(refusal(() => consolidate(exitClassic(), { stations: ['customs-checked', 'security'], into: 'x' }))).toMatch(/not on one path/);
    expect(refusal(() => consolidate(exitClassic(), { stations: ['security', 'bag-search'], into: 'x' }))).toMatch(/"bag-search" is a secondary station/);
    expect(refusal(() => consolidate(bundled('harbin-t1-entry-classic.json'), { stations: ['border', 'reclaim'], into: 'x' }))).toMatch(/reclaim, not a check/);
    expect(refusal(() => consolidate(bundled('harbin-t1-entry-smart.json'), { stations: ['corridor', 'egates'], into: 'x' }))).toMatch(/not on one path: "corridor" branches/);
    expect(refusal(() => consolidate(exitClassic(), { stations: ['egates', 'customs-carryon'], into: 'x' }))).toMatch(/"border" sends passengers straight to "customs-carryon", past "egates"/);
    expect(refusal(() => consolidate(exitClassic(), { stations: ['security'], into: 'x' }))).toMatch(/at least two/);
    expect(refusal(() => consolidate(exitClassic(), { stations: ['security', 'nope'], into: 'x' }))).toMatch(/unknown station "nope"/);
    expect(refusal(() => consolidate(exitClassic(), { stations: ['customs-carryon', 'security'], into: 'border' }))).toMatch(/already exists/);
    expect(refusal(() => consolidate(exitClassic(), { stations: ['security'], baggageSystem: ['egates'], into: 'x' }))).toMatch(/does not screen bags/);
    // A secondary shared with a station outside the merge would resume somewhere else for those passengers too.
    const shared = exitClassic();
    station(shared, 'customs-checked').alarms![0].to = 'customs-carryon-inspection';
    expect(refusal(() => consolidate(shared, { stations: ['customs-carryon', 'security'], into: 'x' }))).toMatch(/secondary station "customs-carryon-inspection" is shared with "customs-checked"/);
    const merged = merge().scenario;
    expect(refusal(() => consolidate(merged, { stations: ['joint-check', 'egates'], into: 'x' }))).toMatch(/already a merged station|not on one path/);
    expect(refusal(() => split(merged, 'egates'))).toMatch(/not a merged station/);
  });

  it('rejects a hand-edited mergedFrom that names a station still in the lane', () => {
    const m = merge().scenario;
    station(m, 'joint-check').mergedFrom!.stations[1].id = 'egates';
    const v = validateScenario(JSON.parse(JSON.stringify(m)));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.path)).toContain('stations[3].mergedFrom.stations[1].id');
  });
});

describe('combining service parts', () => {
  it('sum: means and variances add; constants stay constant', () => {
    expect(combineDists([{ dist: 'constant', value: 3 }, { dist: 'constant', value: 4.5 }], 'sum', 'x')).toEqual({ dist: 'constant', value: 7.5 });
    const d = compileDist(combineDists([{ dist: 'exponential', mean: 10 }, { dist: 'uniform', min: 0, max: 12 }], 'sum', 'x'));
    expect(d.mean).toBeCloseTo(16, 2);
    expect(Math.sqrt(d.variance)).toBeCloseTo(Math.sqrt(100 + 12), 1);
  });

  it('max: the slowest part decides, the same numbers every time', () => {
    const parts = [
      { dist: 'lognormal', mean: 24, cv: 0.5 },
      { dist: 'lognormal', mean: 12, cv: 0.5 },
    ] as const;
    const a = combineDists([...parts], 'max', 'joint');
    expect(a).toEqual(combineDists([...parts], 'max', 'joint'));
    const m = compileDist(a).mean;
    expect(m).toBeGreaterThan(24);
    expect(m).toBeLessThan(24 + 12);
    expect(combineDists([{ dist: 'constant', value: 3 }, { dist: 'constant', value: 8 }], 'max', 'x')).toEqual({ dist: 'constant', value: 8 });
  });
});
