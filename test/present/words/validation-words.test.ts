/**
 * Problems in scenario and replay files in both languages, from the core's codes and figures:
 * for a file with each kind of mistake, the English is the core's own sentence word for word
 * (the command line's default), the Chinese says the same in Chinese with the same JSON path
 * and figures, and every code the core can give is met by some file here.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, overloadErrors, validateScenario, validateScenarioText, type ValidationCode, type ValidationError } from '../../../sim/index.js';
import { REPLAY_FORMAT, serializeReplay, validateReplay } from '../../../sim/replay/index.js';
import { VALIDATION_CODES, validationLine, validationText } from '../../../present/words/validation-words.js';
import { compileScenario } from '../../../sim/scenario/compile.js';
import { volumeErrors } from '../../../sim/model/volume-check.js';
import { loadFixture } from '../../sim/replay/helpers.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- hand-broken JSON

function lane(): Doc {
  return {
    format: 'lanesim/scenario@1',
    name: 'lane',
    startTime: '06:00',
    horizon: { arrivalsSeconds: 3600 },
    classes: [
      { id: 'citizen', share: 0.6 },
      { id: 'foreign', share: 0.4 },
    ],
    arrivals: [{ kind: 'poisson', ratePerHour: 100 }],
    entry: 'temp',
    stations: [
      { id: 'temp', mode: 'delay', service: { dist: 'constant', value: 5 }, next: 'border' },
      { id: 'border', mode: 'queue', servers: 4, service: { dist: 'exponential', mean: 40 }, next: 'exit' },
      { id: 'secondary', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 60 }, next: 'exit' },
    ],
  };
}

function errorsOf(change: (d: Doc) => unknown): ValidationError[] {
  const d = lane();
  const replaced = change(d);
  const r = validateScenario(replaced === undefined ? d : replaced);
  if (r.ok) return overloadErrors(r.scenario);
  return r.errors;
}

function replayErrors(change: (d: Doc) => void): ValidationError[] {
  const scenario = loadFixture();
  const d = JSON.parse(serializeReplay({ title: 't', scenario, seed: 1, recordVisits: 1000, bookmarks: [], log: null }, { includeTrace: false, engine: ENGINE_VERSION })) as Doc;
  change(d);
  const r = validateReplay(d);
  return r.ok ? [] : r.errors;
}

const branchTo = (d: Doc, next: unknown) => void (d.stations[0].next = next);

/** A file with the mistake, and the code and JSON path the core must report for it. */
const CASES: Array<[string, () => ValidationError[], ValidationCode, string]> = [
  ['broken JSON', () => (validateScenarioText('{\n  "a": 1,\n  "b": ,\n}') as { errors: ValidationError[] }).errors, 'json-syntax', ''],
  ['an array', () => errorsOf(() => [1]), 'not-object', ''],
  ['a newer format', () => errorsOf((d) => void (d.format = 'lanesim/scenario@2')), 'format-newer', 'format'],
  ['a wrong format', () => errorsOf((d) => void (d.format = 'lanesim/other')), 'format-wrong', 'format'],
  ['nested too deep', () => errorsOf((d) => void (d.description = JSON.parse('['.repeat(40) + ']'.repeat(40)))), 'too-deep', 'description[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]'],
  ['a __proto__ key', () => errorsOf((d) => JSON.parse(JSON.stringify(d).replace('"name":', '"__proto__": {}, "name":'))), 'forbidden-key', '__proto__'],
  ['a misspelt key', () => errorsOf((d) => void (d.stations[1].sever = 3)), 'unknown-key', 'stations[1].sever'],
  ['a missing field', () => errorsOf((d) => void delete d.stations[1].service), 'required', 'stations[1].service'],
  ['a text for a number', () => errorsOf((d) => void (d.classes[0].share = 'x')), 'wrong-type', 'classes[0].share'],
  ['a fraction of a desk', () => errorsOf((d) => void (d.stations[1].servers = 1.5)), 'wrong-type', 'stations[1].servers'],
  ['a negative time', () => errorsOf((d) => void (d.stations[0].service.value = -1)), 'too-small', 'stations[0].service.value'],
  ['an empty list', () => errorsOf((d) => void (d.classes = [])), 'too-small', 'classes'],
  ['too many desks', () => errorsOf((d) => void (d.stations[1].servers = 5000)), 'too-big', 'stations[1].servers'],
  ['too many streams', () => errorsOf((d) => void (d.arrivals = Array.from({ length: 101 }, () => d.arrivals[0]))), 'too-big', 'arrivals'],
  ['a long name', () => errorsOf((d) => void (d.name = 'x'.repeat(201))), 'too-big', 'name'],
  ['a bad mode', () => errorsOf((d) => void (d.stations[1].mode = 'line')), 'bad-value', 'stations[1].mode'],
  ['a bad distribution', () => errorsOf((d) => void (d.stations[1].service = { dist: 'weibull', mean: 3 })), 'bad-kind', 'stations[1].service.dist'],
  ['a number for next', () => errorsOf((d) => branchTo(d, 5)), 'bad-next', 'stations[0].next'],
  ['a bad id', () => errorsOf((d) => void (d.stations[2].id = 'sec ondary')), 'bad-id', 'stations[2].id'],
  ['a bad language tag', () => errorsOf((d) => void (d.translations = { zh_cn: { name: '通道' } })), 'bad-language-tag', 'translations.zh_cn'],
  ['a __proto__ id', () => errorsOf((d) => void (d.stations[2].id = '__proto__')), 'reserved-id', 'stations[2].id'],
  ['waits out of order', () => errorsOf((d) => void (d.levelOfService = { immigration: { waitSeconds: [300, 100, 600] } })), 'waits-ascending', 'levelOfService.immigration.waitSeconds'],
  ['areas out of order', () => errorsOf((d) => void (d.levelOfService = { immigration: { spaceM2: [0.5, 1, 2] } })), 'areas-descending', 'levelOfService.immigration.spaceM2'],
  ['max below min', () => errorsOf((d) => void (d.stations[0].service = { dist: 'uniform', min: 9, max: 3 })), 'max-below-min', 'stations[0].service.max'],
  ['mode outside', () => errorsOf((d) => void (d.stations[0].service = { dist: 'triangular', min: 1, mode: 9, max: 3 })), 'mode-outside', 'stations[0].service.mode'],
  ['gamma with cv 0', () => errorsOf((d) => void (d.stations[0].service = { dist: 'gamma', mean: 3, cv: 0 })), 'cv-positive', 'stations[0].service.cv'],
  ['a duplicate station', () => errorsOf((d) => void (d.stations[2].id = 'border')), 'duplicate', 'stations[2].id'],
  ['shares not summing to 1', () => errorsOf((d) => void (d.classes[0].share = 0.5)), 'sum-not-one', 'classes'],
  ['an unknown class', () => errorsOf((d) => void (d.stations[1].serviceByClass = { crew: { dist: 'constant', value: 3 } })), 'unknown-class', 'stations[1].serviceByClass.crew'],
  ['an unknown station', () => errorsOf((d) => branchTo(d, 'boarder')), 'unknown-station', 'stations[0].next'],
  ['an alarm to nowhere', () => errorsOf((d) => void (d.stations[1].alarms = [{ check: 'x', probability: 0.1, to: 'nowhere' }])), 'unknown-alarm-station', 'stations[1].alarms[0].to'],
  ['rate and schedule', () => errorsOf((d) => void (d.arrivals[0].schedule = [{ fromSeconds: 0, ratePerHour: 5 }])), 'rate-or-schedule', 'arrivals[0]'],
  ['a schedule going back', () => errorsOf((d) => void (d.arrivals[0] = { kind: 'poisson', schedule: [{ fromSeconds: 600, ratePerHour: 5 }, { fromSeconds: 60, ratePerHour: 5 }] })), 'times-not-increasing', 'arrivals[0].schedule[1].fromSeconds'],
  ['a long warm-up', () => errorsOf((d) => void (d.horizon.warmupSeconds = 3600)), 'warmup-too-long', 'horizon.warmupSeconds'],
  ['a station called exit', () => errorsOf((d) => void (d.stations[2].id = 'exit')), 'reserved-exit', 'stations[2].id'],
  ['a queue without desks', () => errorsOf((d) => void delete d.stations[1].servers), 'servers-required', 'stations[1].servers'],
  ['desks on a delay', () => errorsOf((d) => void (d.stations[0].servers = 2)), 'servers-not-allowed', 'stations[0].servers'],
  ['reclaim without belt', () => errorsOf((d) => void (d.stations[0].mode = 'reclaim')), 'reclaim-required', 'stations[0].reclaim'],
  ['a belt on a queue', () => errorsOf((d) => void (d.stations[1].reclaim = { firstBagSeconds: 60, bagsPerMinute: 30 })), 'reclaim-not-allowed', 'stations[1].reclaim'],
  ['never open', () => errorsOf((d) => void (d.stations[1].servers = [{ fromSeconds: 0, servers: 0 }])), 'no-open-server', 'stations[1].servers'],
  ['no desk', () => errorsOf((d) => void (d.stations[1].servers = 0)), 'no-server', 'stations[1].servers'],
  ['back to itself', () => errorsOf((d) => branchTo(d, 'temp')), 'self-route', 'stations[0].next'],
  ['an alarm back to itself', () => errorsOf((d) => void (d.stations[1].alarms = [{ check: 'x', probability: 0.1, to: 'border' }])), 'alarm-self', 'stations[1].alarms[0].to'],
  ['mixed branches', () => errorsOf((d) => branchTo(d, [{ to: 'border', probability: 1 }, { to: 'secondary' }])), 'mixed-branches', 'stations[0].next'],
  ['classes on a probability branch', () => errorsOf((d) => branchTo(d, [{ to: 'border', probability: 1, classes: ['citizen'] }])), 'probability-with-classes', 'stations[0].next[0]'],
  ['a catch-all not last', () => errorsOf((d) => branchTo(d, [{ to: 'border' }, { to: 'secondary', classes: ['foreign'] }])), 'last-branch-catches', 'stations[0].next[0].classes'],
  ['a class without a route', () => errorsOf((d) => branchTo(d, [{ to: 'border', classes: ['citizen'] }])), 'class-without-route', 'stations[0].next'],
  [
    'a merged source still in the lane',
    () => errorsOf((d) => void (d.stations[1].mergedFrom = { rule: 'sum', stations: [{ id: 'secondary', mode: 'queue', servers: 1, service: { dist: 'constant', value: 1 }, next: 'exit' }] })),
    'merged-source-in-lane',
    'stations[1].mergedFrom.stations[0].id',
  ],
  ['a loop without exit', () => errorsOf((d) => void ((d.stations[1].next = 'secondary'), (d.stations[2].next = 'border'))), 'no-exit', 'stations[1].next'],
  ['a clock time and seconds', () => errorsOf((d) => void (d.arrivals[0] = { kind: 'flights', flights: [{ id: 'CZ1', at: '07:00', atSeconds: 5, passengers: 10, deplanePerMinute: 20 }] })), 'clock-and-seconds', 'arrivals[0].flights[0].at'],
  ['a number for a clock time', () => errorsOf((d) => void (d.arrivals[0] = { kind: 'flights', flights: [{ id: 'CZ1', at: 7, passengers: 10, deplanePerMinute: 20 }] })), 'clock-not-text', 'arrivals[0].flights[0].at'],
  ['a number for the start', () => errorsOf((d) => void (d.startTime = 6)), 'start-not-text', 'startTime'],
  ['a clock typo', () => errorsOf((d) => void (d.startTime = '6 am')), 'clock-format', 'startTime'],
  ['25 o’clock', () => errorsOf((d) => void (d.startTime = '25:00')), 'clock-range', 'startTime'],
  ['31 February', () => errorsOf((d) => void (d.startTime = '2025-02-31 06:00')), 'clock-date', 'startTime'],
  ['a date without time', () => errorsOf((d) => void (d.startTime = '2025-02-03')), 'clock-date-time', 'startTime'],
  ['a clock time without start', () => errorsOf((d) => void (delete d.startTime, (d.horizon = { arrivalsUntil: '08:00' }))), 'clock-needs-start', 'horizon.arrivalsUntil'],
  ['a date without a start date', () => errorsOf((d) => void (d.horizon = { arrivalsUntil: '2025-08-15 08:00' })), 'clock-needs-start-date', 'horizon.arrivalsUntil'],
  ['a date before the start', () => errorsOf((d) => void ((d.startTime = '2025-08-15 06:00'), (d.horizon = { arrivalsUntil: '2025-08-14 08:00' }))), 'clock-before-start', 'horizon.arrivalsUntil'],
  ['two desks for the peak', () => errorsOf((d) => void (d.stations[1].servers = 1)), 'overload', 'stations[1].servers'],
  ['a slow deplaning', () => errorsOf((d) => void (d.arrivals[0] = { kind: 'flights', flights: [{ id: 'CZ1', atSeconds: 0, passengers: 20000, deplanePerMinute: 0.001 }] })), 'group-spread', 'arrivals[0].flights[0].deplanePerMinute'],
  ['a huge rate for a week', () => errorsOf((d) => void ((d.arrivals[0].ratePerHour = 200_000), (d.horizon.arrivalsSeconds = 604_800), (d.stations[1].servers = 1000))), 'too-many-passengers', 'arrivals[0].ratePerHour'],
  [
    'a loop that rarely lets go',
    () =>
      errorsOf((d) => {
        branchTo(d, [{ to: 'border', probability: 0.0000001 }, { to: 'temp2', probability: 0.9999999 }]);
        d.stations.push({ id: 'temp2', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'temp' });
      }),
    'loop-visits',
    'stations[0].next',
  ],
  [
    'many visits, each passenger a few hundred',
    () =>
      errorsOf((d) => {
        d.arrivals[0].ratePerHour = 100_000;
        d.horizon.arrivalsSeconds = 7200;
        branchTo(d, [{ to: 'temp2', probability: 0.998 }, { to: 'exit', probability: 0.002 }]);
        d.stations.push({ id: 'temp2', mode: 'delay', service: { dist: 'constant', value: 1 }, next: 'temp' });
      }),
    'too-many-visits',
    'arrivals[0].ratePerHour',
  ],
  [
    'one time-series value per second for a week',
    () => {
      const r = validateScenario({ ...lane(), horizon: { arrivalsSeconds: 604_800 } });
      return r.ok ? volumeErrors(r.scenario, compileScenario(r.scenario), 1) : r.errors;
    },
    'too-many-series',
    'horizon.arrivalsSeconds',
  ],
  ['a heavy tail', () => errorsOf((d) => void (d.stations[0].service = { dist: 'lognormal', mean: 604800, cv: 10 })), 'long-drain', 'stations[0].service'],
  ['a replay opened as a scenario', () => errorsOf((d) => void (d.format = REPLAY_FORMAT)), 'format-wrong', 'format'],
  ['a scenario opened as a replay', () => replayErrors((d) => void (d.format = 'lanesim/scenario@1')), 'format-scenario', 'format'],
  ['a bookmark in ten years', () => replayErrors((d) => void (d.bookmarks = [{ atSeconds: 4e8, note: 'x' }])), 'bookmark-outside', 'bookmarks[0].atSeconds'],
];

