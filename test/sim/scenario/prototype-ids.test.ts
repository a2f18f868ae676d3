/**
 * Ids are data, never property names: a lane whose classes, flights and checks are called
 * "constructor", "toString", "hasOwnProperty", … gives exactly the result of the same lane
 * with plain ids, and station ids named after Object.prototype validate, load and run like
 * any other. "__proto__" is refused with a message naming the path, as an id or as a key.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileScenario, displayNames, offeredLoads, run, validateScenario, type Scenario } from '../../../sim/index.js';
import { exactVisits } from '../../../sim/model/volume-estimate.js';

/** Every Object.prototype name that is a valid id; "__proto__" is the one the schema refuses. */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).filter((n) => n !== '__proto__');
const PLAIN = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const NAMES = [...PROTO_NAMES, ...PLAIN];

/** A lane touching every place an id is looked up: class mixes, per-class service, class routing, translations. */
function lane(cls: [string, string, string], flight: string, check: string, st: [string, string, string]): Scenario {
  const [a, b, c] = cls;
  const [s0, s1, s2] = st;
  return {
    format: 'lanesim/scenario@1',
    name: 'ids',
    horizon: { arrivalsSeconds: 1800, warmupSeconds: 0 },
    classes: [
      { id: a, share: 0.5, bags: [{ count: 0, probability: 0.5 }, { count: 2, probability: 0.5 }] },
      { id: b, share: 0.3 },
      { id: c, share: 0.2 },
    ],
    arrivals: [
      { kind: 'poisson', ratePerHour: 120, classes: { [a]: 0.2, [b]: 0.8 } },
      { kind: 'flights', flights: [{ id: flight, atSeconds: 300, passengers: 40, deplanePerMinute: 20, classes: { [c]: 1 } }] },
    ],
    entry: s0,
    stations: [
      {
        id: s0,
        mode: 'delay',
        checks: [check],
        service: { dist: 'uniform', min: 5, max: 10 },
        serviceByClass: { [b]: { dist: 'constant', value: 3 } },
        alarms: [{ check, probability: 0.05, to: s2, per: 'bag' }],
        next: [{ to: s1, classes: [a, c] }, { to: 'exit' }],
      },
      { id: s1, mode: 'queue', servers: 3, service: { dist: 'exponential', mean: 40 }, serviceByClass: { [c]: { dist: 'exponential', mean: 30 } }, next: 'exit' },
      { id: s2, mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 60 }, next: s1 },
    ],
    translations: {
      'zh-CN': { stations: { [s1]: '边检' }, classes: { [a]: '中国籍' }, checks: { [check]: '温度' }, flights: { [flight]: '航班' } },
    },
  };
}

const distinct3 = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 3, maxLength: 3 }) as fc.Arbitrary<[string, string, string]>;

describe('ids named after Object.prototype', () => {
  test('class, flight and check ids give the same result as plain ids', () => {
    fc.assert(
      fc.property(distinct3, fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), (cls, flight, check) => {
        const stations: [string, string, string] = ['s0', 's1', 's2'];
        const hostile = lane(cls, flight, check, stations);
        const plain = lane(['p0', 'p1', 'p2'], 'f0', 'chk', stations);
        const v = validateScenario(hostile);
        expect(v.ok, JSON.stringify(!v.ok && v.errors)).toBe(true);
        const rh = run(hostile, { replications: 2, seed: 5 });
        const rp = run(plain, { replications: 2, seed: 5 });
        expect(rh.clearance).toEqual(rp.clearance);
        expect(rh.stations.map((x) => ({ ...x, checks: [] }))).toEqual(rp.stations.map((x) => ({ ...x, checks: [] })));
        expect(rh.stations[0].checks).toEqual([check]);
        cls.forEach((id, k) => {
          expect(Object.hasOwn(rh.byClass, id)).toBe(true);
          expect(rh.byClass[id]).toEqual(rp.byClass[`p${k}`]);
        });
        const names = displayNames(hostile, 'zh-CN');
        expect(names.passengerClass(cls[0])).toBe('中国籍');
        expect(names.passengerClass(cls[1])).toBe(cls[1]);
        expect(names.check(check)).toBe('温度');
        expect(names.flight(flight)).toBe('航班');
        expect(typeof names.check('hasOwnProperty' === check ? 'toString' : 'hasOwnProperty')).toBe('string');
      }),
      { numRuns: 12 },
    );
  });

  test('station ids validate, load and run like plain ids', () => {
    fc.assert(
      fc.property(distinct3, (st) => {
        const hostile = lane(['x', 'y', 'z'], 'f', 'chk', st);
        const plain = lane(['x', 'y', 'z'], 'f', 'chk', ['s0', 's1', 's2']);
        const v = validateScenario(hostile);
        expect(v.ok, JSON.stringify(!v.ok && v.errors)).toBe(true);
        const ch = compileScenario(hostile);
        const cp = compileScenario(plain);
        expect(offeredLoads(ch).map(({ id: _, ...rest }) => rest)).toEqual(offeredLoads(cp).map(({ id: _, ...rest }) => rest));
        for (let k = 0; k < 3; k++) expect(exactVisits(ch, k)).toEqual(exactVisits(cp, k));
        // Streams are keyed by station id, so the numbers differ; the passengers do not.
        const rh = run(hostile, { replications: 1, seed: 3 });
        const rp = run(plain, { replications: 1, seed: 3 });
        expect(rh.passengers).toBe(rp.passengers);
        expect(rh.stations.map((s) => s.id)).toEqual(st);
        expect(displayNames(hostile, 'zh-CN').station(st[1])).toBe('边检');
        expect(displayNames(hostile, 'zh-CN').station(st[0])).toBe(st[0]);
      }),
      { numRuns: 10 },
    );
  });

  test('"__proto__" is refused as an id and as a key, with the path named', () => {
    const asId = lane(['a', 'b', 'c'], 'f', 'chk', ['__proto__', 's1', 's2']);
    const r1 = validateScenario(JSON.parse(JSON.stringify(asId)));
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.errors).toContainEqual(expect.objectContaining({ path: 'stations[0].id', message: expect.stringMatching(/other than "__proto__"/) }));
    const asKey = JSON.parse(JSON.stringify(lane(['a', 'b', 'c'], 'f', 'chk', ['s0', 's1', 's2'])).replace('"serviceByClass":{"b"', '"serviceByClass":{"__proto__"'));
    const r2 = validateScenario(asKey);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors).toContainEqual(expect.objectContaining({ path: 'stations[0].serviceByClass.__proto__', message: expect.stringMatching(/unknown key "__proto__"/) }));
    const atRoot = JSON.parse('{"__proto__": {"polluted": true}, ' + JSON.stringify(lane(['a', 'b', 'c'], 'f', 'chk', ['s0', 's1', 's2'])).slice(1));
    const r3 = validateScenario(atRoot);
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.errors[0]).toMatchObject({ path: '__proto__', message: expect.stringMatching(/unknown key/) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
