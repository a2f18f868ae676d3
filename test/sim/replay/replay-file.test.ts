import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../sim/index.js';
import { rebuildTrace, REPLAY_FORMAT, serializeReplay, validateReplay, validateReplayText, type ReplayDocument } from '../../../sim/replay/index.js';
import { loadFixture } from './helpers.js';

const scenario = loadFixture();
const base: ReplayDocument = {
  title: '航班高峰 — peak bank',
  scenario,
  seed: 11,
  recordVisits: 400_000,
  bookmarks: [
    { atSeconds: 2416.5, note: '边检排队最长 — longest desk queue' },
    { atSeconds: 620, note: 'First flight reaches the corridor' },
  ],
  log: null,
};

function errorsOf(value: unknown) {
  const r = validateReplay(value);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

function fileJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...JSON.parse(serializeReplay(base, { includeTrace: false, engine: ENGINE_VERSION })), ...overrides };
}

describe('replay file lanesim/replay@1', () => {
  it('round-trips scenario, seed and bookmarks, and the rebuilt trace is the same story', () => {
    const text = serializeReplay(base, { includeTrace: false, engine: ENGINE_VERSION });
    const back = validateReplayText(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.replay.scenario).toEqual(scenario);
    expect(back.replay.seed).toBe(11);
    expect(back.replay.title).toBe(base.title);
    expect(back.replay.engine).toBe(ENGINE_VERSION);
    // Bookmarks come back in time order.
    expect(back.replay.bookmarks).toEqual([base.bookmarks[1], base.bookmarks[0]]);
    expect(back.replay.log).toBeNull();
    const a = rebuildTrace(scenario, 11, 400_000).log;
    const b = rebuildTrace(back.replay.scenario, back.replay.seed, back.replay.recordVisits).log;
    expect(Array.from(b.passengers.exit)).toEqual(Array.from(a.passengers.exit));
    // Serialising again gives the same text (bookmarks sorted).
    const sorted = { ...base, bookmarks: [base.bookmarks[1], base.bookmarks[0]] };
    expect(serializeReplay(back.replay, { includeTrace: false, engine: ENGINE_VERSION })).toBe(serializeReplay(sorted, { includeTrace: false, engine: ENGINE_VERSION }));
  });

  it('round-trips a stored trace exactly, including a truncated one', () => {
    for (const bound of [400_000, 500]) {
      const log = rebuildTrace(scenario, 11, bound).log;
      const text = serializeReplay({ ...base, log }, { includeTrace: true, engine: ENGINE_VERSION });
      const back = validateReplayText(text);
      if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)));
      const got = back.replay.log!;
      expect(got.truncated).toBe(log.truncated);
      expect(got.completeUntil).toBe(log.completeUntil);
      for (const key of ['classIndex', 'bags', 'entry', 'exit', 'source'] as const) expect(Array.from(got.passengers[key])).toEqual(Array.from(log.passengers[key]));
      for (const key of ['passenger', 'station', 'arrive', 'start', 'end', 'alarm', 'server'] as const) expect(Array.from(got.visits[key])).toEqual(Array.from(log.visits[key]));
      expect(got.passengers.length).toBe(log.passengers.length);
      expect(got.visits.length).toBe(log.visits.length);
      // The trace columns stay on one line each: the file is still readable.
      expect(text.split('\n').length).toBeLessThan(400);
    }
  });

  it('names the JSON path and the expectation for each problem', () => {
    expect(errorsOf(fileJson({ seed: -1 }))).toMatchObject([{ path: 'seed', message: expect.stringContaining('≥ 0') }]);
    expect(errorsOf(fileJson({ bookmarks: [{ atSeconds: 10, note: 5 }] }))).toMatchObject([{ path: 'bookmarks[0].note', message: 'expected string, got 5' }]);
    expect(errorsOf(fileJson({ bookmarks: [{ atSeconds: 10 }] }))).toMatchObject([{ path: 'bookmarks[0].note', message: 'required: expected string' }]);
    expect(errorsOf(fileJson({ colour: 'red' }))).toMatchObject([{ path: 'colour', message: expect.stringContaining('unknown key "colour"') }]);
    const badScenario = fileJson();
    (badScenario.scenario as { stations: { servers?: number }[] }).stations[1].servers = -2;
    expect(errorsOf(badScenario)).toMatchObject([{ path: 'scenario.stations[1].servers', message: expect.stringContaining('≥ 0') }]);
  });

  it('explains a newer format version, a scenario opened as a replay, and broken JSON', () => {
    expect(errorsOf(fileJson({ format: 'lanesim/replay@2' }))[0]).toMatchObject({ path: 'format', message: expect.stringContaining('version 2; this LaneSim reads version 1') });
    expect(errorsOf(scenario)[0]).toMatchObject({ path: 'format', message: expect.stringContaining('open it as a scenario') });
    expect(errorsOf([1, 2])[0]).toMatchObject({ path: '', message: 'expected a replay object, got an array' });
    const r = validateReplayText('{"format": "lanesim/replay@1",');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/^not valid JSON/);
    expect(fileJson().format).toBe(REPLAY_FORMAT);
  });

  it('refuses a damaged stored trace with the path of the damage', () => {
    const log = rebuildTrace(scenario, 11, 2000).log;
    const withTrace = (edit: (t: Record<string, Record<string, unknown[]>>) => void) => {
      const json = JSON.parse(serializeReplay({ ...base, log }, { includeTrace: true, engine: ENGINE_VERSION }));
      edit(json.trace);
      return json;
    };
    expect(errorsOf(withTrace((t) => t.visits.end.pop()))[0]).toMatchObject({ path: 'trace.visits.end', message: expect.stringMatching(/^expected \d+ entries \(one per visit\), got \d+$/) });
    expect(errorsOf(withTrace((t) => (t.visits.station[3] = 99)))[0]).toMatchObject({ path: 'trace.visits.station[3]', message: 'expected a station index below 7, got 99' });
    expect(errorsOf(withTrace((t) => (t.passengers.classIndex[0] = 1.5)))[0].path).toBe('trace.passengers.classIndex[0]');
    expect(errorsOf(withTrace((t) => ((t as unknown as Record<string, unknown>).stationIds = ['x'])))[0].path).toBe('trace.stationIds');
    expect(errorsOf(withTrace((t) => (t.visits.start[5] = -1)))[0].path).toBe('trace.visits.start[5]');
  });
});
