/**
 * `lanesim staff` through the real command: the JSON is the lanesim/staffing@1 document
 * (the same for 1 and 2 worker threads), --write saves the requirement as the station's
 * server schedule, the table shows each interval beside today's staffing, and bad input
 * exits 1 or 2 with what was expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StaffingResult } from '../../sim/sweep/staffing.js';
import { ensureBuilt, lanesim, oneDeskLane } from './helpers.js';

beforeAll(ensureBuilt);

const { dir, lane } = oneDeskLane('lanesim-staff-', 'two loads', 7200, [
  { fromSeconds: 0, ratePerHour: 120 },
  { fromSeconds: 3600, ratePerHour: 360 },
]);

describe('lanesim staff', () => {
  it('prints lanesim/staffing@1, the same with one and two workers, and writes the schedule', () => {
    const args = ['staff', lane, '--station', 'desk', '--interval', '1h', '--target', 'p95wait<=2min', '-r', '4', '--format', 'json'];
    const one = lanesim([...args, '--workers', '1']);
    expect(one.code).toBe(0);
    const out = join(dir, 'staffed.json');
    const two = lanesim([...args, '--workers', '2', '--write', out]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const r = JSON.parse(one.stdout) as StaffingResult;
    expect(r.format).toBe('lanesim/staffing@1');
    expect(r.intervalSeconds).toBe(3600);
    const desk = r.stations[0];
    expect(desk.intervals.map((iv) => Object.keys(iv))).toEqual(desk.intervals.map(() => expect.arrayContaining(['fromSeconds', 'servers', 'metric', 'metricCI95', 'met'])));
    expect(desk.intervals.map((iv) => iv.fromSeconds)).toEqual([0, 3600]);
    expect(desk.intervals[1].servers).toBeGreaterThan(desk.intervals[0].servers);
    expect(desk.intervals.every((iv) => iv.met)).toBe(true);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { stations: Array<{ servers: unknown }> };
    expect(written.stations[0].servers).toEqual(desk.schedule);
    const table = lanesim(['staff', lane, '--station', 'desk', '--interval', '1h', '--target', 'p95wait<=2min', '-r', '4', '--workers', '1']).stdout;
    expect(table).toMatch(/00:00\s+\d+\s+8\s/);
    expect(table).toContain('staff-hours needed, today 16.0');
  }, 120_000);

  it('bad input: unknown station exits 1 naming the known ones; a bad target or interval exits 2', () => {
    const unknown = lanesim(['staff', lane, '--station', 'gate', '--interval', '1h', '--target', 'p95wait<=2min']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/lane\.json: station "gate": no such station \(known: desk\)/);
    const target = lanesim(['staff', lane, '--station', 'desk', '--interval', '1h', '--target', 'mean<=2']);
    expect(target.code).toBe(2);
    expect(target.stderr).toContain('pNNwait<=time');
    const interval = lanesim(['staff', lane, '--station', 'desk', '--interval', '2min', '--target', 'p95wait<=2min']);
    expect(interval.code).toBe(2);
    expect(interval.stderr).toContain('5 min to 24 h');
  }, 60_000);
});
