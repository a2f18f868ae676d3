/**
 * The per-flight / per-vehicle table that `lanesim run`, the workbench and its export share:
 * every cell is the result's figure through present/format, the same in both languages (only
 * the headings change), clock times with a scenario clock, a bus's dwell with its interval.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clockLabel, run, validateScenario, type Scenario } from '../../../sim/index.js';
import { fmtInterval, fmtPercent, fmtSeconds } from '../../../present/format.js';
import { groupsTable } from '../../../present/tables/groups-table.js';

function heihe(startTime?: string): Scenario {
  const json = JSON.parse(readFileSync(new URL('../../../scenarios/heihe-road-port.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  if (startTime) json.startTime = startTime;
  const v = validateScenario(json);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('groups table', () => {
  it('writes each vehicle’s figures with intervals and dwell, the same cells in zh-CN and English', () => {
    const result = run(heihe('07:00'), { seed: 3, replications: 2 });
    const en = groupsTable(result, 'en')!;
    const zh = groupsTable(result, 'zh-CN')!;
    expect(en.title).toBe('By vehicle');
    expect(zh.title).toBe('按车次');
    expect(en.rows.map((r) => r.cells)).toEqual(zh.rows.map((r) => r.cells));
    expect(en.columns.map((c) => c.header)).not.toEqual(zh.columns.map((c) => c.header));
    expect(en.kind).toBe('arrivals');
    expect(en.columns.map((c) => c.key)).toEqual(['id', 'at', 'passengers', 'firstOut', 'lastOut', 'mean', 'meanCI', 'p95', 'p95CI', 'within', 'withinCI', 'dwell', 'dwellCI']);
    const g = result.groups![0];
    expect(en.rows[0].cells).toEqual([
      g.id,
      clockLabel(g.atSeconds, result.clock, true),
      String(g.passengers),
      clockLabel(g.firstClearedSeconds, result.clock, true),
      clockLabel(g.lastClearedSeconds, result.clock, true),
      fmtSeconds(g.meanClearance),
      fmtInterval(g.meanClearanceCI95),
      fmtSeconds(g.p95Clearance),
      fmtInterval(g.p95ClearanceCI95),
      fmtPercent(g.withinTarget),
      fmtInterval(g.withinTargetCI95, (v) => fmtPercent(v)),
      fmtSeconds(g.dwellSeconds),
      fmtInterval(g.dwellCI95),
    ]);
    // The clock starts at 07:00: a bus's times read as times of day.
    expect(result.clock?.startSecondsOfDay).toBe(7 * 3600);
    expect(en.rows[0].cells[1]).toMatch(/^(0[7-9]|1\d):\d\d:\d\d$/);
  });

  it('says times are from the start without a clock, and has no table without flights or vehicles', () => {
    const result = run(heihe(), { seed: 3, replications: 2 });
    expect(groupsTable(result, 'en')!.title).toBe('By vehicle (times from the start)');
    expect(groupsTable({ ...result, groups: [] }, 'en')).toBeNull();
  });
});
