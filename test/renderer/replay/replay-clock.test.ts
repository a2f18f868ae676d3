/** A flight at 08:30 in a scenario starting 06:00 appears at 08:30 on the replay clock (the player's state). */
import { describe, expect, it } from 'vitest';
import { runDetailed, scenarioClock, validateScenario, type Scenario } from '../../../sim/index.js';
import { buildReplayModel } from '../../../sim/replay/replay-model.js';
import { ReplayPlayer } from '../../../renderer/replay/replay-player.js';
import { fmtReplayClock } from '../../../present/format.js';

function scenario(): Scenario {
  const v = validateScenario({
    format: 'lanesim/scenario@1',
    name: 'one flight at 08:30',
    startTime: '06:00',
    horizon: { arrivalsUntil: '10:00' },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [
      { kind: 'flights', flights: [{ id: 'CZ3001', at: '08:30', passengers: 150, deplanePerMinute: 30 }] },
    ],
    entry: 'desk',
    stations: [
      { id: 'desk', mode: 'queue', servers: 4, service: { dist: 'exponential', mean: 45 }, next: 'exit' },
    ],
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('a flight at 08:30 shows at 08:30', () => {
  const s = scenario();
  const { log } = runDetailed(s, { seed: 1, replications: 1, recordVisits: 100_000 });

  it('on the replay clock: the replay opens at the first passenger, at 08:30', () => {
    const player = new ReplayPlayer(buildReplayModel(s, log!));
    const t = player.getSnapshot().t;
    expect(t).toBeGreaterThanOrEqual(9000);
    expect(fmtReplayClock(t, scenarioClock(s))).toMatch(/^08:30:0\d$/);
    expect(fmtReplayClock(t)).toMatch(/^2:30:0\d$/);
  });
});
