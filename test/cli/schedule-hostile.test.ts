/**
 * A hostile schedule through `lanesim schedule`: thousands of bad rows give the shared
 * error cap of every validator (the first MAX_ERRORS problems, each naming file, row and
 * column, then "… and 4,800 more"), and flight ids that a spreadsheet would run as
 * formulas are refused by the id rule or, where the rule lets them through ("-cmd"), reach
 * flights.csv neutralised by the shared CSV writer.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../cli/io.js';
import { main } from '../../cli/main.js';
import { MAX_ERRORS } from '../../sim/index.js';
import { parseCsv } from '../../sim/export/csv.js';
import { STACK_LINE } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lanesim-schedule-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('lanesim schedule with a hostile file', () => {
  it('5,000 bad rows: the first MAX_ERRORS named by row and column, then "… and 4,800 more"', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `F${i},25:99,120`);
    writeFileSync(join(dir, 'bad.csv'), ['Flight,STA,Passengers', ...rows].join('\n') + '\n');
    const r = await cli(['schedule', 'bad.csv']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines.filter((l) => /bad\.csv: row \d+, column "STA" \(B\): expected a time/.test(l))).toHaveLength(MAX_ERRORS);
    expect(r.err).toMatch(/bad\.csv: row 2, column "STA" \(B\): /);
    expect(r.err).toMatch(/bad\.csv: … and 4,800 more$/m);
    expect(r.err).toMatch(/bad\.csv: nothing imported/);
    expect(lines.length).toBeLessThanOrEqual(MAX_ERRORS + 3);
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it('formula-looking flight ids: refused by the id rule, or neutralised in flights.csv', async () => {
    const bad = ['=HYPERLINK("http://x.invalid","a")', '@SUM(A1)', '+CALL'];
    const row = (id: string, i: number) => `"${id.replace(/"/g, '""')}",${String(8 + i).padStart(2, '0')}:00,20`;
    writeFileSync(join(dir, 'formulas.csv'), ['Flight,STA,Passengers', ...bad.map(row)].join('\n') + '\n');
    const refused = await cli(['schedule', 'formulas.csv']);
    expect(refused.code).toBe(1);
    bad.forEach((id, i) => expect(refused.err).toContain(`formulas.csv: row ${i + 2}, column "Flight" (A): expected an id of letters`));
    // "-" is a letter of ids, so "-cmd" is a valid id: the CSV writer neutralises it; "-3" stays a number.
    const ok = ['-cmd', '-A1', '-3', 'CZ6101'];
    writeFileSync(join(dir, 'dashes.csv'), ['Flight,STA,Passengers', ...ok.map(row)].join('\n') + '\n');
    const base = join(process.cwd(), 'scenarios/harbin-t1-entry-classic.json');
    const imported = await cli(['schedule', 'dashes.csv', '--into', base, '-o', 'day.json']);
    expect(imported.code, imported.err).toBe(0);
    const ran = await cli(['run', 'day.json', '-r', '2', '--out', 'out']);
    expect(ran.code, ran.err).toBe(0);
    const text = readFileSync(join(dir, 'out', 'flights.csv'), 'utf8');
    const cells = parseCsv(text).slice(1).map((r) => r[0]);
    expect(cells).toEqual(expect.arrayContaining(["'-cmd", "'-A1", '-3', 'CZ6101']));
    expect(text).not.toMatch(/^-cmd/m);
  });
});
