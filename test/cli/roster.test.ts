/**
 * `lanesim roster` through the real command: HiGHS covers the requirement in every interval
 * with the fewest paid hours the shift rules allow, the verification run checks the target
 * per interval, the CSV and the written scenario carry the roster, and rules that cannot
 * cover the requirement are refused with the reason (exit 1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRosterModel, readRoster } from '../../sim/sweep/roster-model.js';
import { ensureBuilt, lanesim, oneDeskLane } from './helpers.js';

beforeAll(ensureBuilt);

const { dir, lane } = oneDeskLane('lanesim-roster-', 'morning peak', 4 * 3600, [
  { fromSeconds: 0, ratePerHour: 60 },
  { fromSeconds: 3600, ratePerHour: 360 },
  { fromSeconds: 7200, ratePerHour: 120 },
]);
const rules = join(dir, 'shifts.json');
writeFileSync(rules, JSON.stringify({ lengthsHours: [1, 2], minOfficers: 1, maxOfficers: 10 }));

interface RosterDoc {
  format: string;
  requirement: Array<{ servers: number }>;
  shifts: Array<{ startSeconds: number; lengthSeconds: number; officers: number }>;
  paidStaffHours: number;
  onDuty: Array<{ fromSeconds: number; servers: number }>;
  verified: boolean;
  verification: Array<{ servers: number; met: boolean }>;
}

describe('lanesim roster', () => {
  it('covers the requirement in every interval, verifies it by simulation, writes CSV and the schedule', () => {
    const csv = join(dir, 'roster.csv');
    const out = join(dir, 'rostered.json');
    const r = lanesim(['roster', lane, '--station', 'desk', '--interval', '1h', '--target', 'p95wait<=2min', '--shifts', rules, '-r', '4', '--format', 'json', '--csv', csv, '--write', out]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as RosterDoc;
    expect(doc.format).toBe('lanesim/roster@1');
    doc.verification.forEach((iv, k) => expect(iv.servers).toBeGreaterThanOrEqual(doc.requirement[k].servers));
    expect(doc.verified).toBe(doc.verification.every((iv) => iv.met));
    // Shifts of 1 h are allowed, so the cheapest roster is the requirement itself.
    expect(doc.paidStaffHours).toBe(doc.requirement.reduce((a, iv) => a + iv.servers, 0));
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('shift,start,end,break_start,break_end,officers,start_seconds,end_seconds');
    const written = JSON.parse(readFileSync(out, 'utf8')) as { stations: Array<{ servers: unknown }> };
    expect(written.stations[0].servers).toEqual(doc.onDuty);
  }, 120_000);

  it('--report writes the roster report: requirement step chart against today and the roster, Gantt of the shifts, in both languages', () => {
    const docs: Record<string, string> = {};
    for (const lang of ['en', 'zh-CN']) {
      const html = join(dir, `roster-${lang}.html`);
      const r = lanesim(['roster', lane, '--station', 'desk', '--interval', '1h', '--target', 'p95wait<=2min', '--shifts', rules, '-r', '4', '--format', 'json', '--report', html, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as RosterDoc;
      const text = readFileSync(html, 'utf8');
      docs[lang] = text;
      expect(text).toContain('data-testid="report-staffing-step"');
      expect(text).toContain('data-testid="report-roster-gantt"');
      // The charts carry their numbers: the step chart's needed servers are the requirement, held to the end of the day.
      const metas = [...text.matchAll(/<metadata class="lanesim-chart-data">([^<]*)<\/metadata>/g)].map((m) => JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { series: Array<{ name: string; data: unknown[] }> });
      expect(metas).toHaveLength(2);
      const needed = metas[0].series.find((x) => x.name === (lang === 'en' ? 'Needed' : '所需'))!;
      expect(needed.data.map((v) => (Array.isArray(v) ? v[1] : v))).toEqual([...doc.requirement.map((iv) => iv.servers), doc.requirement.at(-1)!.servers]);
      expect(metas[0].series.map((x) => x.name)).toEqual(lang === 'en' ? ['Roster on duty', 'Needed', 'Today'] : ['排班在岗', '所需', '现有']);
      // One Gantt row and one table row per shift.
      expect((text.match(/<tr><td>\d+<\/td>/g) ?? []).length).toBe(doc.shifts.length);
      expect(text).toContain(lang === 'en' ? 'Roster for desk' : 'desk 排班');
      expect(text).not.toMatch(/<script/i);
    }
    expect(docs.en).toContain('Verification run: the target holds in every interval.');
    expect(docs['zh-CN']).toContain('验证运行：每个时段均满足目标。');
  }, 120_000);

  it('rules that cannot cover the requirement are refused with the reason', () => {
    const tight = join(dir, 'tight.json');
    writeFileSync(tight, JSON.stringify({ lengthsHours: [2], maxOfficers: 2 }));
    const r = lanesim(['roster', lane, '--station', 'desk', '--interval', '1h', '--target', 'p95wait<=2min', '--shifts', tight, '-r', '3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tight\.json: the shift rules cannot cover the requirement: maxOfficers is 2 but \d+ interval\(s\) need more/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ lengthsHours: [-1] }));
    const b = lanesim(['roster', lane, '--station', 'desk', '--interval', '1h', '--target', 'p95wait<=2min', '--shifts', bad]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('bad.json: lengthsHours[0]');
  }, 60_000);

  it('the model: 4-hour shifts with a break cover a peak with the fewest paid hours', () => {
    // Need 2,2,2,2 over four 1-hour intervals: two 4-hour shifts, no break (breaks start at 6 h).
    const m = buildRosterModel([2, 2, 2, 2], 3600, { lengthsHours: [2, 4] });
    expect(m.lp).toContain('Generals');
    const four = m.columns.find((c) => c.start === 0 && c.length === 4)!;
    const roster = readRoster(m, new Map([[four.name, 2]]));
    expect(roster.onDuty).toEqual([2, 2, 2, 2]);
    expect(roster.paidHours).toBe(8);
    const withBreak = buildRosterModel([1, 1, 1, 1, 1, 1, 1, 1], 1800, { lengthsHours: [4], breakAfterHours: 4, breakMinutes: 30 });
    const c = withBreak.columns.find((x) => x.start === 0)!;
    expect(c.covers).toEqual([0, 1, 2, 4, 5, 6, 7]);
    expect(c.paidHours).toBe(3.5);
  });
});
