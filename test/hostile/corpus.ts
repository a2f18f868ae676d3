/**
 * The hostile corpus: files an attacker or a careless colleague could send, in the
 * categories of issue #13 — explosive volume, names that are prototype properties, text
 * that attacks terminals and spreadsheets, wide/deep/huge structure, broken bytes. Built
 * here by one small generator (the big ones would bloat the repository) and written to a
 * folder by `writeCorpus`; the CLI test runs each through `lanesim validate` and `lanesim
 * run`, the end-to-end test opens the explosive ones in the UI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Category = 'explosive' | 'names' | 'output' | 'structure' | 'bytes';

export interface HostileCase {
  /** File name in the corpus folder. */
  file: string;
  category: Category;
  content: string | Uint8Array;
  /** Exit code of `lanesim validate` (0 valid, 1 refused). */
  validate: 0 | 1;
  /** Exit code of `lanesim run` (default: as validate). */
  run?: 0 | 1;
  /** Extra arguments for `lanesim run`. */
  runArgs?: string[];
  /** Text the refusal must contain (a JSON path, a figure). */
  mentions?: string[];
}

type Json = Record<string, unknown>;

/** A small valid lane (one delay station, one queue) to bend into each case. */
export function baseLane(overrides: Json = {}): Json {
  return {
    format: 'lanesim/scenario@1',
    name: 'hostile',
    horizon: { arrivalsSeconds: 3600 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'poisson', ratePerHour: 60 }],
    entry: 'walk',
    stations: [
      { id: 'walk', mode: 'delay', service: { dist: 'uniform', min: 5, max: 10 }, next: 'desk' },
      { id: 'desk', mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 30 }, next: 'exit' },
    ],
    ...overrides,
  };
}

const WEEK = 7 * 24 * 3600;
const json = (v: unknown) => JSON.stringify(v, null, 1);
const delay = (id: string, service: Json, next: unknown = 'exit', extra: Json = {}) => ({ id, mode: 'delay', service, next, ...extra });
const chain = (n: number, service: Json) => Array.from({ length: n }, (_, i) => delay(`s${i}`, service, i + 1 < n ? `s${i + 1}` : 'exit'));
const ESC = '\u001b';
const CSI8 = '\u009b';

