/**
 * `lanesim run` shows the level of service: the table of bands and the per-interval strip
 * come from the result's `stations[].los`, which the JSON carries unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim/index.js';
import { losStrip } from '../../present/words/los-words.js';
import { ensureBuilt, lanesim } from './helpers.js';

beforeAll(ensureBuilt);

const DAY = 'scenarios/harbin-t1-entry-smart-day.json';

describe('run: level of service', () => {
  it('the table and the strip show what the JSON says', () => {
    const json = JSON.parse(lanesim(['run', DAY, '-r', '2', '--format', 'json']).stdout) as RunResult;
    const table = lanesim(['run', DAY, '-r', '2']).stdout;
    expect(table).toContain('Level of service');
    const border = json.stations.find((s) => s.id === 'border')!;
    expect(border.los!.processType).toBe('immigration');
    expect(border.los!.processTypeInferred).toBe(false);
    expect(border.los!.queueAreaM2).toBe(40);
    expect(border.los!.intervals.intervalSeconds).toBe(900);
    const row = table.split('\n').find((l) => /^\s+border\s+immigration\s/.test(l))!;
    expect(row).toContain(border.los!.wait.class);
    expect(row).toContain(border.los!.space!.class);
    expect(table).toContain(losStrip(border.los!.intervals.class));
    // Delay stations (the corridor) have no level of service.
    expect(json.stations.find((s) => s.id === 'corridor')!.los).toBeUndefined();
    expect(table).toMatch(/quarantine\s+health \/ quarantine\*/);
  });
});
