/** The one walk of a lane's routes: successors, what the entry reaches, what reaches the exit. */
import { describe, expect, it } from 'vitest';
import { branchShares, compiledTargets, compileScenario, reachableFrom, reachingExit, routesOf, successors, validateScenario, type Scenario } from '../../../sim/index.js';
import { stationsNotReached } from '../../../renderer/state/scenario-edits.js';
import { singleStation } from '../helpers.js';

const lane = (stations: Scenario['stations'], entry = 'a'): Scenario => ({ ...singleStation({ ratePerHour: 60, meanService: 10, servers: 1 }), entry, stations });
const q = (id: string, next: Scenario['stations'][number]['next'], alarms?: Scenario['stations'][number]['alarms']): Scenario['stations'][number] =>
  ({ id, mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 10 }, next, ...(alarms ? { alarms } : {}) }) as Scenario['stations'][number];

describe('lane graph', () => {
  const s = lane([
    q('a', [{ to: 'b', probability: 0.7 }, { to: 'c', probability: 0.3 }], [{ check: 'temperature', probability: 0.01, to: 'q' }]),
    q('b', 'exit'),
    q('c', 'b'),
    q('q', 'exit'),
    q('parked', 'exit'),
  ]);

  it('lists routing first, then alarms, in the file order', () => {
    expect(routesOf(s.stations[0]).map((r) => `${r.kind}:${r.to}`)).toEqual(['branch:b', 'branch:c', 'alarm:q']);
    expect(successors(s.stations[2])).toEqual(['b']);
  });

  it('reaches stations by routing and alarms, and the editor warns of the same ones', () => {
    expect([...reachableFrom(s)].sort()).toEqual(['a', 'b', 'c', 'q']);
    expect(stationsNotReached(s)).toEqual(['parked']);
  });

  it('finds the stations that cannot reach the exit, which validation refuses', () => {
    const loop = lane([q('a', 'b'), q('b', 'a')]);
    expect(reachingExit(loop).has('a')).toBe(false);
    const v = validateScenario(loop);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.message).join('\n')).toMatch(/no way to exit the lane from station "a"/);
  });
});

describe('lane graph: branch shares and compiled routes', () => {
  it('gives a class its share of each class branch, in order, of those still left', () => {
    const next = [
      { to: 'egates', classes: ['citizen'], share: 0.6 },
      { to: 'desks', classes: ['citizen', 'foreign'] },
    ] as unknown as Parameters<typeof branchShares>[0];
    expect(branchShares(next, 'citizen')).toEqual([
      { to: 'egates', p: 0.6 },
      { to: 'desks', p: 0.4 },
    ]);
    expect(branchShares(next, 'foreign')).toEqual([{ to: 'desks', p: 1 }]);
    expect(branchShares('exit', 'foreign')).toEqual([{ to: 'exit', p: 1 }]);
  });

  it('reads the same targets off the compiled lane as off the file, the exit left out', () => {
    const s = lane([q('a', [{ to: 'b', probability: 0.5 }, { to: 'exit', probability: 0.5 }], [{ check: 'temperature', probability: 0.01, to: 'c' }]), q('b', 'exit'), q('c', 'b')]);
    const compiled = compileScenario(s);
    const ids = (xs: number[]) => xs.map((i) => compiled.stations[i].id);
    expect(ids(compiledTargets(compiled, 0).main)).toEqual(['b']);
    expect(ids(compiledTargets(compiled, 0).alarm)).toEqual(['c']);
    expect(ids(compiledTargets(compiled, 2).main)).toEqual(['b']);
  });
});