function explosive(): HostileCase[] {
  const c = (file: string, lane: Json, mentions: string[], extra: Partial<HostileCase> = {}): HostileCase => ({ file, category: 'explosive', content: json(lane), validate: 1, mentions, ...extra });
  const flights = (n: number, passengers: number, deplane = 30, walk?: Json) => ({
    kind: 'flights',
    flights: Array.from({ length: n }, (_, i) => ({ id: `F${i}`, atSeconds: (i * 60) % WEEK, passengers, deplanePerMinute: deplane, ...(walk ? { walk } : {}) })),
  });
  return [
    c('rate-max-100-sources-week.json', baseLane({ horizon: { arrivalsSeconds: WEEK }, arrivals: Array.from({ length: 100 }, () => ({ kind: 'poisson', ratePerHour: 200_000 })) }), ['arrivals[0].ratePerHour', '3.4e9 passengers per replication']),
    c('rate-max-one-source-week.json', baseLane({ horizon: { arrivalsSeconds: WEEK }, arrivals: [{ kind: 'poisson', ratePerHour: 200_000 }] }), ['arrivals[0].ratePerHour', '33,600,000']),
    c('schedule-max-rate-week.json', baseLane({ horizon: { arrivalsSeconds: WEEK }, arrivals: [{ kind: 'poisson', schedule: [{ fromSeconds: 0, ratePerHour: 10 }, { fromSeconds: 3600, ratePerHour: 200_000 }] }] }), ['arrivals[0].schedule']),
    c('flights-300-full.json', baseLane({ arrivals: [flights(300, 20_000)] }), ['arrivals[0].flights', 'passengers per replication']),
    c('vehicles-300-full.json', baseLane({ arrivals: [{ kind: 'vehicles', vehicles: Array.from({ length: 300 }, (_, i) => ({ id: `B${i}`, atSeconds: i * 10, passengers: 20_000, alightPerMinute: 100 })) }] }), ['arrivals[0].vehicles']),
    c('flight-tiny-deplane-rate.json', baseLane({ arrivals: [flights(1, 200, 1e-9)] }), ['arrivals[0].flights[0].deplanePerMinute']),
    c('vehicle-tiny-alight-rate.json', baseLane({ arrivals: [{ kind: 'vehicles', vehicles: [{ id: 'bus', atSeconds: 0, passengers: 40, alightPerMinute: 1e-6 }] }] }), ['arrivals[0].vehicles[0].alightPerMinute']),
    c('flight-walk-heavy-tail.json', baseLane({ arrivals: [flights(1, 100, 30, { dist: 'lognormal', mean: WEEK, cv: 10 })] }), ['arrivals[0].flights[0].deplanePerMinute']),
    c('loop-almost-never-exits.json', baseLane({ stations: [delay('walk', { dist: 'constant', value: 1 }, 'back'), delay('back', { dist: 'constant', value: 1 }, [{ to: 'walk', probability: 0.9999999 }, { to: 'exit', probability: 1e-7 }])] }), ['stations[1].next', 'times each']),
    c('loop-through-alarm.json', baseLane({ stations: [delay('walk', { dist: 'constant', value: 1 }, 'exit', { alarms: [{ check: 'x', probability: 1, to: 'second' }] }), delay('second', { dist: 'constant', value: 1 }, [{ to: 'walk', probability: 0.999999 }, { to: 'exit', probability: 0.000001 }])] }), ['station visits per replication']),
    c('loop-per-bag-alarm.json', baseLane({
      classes: [{ id: 'all', share: 1, bags: [{ count: 20, probability: 1 }] }],
      stations: [delay('walk', { dist: 'constant', value: 1 }, 'exit', { alarms: [{ check: 'xray', probability: 0.9, per: 'bag', to: 'second' }] }), delay('second', { dist: 'constant', value: 1 }, [{ to: 'walk', probability: 0.99999999 }, { to: 'exit', probability: 0.00000001 }])],
    }), ['station visits per replication']),
    c('loop-200-station-ring.json', baseLane({
      entry: 's0',
      stations: Array.from({ length: 200 }, (_, i) => delay(`s${i}`, { dist: 'constant', value: 0.1 }, i < 199 ? `s${i + 1}` : [{ to: 's0', probability: 0.99999 }, { to: 'exit', probability: 0.00001 }])),
    }), ['station visits per replication']),
    c('delay-lognormal-heavy-tail.json', baseLane({ stations: [delay('walk', { dist: 'lognormal', mean: WEEK, cv: 10 }, 'desk'), { id: 'desk', mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 30 }, next: 'exit' }] }), ['stations[0].service', 'to empty after the last arrival']),
    c('delay-gamma-cv10.json', baseLane({ stations: [delay('walk', { dist: 'gamma', mean: 86_400, cv: 10 })] }), ['stations[0].service']),
    c('delay-exponential-mean-week.json', baseLane({ stations: [delay('walk', { dist: 'exponential', mean: WEEK })] }), ['stations[0].service']),
    c('queue-lognormal-heavy-tail.json', baseLane({ arrivals: [{ kind: 'poisson', ratePerHour: 1 }], stations: [{ id: 'walk', mode: 'queue', servers: 1000, service: { dist: 'lognormal', mean: 600_000, cv: 10 }, next: 'exit' }] }), ['stations[0].service']),
    c('walk-heavy-tail.json', baseLane({ stations: [delay('walk', { dist: 'constant', value: 1 }, 'exit', { walk: { dist: 'lognormal', mean: WEEK, cv: 5 } })] }), ['stations[0].service']),
    c('per-bag-heavy-tail.json', baseLane({ classes: [{ id: 'all', share: 1, bags: [{ count: 20, probability: 1 }] }], stations: [delay('walk', { dist: 'constant', value: 1 }, 'exit', { perBag: { dist: 'lognormal', mean: WEEK, cv: 3 } })] }), ['stations[0].service']),
    c('empirical-week-chain.json', baseLane({ entry: 's0', stations: chain(6, { dist: 'empirical', values: [1, WEEK] }) }), ['service', 'days']),
    c('normal-huge-sd.json', baseLane({ stations: [delay('walk', { dist: 'normal', mean: 0, sd: WEEK })] }), ['stations[0].service']),
    c('uniform-week-chain.json', baseLane({ entry: 's0', stations: chain(5, { dist: 'uniform', min: 0, max: WEEK }) }), ['service']),
    c('triangular-week-chain.json', baseLane({ entry: 's0', stations: chain(5, { dist: 'triangular', min: 0, mode: 1, max: WEEK }) }), ['service']),
    c('erlang-k1-week-chain.json', baseLane({ entry: 's0', stations: chain(3, { dist: 'erlang', mean: WEEK, k: 1 }) }), ['service']),
    c('reclaim-tiny-belt.json', baseLane({
      classes: [{ id: 'all', share: 1, bags: [{ count: 1, probability: 1 }] }],
      stations: [{ id: 'walk', mode: 'reclaim', service: { dist: 'constant', value: 5 }, reclaim: { firstBagSeconds: 60, bagsPerMinute: 1e-6 }, next: 'exit' }],
    }), ['stations[0].service']),
    c('valid-but-10000-replications.json', baseLane({ horizon: { arrivalsSeconds: 86_400 }, arrivals: [{ kind: 'poisson', ratePerHour: 20_000 }], stations: [delay('walk', { dist: 'constant', value: 1 })] }), ['replications', 'per run'], {
      validate: 0,
      run: 1,
      runArgs: ['--replications', '10000'],
    }),
  ];
}

