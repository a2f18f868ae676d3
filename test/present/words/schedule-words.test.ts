/**
 * Schedule import problems in both languages: the English is the core's own sentence word for
 * word (the CLI prints it), the Chinese says the same with the same row, column and figures,
 * for every code the core produced on a table full of mistakes.
 */
import { describe, expect, it } from 'vitest';
import {
  csvTable,
  formatIssue,
  parseSchedule,
  scheduleTableFromBytes,
  scheduleToScenario,
  type ScheduleIssue,
} from '../../../sim/schedule/index.js';
import {
  formatScheduleIssue,
  scheduleFileProblemText,
  scheduleIssueText,
  scheduleNoteText,
} from '../../../present/words/schedule-words.js';

function issuesOf(text: string): ScheduleIssue[] {
  const t = csvTable(text);
  if (!t) throw new Error('no table');
  return parseSchedule(t).errors;
}

const BAD_ROWS = [
  'Flight,STA,Passengers,Seats,Load factor,Stand,Direction,Date',
  'CZ1,08:30,120,,,contact,A,2025-08-15',
  'CZ2,25:61,100,,,,A,',
  'CZ3,09:00,-4,,,,,',
  ',09:30,5,,,,,',
  'C Z,09:30,5,,,,,',
  'CZ5,09:30,,abc,,,,',
  'CZ6,09:30,,180,140%,,,',
  'CZ7,09:30,10,,,gate,,',
  'CZ8,09:30,10,,,,sideways,',
  'CZ9,09:30,10,,,,,2025-13-40',
  'CZ10,09:30,,,,,,',
  'CZ1,08:30,90,,,,A,2025-08-15',
  'CZ11,09:30,10,,,,D,',
].join('\n');

describe('schedule words', () => {
  it('says every problem of a bad table in English as the core does, and in Chinese with the same row and column', () => {
    const issues = [
      ...issuesOf(BAD_ROWS),
      ...issuesOf('Remarks\nx\n'),
      ...issuesOf('Flight,STA,Passengers,Flight\n'),
      ...issuesOf('Flight,STA,Passengers\n'),
    ];
    const codes = new Set(issues.map((i) => i.code));
    for (const c of ['badTime', 'badPassengers', 'emptyId', 'badId', 'badSeats', 'badLoadFactor', 'badStand', 'badDirection', 'badDate', 'noPassengers', 'duplicate', 'noTimeColumnForRow', 'noIdColumn', 'noTimeColumn', 'noPassengerColumn', 'secondColumn', 'noRows'])
      expect(codes, c).toContain(c);
    for (const i of issues) {
      expect(formatScheduleIssue('day.csv', i, 'en')).toBe(formatIssue('day.csv', i));
      const zh = formatScheduleIssue('day.csv', i, 'zh-CN');
      expect(zh).not.toBe(formatIssue('day.csv', i));
      if (i.row !== null) expect(zh).toContain(`第 ${i.row} 行`);
      if (i.column !== null) expect(zh).toContain(i.column);
    }
    const bad = issues.find((i) => i.code === 'badTime')!;
    expect(formatScheduleIssue('day.csv', bad, 'zh-CN')).toBe(
      'day.csv：第 3 行，"STA" (B) 列：时间应为 08:30 这样的时刻（00:00–23:59）或 2025-08-15 08:30 这样的日期时间，实际为 "25:61"',
    );
  });

  it('says the scenario-building problems and assumptions in both languages', () => {
    const t = csvTable('航班号,进出港,计划时间,座位数,机型\nCZ1,进港,08:30,100,Z999\nCZ2,出港,09:30,120,\n')!;
    const p = parseSchedule(t);
    expect(p.assumed.map((n) => n.code).sort()).toEqual(['defaultLoadFactor', 'noAircraftType', 'unknownAircraftType']);
    for (const n of p.assumed) {
      expect(scheduleNoteText(n, 'en')).toBe(n.message);
      expect(scheduleNoteText(n, 'zh-CN')).not.toBe(n.message);
    }
    const mixed = scheduleToScenario(p, { fileName: 'x.csv' });
    expect(mixed.ok).toBe(false);
    if (mixed.ok) return;
    for (const e of mixed.errors) {
      expect(scheduleIssueText(e, 'en')).toBe(e.message);
      expect(scheduleIssueText(e, 'zh-CN')).toMatch(/进港|出港/);
    }
  });

  it('says why a file cannot be read in both languages', async () => {
    const never = () => Promise.reject(new Error('not called'));
    for (const [bytes, name] of [
      [new Uint8Array([0x41, 0x42]), 'day.xlsx'],
      [new Uint8Array([0x41]), 'day.xls'],
      [new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x0a]), 'day.csv'],
    ] as const) {
      const r = await scheduleTableFromBytes(bytes, name, never);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(scheduleFileProblemText(r, 'en')).toBe(r.message);
      expect(scheduleFileProblemText(r, 'zh-CN')).not.toBe(r.message);
    }
  });
});
