/**
 * Every bundled scenario validates, cites its sources, keeps every station below offered
 * load 1, and runs; the smart lanes beat their classic counterparts significantly on mean
 * and p95 clearance (paired, through the real `lanesim compare`); the entry smart lane's
 * merged corridor takes about 10 s, as published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileScenario, offeredLoads, run, validateScenario, type Comparison, type RunResult, type Scenario } from '../../sim/index.js';
import { ensureBuilt, lanesim, SCENARIOS } from '../cli/helpers.js';

beforeAll(ensureBuilt);

/** The published figures the sources cite (outside the repository; absent on a bare CI machine). */
const REFERENCE = '/work/shared/reference';
const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).sort();
const load = (file: string): Scenario => {
  const v = validateScenario(JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')));
  if (!v.ok) throw new Error(`${file}: ${JSON.stringify(v.errors)}`);
  return v.scenario;
};

describe('bundled scenarios', () => {
  it('include the required lanes', () => {
    expect(files).toEqual(expect.arrayContaining(['harbin-t1-entry-classic.json', 'harbin-t1-entry-smart.json', 'harbin-t1-exit-classic.json', 'harbin-t1-exit-merged.json', 'heihe-road-port.json']));
  });

  it.each(files)('%s validates, cites the reference and names its assumptions', (file) => {
    const s = load(file);
    expect(s.sources?.length).toBeGreaterThan(2);
    for (const src of s.sources ?? []) expect(src).toMatch(/^reference\/(parameters|smart-inspection-figures)\.md:\d+ — /);
    expect(s.description).toMatch(/assumption/);
  });

  it.skipIf(!existsSync(REFERENCE)).each(files)('%s cites lines that exist in the reference files', (file) => {
    for (const src of load(file).sources ?? []) {
      const [, name, line] = /^reference\/([\w-]+\.md):(\d+)/.exec(src)!;
      const text = readFileSync(join(REFERENCE, name), 'utf8').split('\n');
      expect(text[Number(line) - 1]?.trim().length, `${file}: ${src}`).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s keeps every queue station below offered load 1', (file) => {
    for (const l of offeredLoads(compileScenario(load(file)))) {
      if (Number.isFinite(l.load)) expect(l.load, `${file}: ${l.id}`).toBeLessThan(1);
    }
  });

  it.each(files)('%s runs and clears every passenger', (file) => {
    const r = run(load(file), { replications: 2 });
    expect(r.passengers).toBeGreaterThan(300);
    expect(r.clearance.mean).toBeGreaterThan(0);
    expect(r.stations.every((s) => s.served > 0 || s.alarmsIn === 0)).toBe(true);
  });

  it('the Harbin day is realistic: a bank of a few narrow-bodies on entry, and passenger counts within a day of ~1,700 both ways', () => {
    const entry = load('harbin-t1-entry-classic.json');
    const flights = entry.arrivals.flatMap((a) => (a.kind === 'flights' ? a.flights : []));
    expect(flights.length).toBeGreaterThanOrEqual(2);
    expect(flights.length).toBeLessThanOrEqual(4);
    for (const f of flights) expect(f.passengers).toBeGreaterThanOrEqual(150);
    const entryPax = flights.reduce((a, f) => a + f.passengers, 0);
    const exitPax = run(load('harbin-t1-exit-classic.json'), { replications: 5 }).passengers / 5;
    expect(entryPax + exitPax).toBeLessThan(1700);
    expect(entryPax + exitPax).toBeGreaterThan(850);
  });

  it('the smart and classic lanes carry the same traffic', () => {
    for (const [a, b] of [['harbin-t1-entry-classic.json', 'harbin-t1-entry-smart.json'], ['harbin-t1-exit-classic.json', 'harbin-t1-exit-merged.json']]) {
      expect(load(b).arrivals).toEqual(load(a).arrivals);
      expect(load(b).classes).toEqual(load(a).classes);
    }
  });

  it('the merged exit lane has one check fewer and two queues fewer', () => {
    const queues = (s: Scenario) => s.stations.filter((x) => x.mode === 'queue' && !/inspection|search/.test(x.id)).length;
    expect(queues(load('harbin-t1-exit-classic.json')) - queues(load('harbin-t1-exit-merged.json'))).toBe(2);
  });
});

describe('smart lanes beat classic lanes (real CLI, paired comparison)', () => {
  const pairs = [
    ['harbin-t1-entry-classic.json', 'harbin-t1-entry-smart.json'],
    ['harbin-t1-exit-classic.json', 'harbin-t1-exit-merged.json'],
  ];
  it.each(pairs)('%s → %s: significantly lower mean and p95 clearance', (a, b) => {
    const r = lanesim(['compare', `scenarios/${a}`, `scenarios/${b}`, '--replications', '10', '--format', 'json']);
    expect(r.code).toBe(0);
    const { comparisons } = JSON.parse(r.stdout) as { comparisons: Comparison[] };
    const cmp = comparisons[0];
    expect(cmp.paired).toBe(true);
    for (const key of ['clearance.mean', 'clearance.p95']) {
      const m = cmp.metrics.find((x) => x.key === key)!;
      expect(m.winner, key).toBe('b');
      expect(m.significant, key).toBe(true);
      expect(m.diffCI95[1], key).toBeLessThan(0);
    }
  });
});

describe('entry smart lane: the merged checks take about 10 s (real CLI)', () => {
  it('the corridor is a merged walk-through checkpoint with a mean time near 10 s', () => {
    const r = lanesim(['run', 'scenarios/harbin-t1-entry-smart.json', '--replications', '3', '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as RunResult;
    const corridor = result.stations.find((s) => s.id === 'corridor')!;
    expect(corridor.mode).toBe('delay');
    expect(corridor.checks).toEqual(expect.arrayContaining(['temperature', 'radiation']));
    expect(corridor.checks.length).toBe(9);
    expect(corridor.meanService).toBeGreaterThan(9.5);
    expect(corridor.meanService).toBeLessThan(10.5);
    expect(corridor.meanWait).toBe(0);
    expect(corridor.served).toBe(result.passengers);
  });

  it('the classic entry lane is slower through the same checks', () => {
    const r = lanesim(['run', 'scenarios/harbin-t1-entry-classic.json', '--replications', '3', '--format', 'json']);
    const result = JSON.parse(r.stdout) as RunResult;
    const ids = result.stations.map((s) => s.id);
    expect(ids.slice(0, 5)).toEqual(['temperature', 'border', 'reclaim', 'customs-xray', 'radiation']);
    const checkTime = ['temperature', 'customs-xray', 'radiation'].reduce((a, id) => {
      const s = result.stations.find((x) => x.id === id)!;
      return a + s.meanWait + s.meanService;
    }, 0);
    expect(checkTime).toBeGreaterThan(20);
  });
});