const PROTO_IDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];

function names(): HostileCase[] {
  const ok = (file: string, lane: Json): HostileCase => ({ file, category: 'names', content: json(lane), validate: 0, run: 0 });
  const bad = (file: string, text: string, mentions: string[]): HostileCase => ({ file, category: 'names', content: text, validate: 1, mentions });
  const classLane = (ids: string[]) =>
    baseLane({
      classes: ids.map((id, i) => ({ id, share: i === 0 ? 1 - 0.1 * (ids.length - 1) : 0.1 })),
      arrivals: [{ kind: 'poisson', ratePerHour: 60, classes: { [ids[0]]: 1 } }, { kind: 'poisson', ratePerHour: 30 }],
      stations: [
        delay('walk', { dist: 'uniform', min: 5, max: 10 }, [{ to: 'desk', classes: [ids[1]] }, { to: 'exit' }], { serviceByClass: { [ids[2]]: { dist: 'constant', value: 1 } } }),
        { id: 'desk', mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 30 }, next: 'exit' },
      ],
    });
  const base = json(baseLane());
  return [
    ok('station-id-constructor.json', baseLane({ entry: 'constructor', stations: [delay('constructor', { dist: 'constant', value: 3 }, 'toString'), { id: 'toString', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 20 }, next: 'exit' }] })),
    ok('class-ids-prototype-names.json', classLane(['toString', 'valueOf', 'hasOwnProperty', 'constructor'])),
    ok('class-ids-legacy-accessors.json', classLane(['__defineGetter__', '__lookupSetter__', 'isPrototypeOf'])),
    ok('flight-ids-prototype-names.json', baseLane({ arrivals: [{ kind: 'flights', flights: PROTO_IDS.map((id, i) => ({ id, atSeconds: i * 120, passengers: 10, deplanePerMinute: 20 })) }] })),
    ok('translations-prototype-keys.json', baseLane({
      entry: 'valueOf',
      stations: [delay('valueOf', { dist: 'constant', value: 2 }, 'desk', { checks: ['constructor', 'toString'] }), { id: 'desk', mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 30 }, next: 'exit' }],
      translations: { 'zh-CN': { stations: { valueOf: '走廊' }, checks: { constructor: '构造' } } },
    })),
    ok('arrival-ids-prototype-names.json', baseLane({ arrivals: [{ kind: 'poisson', id: 'constructor', ratePerHour: 30 }, { kind: 'poisson', id: 'hasOwnProperty', ratePerHour: 30 }] })),
    bad('proto-key-at-root.json', `{"__proto__": {"polluted": true}, ${base.slice(1)}`, ['__proto__', 'unknown key']),
    bad('proto-key-in-class-mix.json', json(baseLane({ arrivals: [{ kind: 'poisson', ratePerHour: 60 }] })).replace('"ratePerHour": 60', '"ratePerHour": 60, "classes": {"__proto__": 1}'), ['arrivals[0].classes.__proto__']),
    bad('proto-key-in-service-by-class.json', base.replace('"next": "desk"', '"next": "desk", "serviceByClass": {"__proto__": {"dist": "constant", "value": 1}}'), ['stations[0].serviceByClass.__proto__']),
    bad('proto-key-in-translations.json', base.replace('"entry": "walk"', '"entry": "walk", "translations": {"__proto__": {"name": "x"}}'), ['translations.__proto__']),
    bad('proto-key-in-station.json', base.replace('"id": "desk"', '"__proto__": {"servers": 99}, "id": "desk"'), ['stations[1].__proto__']),
    bad('proto-as-station-id.json', json(baseLane({ entry: '__proto__', stations: [delay('__proto__', { dist: 'constant', value: 1 })] })), ['stations[0].id', '__proto__']),
    bad('proto-as-class-id.json', json(baseLane({ classes: [{ id: '__proto__', share: 1 }] })), ['classes[0].id']),
    bad('constructor-as-unknown-key.json', base.replace('"name": "hostile"', '"name": "hostile", "constructor": {"prototype": {"x": 1}}'), ['constructor', 'unknown key']),
  ];
}

