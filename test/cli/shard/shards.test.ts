/**
 * `--shard K/N` and `lanesim gather`: 1, 3 and 7 slices of a run, a compare and a sweep,
 * gathered, give the single process's output to the byte (wall time aside) — JSON, table
 * and --out files; the real command and in-process alike.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { lanesim, ROOT } from '../helpers.js';
import { ensureBuiltWithWorker, maskWall } from '../pool/pool-helpers.js';

beforeAll(ensureBuiltWithWorker);

const tmp = mkdtempSync(join(tmpdir(), 'lanesim-shards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `lanesim …` in-process from the repository root; returns stdout (exit 0 expected). */
async function cli(args: string[], workers = 1): Promise<string> {
  const io = memoryIo({ cwd: ROOT, cores: workers });
  const code = await main(args, io);
  expect(code, io.err()).toBe(0);
  return io.out();
}

/** Writes slices 1…n of `args` into `dir`; returns their paths. */
async function shards(args: string[], n: number, dir: string): Promise<string[]> {
  const files: string[] = [];
  for (let k = 1; k <= n; k++) {
    const file = join(dir, `part-${k}.json`);
    await cli([...args, '--shard', `${k}/${n}`, '--out', file], 1 + (k % 2));
    files.push(file);
  }
  return files;
}

// 24 replications: one process cuts blocks of 3, a slice of 3 or 7 blocks of 1 (any cut gives the same result).
const RUN = ['run', 'scenarios/heihe-road-port.json', '-r', '24', '--seed', '3'];

describe('gathered slices = one process', () => {
  it.each([1, 3, 7])('run in %i slice(s): JSON, table and every --out file', async (n) => {
    const dir = mkdtempSync(join(tmp, `run-${n}-`));
    const files = await shards(RUN, n, dir);
    expect(maskWall(await cli(['gather', ...files.reverse(), '--format', 'json']))).toBe(maskWall(await cli([...RUN, '--format', 'json'])));
    const table = (s: string) => s.replace(/events in [\d.]+ m?s/, 'events in X');
    expect(table(await cli(['gather', ...files]))).toBe(table(await cli(RUN)));
    const [one, many] = [join(dir, 'out-one'), join(dir, 'out-gathered')];
    await cli([...RUN, '--format', 'csv', '--out', one]);
    await cli(['gather', ...files, '--format', 'csv', '--out', many]);
    const read = (d: string) => Object.fromEntries(readdirSync(d).map((f) => [f, maskWall(readFileSync(join(d, f), 'utf8'))]));
    expect(Object.keys(read(many)).sort()).toEqual(['flights.csv', 'passengers.csv', 'result.json', 'stations.csv', 'timeseries.csv']);
    expect(read(many)).toEqual(read(one));
  });

  it('compare in 3 slices', async () => {
    const args = ['compare', 'scenarios/harbin-t1-exit-classic.json', 'scenarios/harbin-t1-exit-merged.json', '-r', '5'];
    const files = await shards(args, 3, mkdtempSync(join(tmp, 'compare-')));
    expect(maskWall(await cli(['gather', ...files, '--format', 'json']))).toBe(maskWall(await cli([...args, '--format', 'json'])));
    expect(await cli(['gather', ...files, '--format', 'csv'])).toBe(await cli([...args, '--format', 'csv']));
  });

  it.each([1, 3, 7])('sweep in %i slice(s), with an overloaded point', async (n) => {
    const args = ['sweep', 'scenarios/heihe-road-port.json', '--param', 'arrivals.scale', '--values', '0.5,1,40', '-r', '3'];
    const files = await shards(args, n, mkdtempSync(join(tmp, `sweep-${n}-`)));
    const json = maskWall(await cli(['gather', ...files, '--format', 'json']));
    expect(json).toBe(maskWall(await cli([...args, '--format', 'json'])));
    expect((JSON.parse(json) as { rows: Array<{ status: string }> }).rows.map((r) => r.status)).toEqual(['ok', 'ok', 'unstable']);
  });

  it('the real command: 3 slices on stdout, gathered with 2 workers each', () => {
    const dir = mkdtempSync(join(tmp, 'bin-'));
    const files = [1, 2, 3].map((k) => {
      const r = lanesim([...RUN, '--shard', `${k}/3`, '--workers', '2']);
      expect(r.code, r.stderr).toBe(0);
      const file = join(dir, `part-${k}.json`);
      writeFileSync(file, r.stdout);
      return file;
    });
    const gathered = lanesim(['gather', ...files, '--format', 'json']);
    expect(gathered.code, gathered.stderr).toBe(0);
    expect(maskWall(gathered.stdout)).toBe(maskWall(lanesim([...RUN, '--format', 'json']).stdout));
  });
});