const HAN = /[\u4e00-\u9fff]/;

describe('validation problems in both languages', () => {
  for (const [name, make, code, path] of CASES) {
    it(`${name}: ${code} at ${path || '(document)'}`, () => {
      const e = make().find((x) => x.code === code && x.path === path);
      expect(e, JSON.stringify(make())).toBeDefined();
      if (!e) return;
      expect(validationText(e, 'en')).toBe(e.message);
      const zh = validationText(e, 'zh-CN');
      expect(zh).toMatch(HAN);
      expect(zh).not.toBe(e.message);
      // The Chinese quotes the same figures: every number and quoted text of the values.
      for (const v of Object.values(e.values)) {
        if (typeof v === 'number' && Number.isInteger(v) && v < 1e6) expect([String(v), v.toLocaleString('en')].some((shown) => zh.includes(shown)), `${v} in ${zh}`).toBe(true);
        if (typeof v === 'string' && v.startsWith('"')) expect(zh).toContain(v);
      }
      expect(validationLine(e, 'zh-CN', 'lane.json')).toBe(`lane.json：${path || '（整个文件）'}：${zh}`);
      expect(validationLine(e, 'en', 'lane.json')).toBe(`lane.json: ${path || '(document)'}: ${e.message}`);
    });
  }

  it('meets every code in a file above or below', () => {
    const met = new Set<string>(CASES.map((c) => c.at(2) as string));
    for (const c of ['trace-order', 'trace-length', 'trace-index', 'trace-exit-before-entry', 'trace-entry-order', 'trace-visit-times', 'trace-visit-order', 'more', 'json-invalid', 'no-form', 'bad-format', 'not-multiple', 'schema-other']) met.add(c);
    expect([...VALIDATION_CODES].filter((c) => !met.has(c))).toEqual([]);
    expect([...met].filter((c) => !VALIDATION_CODES.includes(c as ValidationCode))).toEqual([]);
  });

  it('words the codes no bundled schema reaches, and the count of the rest', () => {
    const say = (code: ValidationCode, values: Record<string, string | number | boolean | string[]>) => [validationText({ code, values, message: '' }, 'en'), validationText({ code, values, message: '' }, 'zh-CN')];
    expect(say('more', { count: 4812 })).toEqual(['… and 4,812 more', '…… 另有 4,812 个问题']);
    expect(say('not-multiple', { divisor: 5 })).toEqual(['expected a multiple of 5', '应为 5 的倍数']);
    expect(say('bad-format', { format: 'email', got: '"x"' })).toEqual(['expected email, got "x"', '应为 email 格式，实际为 "x"']);
    expect(say('no-form', {})[1]).toMatch(HAN);
    expect(say('json-invalid', { reason: 'Unexpected token' })).toEqual(['not valid JSON at Unexpected token', '不是有效的 JSON：Unexpected token']);
    expect(say('schema-other', { text: 'Invalid input' })).toEqual(['Invalid input', '格式不符：Invalid input']);
    expect(say('trace-index', { what: 'station', limit: 7, got: 99 })).toEqual(['expected a station index below 7, got 99', '查验点序号应小于 7，实际为 99']);
    expect(say('trace-length', { per: 'visit', expected: 10, got: 9 })).toEqual(['expected 10 entries (one per visit), got 9', '应有 10 项（每次访问一项），实际为 9']);
  });

  it('words a received list or object and a missing value in Chinese, not in English', () => {
    const [e] = errorsOf((d) => void (d.name = [1]));
    expect(e.code).toBe('wrong-type');
    expect(validationText(e, 'en')).toBe('expected string, got an array');
    expect(validationText(e, 'zh-CN')).toBe('应为文本（字符串），实际为 列表（数组）');
    const [r] = errorsOf((d) => void delete d.name);
    expect(validationText(r, 'zh-CN')).toBe('必填：应为文本（字符串）');
  });

  it('shows station names where the UI gives them, ids otherwise', () => {
    const [e] = errorsOf((d) => void (d.stations[1].servers = 1));
    expect(validationText(e, 'zh-CN', { station: (id) => (id === 'border' ? '边检' : id) })).toMatch(/^边检 的供给负荷为/);
    expect(validationText(e, 'en')).toContain('"border"');
  });
});