function output(): HostileCase[] {
  const ok = (file: string, lane: Json, runArgs?: string[]): HostileCase => ({ file, category: 'output', content: json(lane), validate: 0, run: 0, runArgs });
  return [
    ok('name-with-ansi-escapes.json', baseLane({ name: `lane ${ESC}[2J${ESC}[31mRED${ESC}]0;pwned\u0007 end` })),
    ok('labels-with-c1-csi.json', baseLane({ stations: [delay('walk', { dist: 'constant', value: 2 }, 'desk', { label: `walk ${CSI8}2J${CSI8}31m` }), { id: 'desk', label: `desk\r\r\roverwritten`, mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 30 }, next: 'exit' }] })),
    ok('label-bidi-override.json', baseLane({ name: 'invoice \u202egpj.exe\u202c lane', stations: [delay('walk', { dist: 'constant', value: 2 }, 'exit', { label: '\u2066evil\u2069 \u200f' })] })),
    ok('formula-names-csv.json', baseLane({ name: '=HYPERLINK("http://x","y")', entry: '-walk', stations: [delay('-walk', { dist: 'constant', value: 2 }, 'desk', { label: '+cmd|\' /C calc\'!A0', checks: ['-2+3', '@SUM(A1)'] }), { id: 'desk', label: '\tTAB', mode: 'queue', servers: 2, service: { dist: 'exponential', mean: 30 }, next: 'exit' }] }), ['--format', 'csv', '--out', 'out-formula']),
    ok('formula-names-json.json', baseLane({ name: `=1+2${ESC}[1m`, stations: [delay('walk', { dist: 'constant', value: 2 }, 'exit', { label: `${CSI8}6n` })] }), ['--format', 'json']),
    ok('check-names-with-osc.json', baseLane({ stations: [delay('walk', { dist: 'constant', value: 2 }, 'exit', { checks: [`${ESC}]52;c;cHduZWQ=\u0007`, `x${ESC}P1$r`] })] })),
    ok('description-full-of-controls.json', baseLane({ description: Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32) + `${CSI8}`).join('') })),
    ok('translation-with-escapes.json', baseLane({ translations: { 'zh-CN': { name: `车道${ESC}[5m`, stations: { desk: `柜台${CSI8}1m` } } } }), ['--lang', 'zh-CN']),
    {
      file: 'unknown-keys-with-escapes.json',
      category: 'output',
      content: json({ ...baseLane(), [`${ESC}[2Jwipe`]: 1, [`bell\u0007${CSI8}0m`]: 2 }),
      validate: 1,
      mentions: ['unknown key', '\\u001b[2Jwipe'],
    },
    {
      file: 'invalid-value-with-escapes.json',
      category: 'output',
      content: json(baseLane({ entry: 'nowhere', stations: [delay('walk', { dist: `${ESC}[31mconstant` as never, value: 1 })] })),
      validate: 1,
      mentions: ['stations[0].service.dist'],
    },
  ];
}

