/**
 * `lanesim schedule`: the same table as CSV (UTF-8 with BOM, GB18030) and as XLSX (real time
 * cells) gives the same scenario; passengers generated equal the file's total; a bad file
 * exits 1 with every problem named and writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, runDetailed, validateScenario } from '../../sim/index.js';
import { DEPARTURE_CSV_HEADER } from '../../sim/export/groups-csv.js';
import { PROVENANCE_COLUMNS } from '../../sim/export/csv.js';
import { ensureBuilt, lanesim } from './helpers.js';

const ROWS: Array<[string, string, string, string, number]> = [
  ['CZ6102', '08:30', 'A321', '近机位', 186],
  ['HU7906', '09:10', 'B738', '远机位', 162],
  ['KE821', '10:05', 'A333', '远机位', 250],
  ['S71003', '23:40', 'A320', '近机位', 150],
];
const HEADER = ['航班号', '计划到达', '机型', '近机位/远机位', '旅客人数'];
const CSV = [HEADER.join(','), ...ROWS.map((r) => r.join(','))].join('\r\n') + '\r\n';

let dir: string;

async function writeXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('航班计划');
  ws.addRow(HEADER);
  for (const [id, time, type, stand, pax] of ROWS) {
    const [h, m] = time.split(':').map(Number);
    // A time cell as Excel stores it: a Date on 1899-12-30 with a time format.
    const row = ws.addRow([id, new Date(Date.UTC(1899, 11, 30, h, m)), type, stand, pax]);
    row.getCell(2).numFmt = 'hh:mm';
  }
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'lanesim-schedule-'));
  writeFileSync(join(dir, 'day-bom.csv'), '\uFEFF' + CSV, 'utf8');
  // GB18030 bytes, as Chinese Excel saves "CSV": through the decoder's inverse (the WHATWG encoder only writes UTF-8).
  writeFileSync(join(dir, 'day-gb.csv'), gb18030(CSV));
  await writeXlsx(join(dir, 'day.xlsx'));
});

/** Encodes text as GB18030 by looking each character up through TextDecoder (test helper; ASCII and common Hanzi). */
function gb18030(text: string): Buffer {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

function importFile(name: string, extra: string[] = []) {
  const out = join(dir, `${name}.json`);
  const r = lanesim([
    'schedule',
    join(dir, name),
    '--into',
    'scenarios/harbin-t1-entry-smart.json',
    '-o',
    out,
    ...extra,
  ]);
  return { r, out };
}

describe('lanesim schedule', () => {
  it('CSV (UTF-8 with BOM, GB18030) and XLSX of the same table give the same scenario', () => {
    const a = importFile('day-bom.csv');
    const b = importFile('day-gb.csv');
    const c = importFile('day.xlsx');
    for (const x of [a, b, c]) expect(x.r.code, x.r.stderr).toBe(0);
    expect(b.r.stderr).toContain('(GB18030)');
    expect(c.r.stderr).toContain('XLSX sheet "航班计划"');
    const read = (p: string) => {
      const json = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
      // Names and notes carry the file name; everything else must agree.
      return { ...json, name: '', description: '', translations: null };
    };
    expect(read(b.out)).toEqual(read(a.out));
    expect(read(c.out)).toEqual(read(a.out));
  });

  it("generates exactly the file's passengers (conservation), with the flight after midnight", () => {
    const { r, out } = importFile('day-bom.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('4 flights, 748 passengers');
    const v = validateScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const flights = v.scenario.arrivals[0].kind === 'flights' ? v.scenario.arrivals[0].flights : [];
    expect(flights.map((f) => [f.id, f.passengers])).toEqual(ROWS.map((row) => [row[0], row[4]]));
    const { log } = runDetailed(v.scenario, { seed: 2, replications: 1, recordVisits: 1_000_000 });
    expect(log!.passengers.length).toBe(ROWS.reduce((n, row) => n + row[4], 0));
  });

  it('a bad file exits 1, names file, row and column of each problem, and writes nothing', () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      'Flight,STA,Passengers,Gate\nCZ1,08:30,120,12\nCZ2,25:61,100,3\nCZ1,09:00,-4,2\n',
      'utf8',
    );
    const { r, out } = importFile('bad.csv');
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /bad\.csv: row 3, column "STA" \(B\): expected a time such as 08:30.*got "25:61"$/,
      ),
      expect.stringMatching(
        /bad\.csv: row 4, column "Passengers" \(C\): expected a whole number of passengers from 0 to 900, got "-4"$/,
      ),
      expect.stringMatching(
        /bad\.csv: row 4, column "Flight" \(A\): duplicate flight CZ1 \(arrival; first on row 2\)$/,
      ),
      expect.stringMatching(/bad\.csv: nothing imported$/),
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('the bundled schedules import and run with every passenger counted for their flight or bus', () => {
    for (const [csv, base, extra] of [
      ['scenarios/schedules/heihe-buses-day.csv', 'scenarios/heihe-road-port.json', []],
      [
        'scenarios/schedules/harbin-t1-international-day.csv',
        'scenarios/harbin-t1-entry-smart.json',
        ['--direction', 'arrival'],
      ],
    ] as const) {
      const r = lanesim(['schedule', csv, '--into', base, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      const v = validateScenario(JSON.parse(r.stdout));
      expect(v.ok).toBe(true);
      if (!v.ok) continue;
      const groups: Array<{ id: string; passengers: number }> = v.scenario.arrivals.flatMap(
        (a): Array<{ id: string; passengers: number }> =>
          a.kind === 'flights' ? a.flights : a.kind === 'vehicles' ? a.vehicles : [],
      );
      const result = run(v.scenario, { seed: 1, replications: 2 });
      expect(result.groups!.map((g) => [g.id, g.cleared])).toEqual(groups.map((g) => [g.id, g.passengers]));
      expect(result.clock?.startTime).toBe(v.scenario.startTime);
    }
  });

  it('the bundled Harbin day: its departures import into the exit lane and run; every departing flight brings exactly its row\'s passengers', () => {
    const csv = 'scenarios/schedules/harbin-t1-international-day.csv';
    // The file's departures, read here without the importer: id and passengers of each 出港 row.
    const rows = readFileSync(csv, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
    const expected = rows.filter((r) => r[1] === '出港').map((r) => [r[0], Number(r[5])] as const);
    expect(expected.length).toBe(5);
    const out = join(dir, 'harbin-departures.json');
    const r = lanesim(['schedule', csv, '--into', 'scenarios/harbin-t1-exit-classic.json', '--direction', 'departure', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('5 flights, 852 passengers, departures from 05:00');
    const v = validateScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const stream = v.scenario.arrivals[0];
    expect(stream.kind).toBe('departures');
    const flights = stream.kind === 'departures' ? stream.flights : [];
    expect(flights.map((f) => [f.id, f.passengers])).toEqual(expected);
    // 08:40 STD in a day starting 05:00.
    expect(flights[0].stdSeconds).toBe(3 * 3600 + 40 * 60);
    const { result, log } = runDetailed(v.scenario, { seed: 1, replications: 2, recordVisits: 1_000_000 });
    expect(log!.passengers.length).toBe(852);
    expect(result.groups!.map((g) => [g.id, g.passengers, g.cleared])).toEqual(expected.map(([id, n]) => [id, n, n]));
    for (const g of result.groups!) {
      const d = g.departure!;
      expect(d.cutoffSeconds).toBe(g.atSeconds - 2700);
      expect(d.reachedLane).toBeLessThanOrEqual(g.passengers);
      expect(d.afterCutoffShare).toBeCloseTo(d.afterCutoff / g.passengers, 12);
    }

    // lanesim run: the departures table in clock time and flights.csv with the cut-off columns.
    const outDir = join(dir, 'harbin-departures-out');
    const run2 = lanesim(['run', out, '--replications', '3', '--seed', '1', '--out', outDir]);
    expect(run2.code, run2.stderr).toBe(0);
    expect(run2.stdout).toMatch(/Departing flights\n/);
    expect(run2.stdout).toMatch(/CZ6079 +08:40:00 +07:55:00 +170 /);
    const flightsCsv = readFileSync(join(outDir, 'flights.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = flightsCsv[0].split(',');
    // The departure columns, then the four columns naming the run (scenarioHash, seed, replications, engine).
    expect(header.slice(-PROVENANCE_COLUMNS.length)).toEqual([...PROVENANCE_COLUMNS]);
    expect(header.slice(-PROVENANCE_COLUMNS.length - DEPARTURE_CSV_HEADER.length - 1, -PROVENANCE_COLUMNS.length)).toEqual([...DEPARTURE_CSV_HEADER, 'cutoff_clock']);
    const first = flightsCsv[1].split(',');
    expect([first[0], first[header.indexOf('at_clock')], first[header.indexOf('cutoff_clock')], first[header.indexOf('closeBefore_s')]]).toEqual(['CZ6079', '08:40:00', '07:55:00', '2700']);
    expect(flightsCsv.length).toBe(6);
  });

  it('a missing file and an unknown option', () => {
    expect(lanesim(['schedule', join(dir, 'nope.csv')]).code).toBe(1);
    expect(lanesim(['schedule', join(dir, 'day-bom.csv'), '--direction', 'sideways']).code).toBe(2);
  });
});
