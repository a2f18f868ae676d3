import { describe, expect, it } from 'vitest';
import type { RunLog } from '../../../sim/index.js';
import { runSeedOf } from '../../../renderer/state/workbench.js';
import { DOCUMENT_CHOICE, keptReplayIsCurrent } from '../../../renderer/replay/kept-replay.js';
import type { ReplaySession } from '../../../renderer/replay/replay-view.js';
import { loadFixture } from '../fixtures.js';

const scenario = loadFixture('entry-classic');

function kept(choice: ReplaySession['choice'], seed: number): ReplaySession {
  return { doc: { scenario, seed, recordVisits: 1, bookmarks: [], log: null, title: 'x' }, docName: 'x', choice, log: {} as RunLog, t: 0, followed: -1 };
}

describe('replay seed follows the workbench run', () => {
  it('the run seed is the header override, else the scenario seed, else 1', () => {
    expect(runSeedOf({ seed: 7 }, { seed: 3 })).toBe(7);
    expect(runSeedOf({ seed: null }, { seed: 3 })).toBe(3);
    expect(runSeedOf({ seed: null }, {})).toBe(1);
    expect(runSeedOf({ seed: 0 }, { seed: 3 })).toBe(0);
  });

  it('a kept replay of the document is dropped when the header seed or the document changed', () => {
    const doc = (seed: number) => [{ id: DOCUMENT_CHOICE, name: 'doc', json: scenario, seed, seedFromRun: true }];
    const k = kept({ id: DOCUMENT_CHOICE, seed: 1 }, 1);
    expect(keptReplayIsCurrent(k, scenario, doc(1), scenario)).toBe(true);
    expect(keptReplayIsCurrent(k, scenario, doc(7), scenario)).toBe(false);
    expect(keptReplayIsCurrent(k, scenario, doc(1), { ...scenario })).toBe(false);
  });

  it('keeps a replay built with a typed seed, or opened from a file, while the header seed is unchanged', () => {
    const choices = [{ id: DOCUMENT_CHOICE, name: 'doc', json: scenario, seed: 1, seedFromRun: true }];
    expect(keptReplayIsCurrent(kept({ id: DOCUMENT_CHOICE, seed: 1 }, 42), scenario, choices, scenario)).toBe(true);
    expect(keptReplayIsCurrent(kept(null, 42), undefined, choices, scenario)).toBe(true);
  });
});