function structure(): HostileCase[] {
  const bad = (file: string, content: string, mentions: string[]): HostileCase => ({ file, category: 'structure', content, validate: 1, mentions });
  const wide: Json = baseLane();
  for (let i = 0; i < 100_000; i++) wide[`k${i}`] = i;
  const manyBad = baseLane({ stations: Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, mode: 'queue', servers: -1, service: { dist: 'normal', mean: -1, sd: -1 }, next: 'nowhere' })) });
  return [
    bad('wide-100k-unknown-keys.json', json(wide), ['unknown key "k0"', 'more']),
    bad('deep-arrays-100k.json', `{"format":"lanesim/scenario@1","name":"deep","description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, ['nested more than 32 levels']),
    bad('deep-objects-10k.json', `{"format":"lanesim/scenario@1","name":"deep","horizon":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, ['nested more than 32 levels']),
    bad('long-key-1mb.json', json({ ...baseLane(), ['k'.repeat(1_000_000)]: 1 }), ['unknown key', '1,000,000 characters']),
    bad('many-bad-stations.json', json(manyBad), ['stations[0]', 'more']),
    bad('too-many-stations.json', json(baseLane({ stations: Array.from({ length: 5000 }, (_, i) => delay(`s${i}`, { dist: 'constant', value: 1 })) })), ['stations', 'at most 200']),
    bad('huge-string-name.json', json(baseLane({ name: 'x'.repeat(1_000_000) })), ['name', '≤ 200']),
    bad('huge-empirical.json', json(baseLane({ stations: [delay('walk', { dist: 'empirical', values: Array.from({ length: 200_000 }, (_, i) => i % 100) })] })), ['stations[0].service.values', 'at most 100000']),
    bad('wide-classes-array.json', json(baseLane({ classes: Array.from({ length: 100_000 }, () => 1) })), ['classes', 'at most 50']),
    bad('number-overflow.json', json(baseLane()).replace('"ratePerHour": 60', '"ratePerHour": 1e400'), ['arrivals[0].ratePerHour']),
    bad('not-an-object.json', '[1, 2, 3]', ['expected a scenario object']),
    bad('future-format.json', json(baseLane({ format: 'lanesim/scenario@999' })), ['version 999']),
    bad('format-only.json', '{"format":"lanesim/scenario@1"}', ['name', 'required']),
    bad('string-root.json', '"lanesim/scenario@1"', ['expected a scenario object']),
    bad('duplicate-ids-many.json', json(baseLane({ stations: Array.from({ length: 200 }, () => delay('walk', { dist: 'constant', value: 1 })) })), ['duplicate station id', 'more']),
    bad('empty-everything.json', json(baseLane({ classes: [], arrivals: [], stations: [] })), ['classes', 'at least 1']),
  ];
}

function bytes(): HostileCase[] {
  const bad = (file: string, content: string | Uint8Array, mentions: string[]): HostileCase => ({ file, category: 'bytes', content, validate: 1, mentions });
  const valid = json(baseLane());
  return [
    bad('truncated.json', valid.slice(0, valid.length / 2), ['not valid JSON', 'line']),
    bad('empty-file.json', '', ['not valid JSON']),
    bad('nul-bytes.json', `\u0000\u0000${valid}`, ['not valid JSON']),
    bad('not-utf8.json', Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), ['not UTF-8']),
    bad('utf16-with-bom.json', Uint8Array.from([0xff, 0xfe, ...[...'{"a":1}'].flatMap((ch) => [ch.charCodeAt(0), 0])]), ['not UTF-8']),
    bad('nan-literal.json', valid.replace('"ratePerHour": 60', '"ratePerHour": NaN'), ['not valid JSON']),
    bad('trailing-garbage.json', `${valid}\n${ESC}[2J garbage`, ['not valid JSON']),
    bad('escape-in-syntax-error.json', `{"format": "lanesim/scenario@1", ${ESC}[31m}`, ['not valid JSON']),
    { file: 'utf8-bom-valid.json', category: 'bytes', content: `\ufeff${valid}`, validate: 0, run: 0 },
    bad('oversized-17mb.json', `{"format":"lanesim/scenario@1","name":"big","description":"${'x'.repeat(17 * 1024 * 1024)}"}`, ['MB']),
  ];
}

/** Every case of the corpus. */
export function hostileCorpus(): HostileCase[] {
  return [...explosive(), ...names(), ...output(), ...structure(), ...bytes()];
}

/** Writes the corpus into `dir` (created) and returns the cases. */
export function writeCorpus(dir: string, cases: HostileCase[] = hostileCorpus()): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  for (const c of cases) writeFileSync(join(dir, c.file), c.content);
  return cases;
}
