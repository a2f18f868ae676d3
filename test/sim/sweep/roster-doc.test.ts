import { describe, expect, it } from 'vitest';
import { parseRosterDoc, scheduleBars, SimulationError } from '../../../sim/index.js';

const doc = {
  format: 'lanesim/roster@1',
  scenario: 'x',
  station: 'desk',
  intervalSeconds: 3600,
  target: { metric: 'p95wait', quantile: 0.95, limitSeconds: 120, text: 'p95wait<=120s' },
  requirement: [{ fromSeconds: 0, servers: 2, metric: 50, metricCI95: [40, 60], met: true, confident: true, passengers: 30, today: 3 }],
  shifts: [{ startSeconds: 0, lengthSeconds: 3600, break: null, officers: 2 }],
  paidStaffHours: 2,
  requirementStaffHours: 2,
  onDuty: [{ fromSeconds: 0, servers: 2 }],
  verified: true,
  verification: [{ fromSeconds: 0, servers: 2, metric: 50, metricCI95: [40, 60], met: true, confident: true, passengers: 30 }],
  staffingMessages: [],
};

describe('roster documents', () => {
  it('reads a roster file and refuses others with the file, the JSON path and what was expected', () => {
    expect(parseRosterDoc(doc, 'r.json').shifts).toHaveLength(1);
    const bad = (j: unknown) => {
      try {
        parseRosterDoc(j, 'r.json');
      } catch (e) {
        expect(e).toBeInstanceOf(SimulationError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(bad({ ...doc, format: 'lanesim/plan@1' })).toMatch(/^r\.json: format: /);
    expect(bad({ ...doc, shifts: [{ startSeconds: 0, lengthSeconds: 3600, break: null, officers: 0 }] })).toMatch(/^r\.json: shifts\[0\]\.officers: /);
    expect(bad([])).toMatch(/^r\.json: \(document\): /);
  });
});

describe('a server schedule as duty bars', () => {
  it('one bar per officer slot and unbroken stretch', () => {
    const bars = scheduleBars(
      [
        { fromSeconds: 0, servers: 1 },
        { fromSeconds: 3600, servers: 3 },
        { fromSeconds: 7200, servers: 0 },
        { fromSeconds: 9000, servers: 2 },
      ],
      10_800,
    );
    expect(bars.map((b) => [b.startSeconds, b.startSeconds + b.lengthSeconds])).toEqual([
      [0, 7200],
      [3600, 7200],
      [3600, 7200],
      [9000, 10_800],
      [9000, 10_800],
    ]);
    // Officers on duty at any time equal the schedule's count.
    const at = (t: number) => bars.filter((b) => b.startSeconds <= t && t < b.startSeconds + b.lengthSeconds).length;
    expect([at(0), at(4000), at(8000), at(10_000)]).toEqual([1, 3, 0, 2]);
  });
});
