/**
 * Replay files carry a digest of scenario, seed, trace bound and stored trace: a file
 * changed after it was saved opens with `digestMismatch` (the UI warns and offers to rebuild
 * the trace from scenario and seed); files from before the digest open as before.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../sim/index.js';
import { rebuildTrace, serializeReplay, validateReplay, validateReplayText, type ReplayDocument } from '../../../sim/replay/index.js';
import { loadFixture } from './helpers.js';

const scenario = loadFixture();
const log = rebuildTrace(scenario, 3, 20_000).log;
const doc: ReplayDocument = { title: 'digest', scenario, seed: 3, recordVisits: 20_000, bookmarks: [{ atSeconds: 60, note: 'n' }], log };

describe('replay digest', () => {
  const text = serializeReplay(doc, { includeTrace: true, engine: ENGINE_VERSION });
  const json = JSON.parse(text) as Record<string, unknown> & { trace: { passengers: { entry: number[] } } };

  it('is written, and a file read back unchanged matches it (bookmarks and title are not part of it)', () => {
    expect(json.digest).toMatch(/^[0-9a-f]{64}$/);
    const back = validateReplayText(text);
    expect(back.ok).toBe(true);
    expect(back.ok && back.replay.digestMismatch).toBeFalsy();
    const noted = validateReplay({ ...json, title: 'renamed', bookmarks: [] });
    expect(noted.ok && noted.replay.digestMismatch).toBeFalsy();
  });

  it('a changed trace, seed or scenario opens with the mismatch flagged', () => {
    const entry = [...json.trace.passengers.entry];
    entry[0] = entry[0] + 1;
    const edits = [
      { ...json, trace: { ...json.trace, passengers: { ...json.trace.passengers, entry } } },
      { ...json, seed: 4 },
      { ...json, scenario: { ...(json.scenario as object), name: 'another lane' } },
    ];
    for (const edited of edits) {
      const r = validateReplay(edited);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.replay.digestMismatch).toBe(true);
    }
  });

  it('files from before the digest open without a warning; a malformed digest is refused with its path', () => {
    const { digest: _, ...old } = json;
    const r = validateReplay(old);
    expect(r.ok && r.replay.digestMismatch).toBeFalsy();
    const bad = validateReplay({ ...json, digest: 'xyz' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ path: 'digest', message: expect.stringMatching(/xyz/) });
  });

  it('a __proto__ key anywhere in a replay file is reported, not dropped', () => {
    const r = validateReplay(JSON.parse(text.replace('"title"', '"__proto__": {"x": 1}, "title"')));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe('__proto__');
  });
});
