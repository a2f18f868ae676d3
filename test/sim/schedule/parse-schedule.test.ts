/**
 * Schedule tables read by header in English and Chinese; defaults turn rows into flights;
 * every bad row is one issue with its row and column, and nothing is imported then.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../sim/index.js';
import {
  classNamesOf,
  csvTable,
  decodeScheduleBytes,
  formatIssue,
  parseSchedule,
  scheduleToScenario,
  SCHEDULE_DEFAULTS,
} from '../../../sim/schedule/index.js';

const ZH = `航班号,计划到达,机型,近机位/远机位,旅客人数,始发站,备注
CZ6102,08:30,A321,近机位,186,首尔,
HU7906,09:10,B738,远机位,162,莫斯科,晚到
KE821,10:05,A333,远机位,250,首尔,
`;

function table(text: string) {
  const t = csvTable(text);
  if (!t) throw new Error('no table');
  return t;
}

describe('reading a schedule', () => {
  it('finds Chinese columns, reports unknown ones, and applies the defaults table', () => {
    const p = parseSchedule(table(ZH));
    expect(p.errors).toEqual([]);
    expect(p.unknownColumns).toEqual(['备注']);
    expect(
      p.entries.map((e) => [e.id, e.direction, e.time.secondsOfDay, e.passengers, e.body, e.stand, e.place]),
    ).toEqual([
      ['CZ6102', 'arrival', 30600, 186, 'narrow', 'contact', '首尔'],
      ['HU7906', 'arrival', 33000, 162, 'narrow', 'remote', '莫斯科'],
      ['KE821', 'arrival', 36300, 250, 'wide', 'remote', '首尔'],
    ]);
    const s = scheduleToScenario(p, { fileName: 'zh.csv' });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const flights = (s.value.scenario.arrivals as Array<{ flights: Array<Record<string, unknown>> }>)[0]
      .flights;
    expect(flights[2]).toEqual({
      id: 'KE821',
      at: '10:05',
      passengers: 250,
      deplanePerMinute: SCHEDULE_DEFAULTS.deplanePerMinute.wide.value,
      walk: SCHEDULE_DEFAULTS.walk.remote.value,
    });
    expect(s.value.scenario.startTime).toBe('07:00');
    expect(validateScenario(s.value.scenario).ok).toBe(true);
  });

  it('reads English headers in any case and order, seats with a load factor, and class shares', () => {
    const text =
      'sta,FLIGHT NO.,Seats,Load Factor,Citizen,Foreign\n07:45,MU5001,180,85%,60%,40%\n08:15,MU5003,200,0.9,0.5,0.5\n';
    const base = {
      classes: [
        { id: 'citizen', share: 0.6 },
        { id: 'foreign', share: 0.4 },
      ],
    };
    const p = parseSchedule(table(text), { classNames: classNamesOf(base) });
    expect(p.errors).toEqual([]);
    expect(p.unknownColumns).toEqual([]);
    expect(p.entries.map((e) => [e.id, e.passengers, e.classes])).toEqual([
      ['MU5001', 153, { citizen: 0.6, foreign: 0.4 }],
      ['MU5003', 180, { citizen: 0.5, foreign: 0.5 }],
    ]);
  });

  it('names the row and column of every problem, once each, and imports nothing', () => {
    const text =
      'Flight,STA,Passengers\nCZ1,08:30,120\nCZ2,25:61,100\nCZ3,09:00,-4\nCZ4,09:30,5000\nCZ1,08:30,90\n';
    const p = parseSchedule(table(text));
    expect(p.entries).toEqual([]);
    expect(p.errors.map((e) => formatIssue('day.csv', e))).toEqual([
      'day.csv: row 3, column "STA" (B): expected a time such as 08:30 (00:00–23:59) or a date and time such as 2025-08-15 08:30, got "25:61"',
      'day.csv: row 4, column "Passengers" (C): expected a whole number of passengers from 0 to 900, got "-4"',
      'day.csv: row 5, column "Passengers" (C): expected a whole number of passengers from 0 to 900, got "5000"',
      'day.csv: row 6, column "Flight" (A): duplicate flight CZ1 (arrival; first on row 2)',
    ]);
  });

  it('refuses a table without the columns it needs', () => {
    const p = parseSchedule(table('Flight,Remarks\nCZ1,x\n'));
    expect(p.errors.map((e) => formatIssue('f.csv', e))).toEqual([
      'f.csv: row 1: no time column: expected a header such as "STA", "STD", "Time", "计划到达" or "计划起飞"',
      'f.csv: row 1: no passenger column: expected "Passengers"/"旅客人数", or "Seats"/"座位数" with a load factor',
    ]);
  });

  it('asks for a direction when a table has arrivals and departures', () => {
    const p = parseSchedule(
      table('航班号,进出港,计划时间,旅客人数\nCZ1,进港,08:30,100\nCZ2,出港,09:30,120\n'),
    );
    expect(p.errors).toEqual([]);
    expect(p.entries.map((e) => e.direction)).toEqual(['arrival', 'departure']);
    const s = scheduleToScenario(p, { fileName: 'x.csv' });
    expect(s.ok).toBe(false);
    const arr = scheduleToScenario(p, { fileName: 'x.csv', direction: 'arrival' });
    expect(arr.ok && arr.value.passengers).toBe(100);
  });

  it('imports departure rows (STD / 计划起飞, or 出港 in a direction column) as departing flights, the clock 3 h before the first STD', () => {
    for (const text of [
      'Flight,STD,Passengers\nCZ6079,08:40,170\nHU7917,19:30,208\n',
      '航班号,计划起飞,旅客人数\nCZ6079,08:40,170\nHU7917,19:30,208\n',
      '航班号,进出港,计划时间,旅客人数\nCZ6080,进港,07:50,168\nCZ6079,出港,08:40,170\nHU7917,出港,19:30,208\n',
    ]) {
      const p = parseSchedule(table(text));
      expect(p.errors).toEqual([]);
      const s = scheduleToScenario(p, { fileName: 'day.csv', direction: 'departure' });
      expect(s.ok).toBe(true);
      if (!s.ok) continue;
      expect(s.value.passengers).toBe(378);
      expect(s.value.scenario.startTime).toBe('05:00');
      const v = validateScenario(s.value.scenario);
      expect(v.ok).toBe(true);
      if (!v.ok) continue;
      const a = v.scenario.arrivals[0];
      expect(a.kind === 'departures' && a.flights.map((f) => [f.id, f.stdSeconds, f.passengers])).toEqual([
        ['CZ6079', 3 * 3600 + 40 * 60, 170],
        ['HU7917', 14 * 3600 + 30 * 60, 208],
      ]);
    }
  });

  it('refuses departure rows of a bus table, naming the row', () => {
    const p = parseSchedule(table('车次,进出港,时间,人数\nB1,出港,09:30,40\n'));
    const s = scheduleToScenario(p, { fileName: 'bus.csv' });
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.errors[0]).toMatchObject({ row: 2, message: expect.stringContaining('departures are read for flights only') });
  });

  it('reads buses as vehicles, times after midnight and dates', () => {
    const p = parseSchedule(
      table('车次,日期,到站时间,人数\nB1,2025-08-15,22:30,40\nB2,2025-08-16,00:40,45\n'),
    );
    expect(p.kind).toBe('vehicle');
    const s = scheduleToScenario(p, { fileName: 'bus.csv' });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.scenario.startTime).toBe('2025-08-15 21:00');
    const v = validateScenario(s.value.scenario);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const a = v.scenario.arrivals[0];
    expect(a.kind === 'vehicles' && a.vehicles.map((x) => [x.id, x.atSeconds, x.alightPerMinute])).toEqual([
      ['B1', 5400, 20],
      ['B2', 13200, 20],
    ]);
  });
});

describe('decoding schedule files', () => {
  const text = '航班号,旅客人数\nCZ1,100\n';
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeScheduleBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeScheduleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });

  it('reads GB18030 from Chinese Excel', () => {
    // "航班号,旅客人数" in GB18030 (GBK code points), as Excel on a Chinese Windows saves CSV.
    const gb = new Uint8Array([
      0xba, 0xbd, 0xb0, 0xe0, 0xba, 0xc5, 0x2c, 0xc2, 0xc3, 0xbf, 0xcd, 0xc8, 0xcb, 0xca, 0xfd, 0x0a, 0x43,
      0x5a, 0x31, 0x2c, 0x31, 0x30, 0x30, 0x0a,
    ]);
    expect(decodeScheduleBytes(gb)).toEqual({ text, encoding: 'gb18030' });
  });
});
