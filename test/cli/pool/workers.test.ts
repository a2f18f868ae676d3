/**
 * `--workers N`: the real command with 1, 2 and 4 worker threads gives byte-identical
 * output (wall time aside) for run (stdout and --out files), compare and sweep; Ctrl-C stops
 * the workers and exits 130 with nothing written; a worker thread that runs out of memory
 * fails the command with its message, no hang, no stack trace.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { run, type Scenario } from '../../../sim/index.js';
import { lanesim, STACK_LINE } from '../helpers.js';
import { ensureBuiltWithWorker, lanesimAsync, maskWall } from './pool-helpers.js';

beforeAll(ensureBuiltWithWorker);

const tmp = mkdtempSync(join(tmpdir(), 'lanesim-workers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const WORKERS = [1, 2, 4];

describe('results are byte-identical for every number of workers', () => {
  it('run: JSON on stdout and every --out file', () => {
    // 64 replications: blocks of 8, 4 and 2 for 1, 2 and 4 workers; replication 0 (recorded for passengers.csv) opens a block of each.
    const outs = WORKERS.map((w) => {
      const dir = join(tmp, `run-${w}`);
      const r = lanesim([
        'run',
        'scenarios/heihe-road-port.json',
        '-r',
        '64',
        '--seed',
        '11',
        '--format',
        'json',
        '--out',
        dir,
        '--workers',
        String(w),
      ]);
      expect(r.code, r.stderr).toBe(0);
      const files = Object.fromEntries(
        readdirSync(dir).map((f) => [f, maskWall(readFileSync(join(dir, f), 'utf8'))]),
      );
      return { json: maskWall(r.stdout), files };
    });
    expect(JSON.parse(outs[0].json).replications).toBe(64);
    expect(Object.keys(outs[0].files).sort()).toEqual([
      'flights.csv',
      'passengers.csv',
      'result.json',
      'stations.csv',
      'timeseries.csv',
    ]);
    for (const o of outs.slice(1)) {
      expect(o.json).toBe(outs[0].json);
      expect(o.files).toEqual(outs[0].files);
    }
  });

  it('compare: the JSON of three scenarios', () => {
    const files = [
      'scenarios/harbin-t1-exit-classic.json',
      'scenarios/harbin-t1-exit-merged.json',
      'scenarios/heihe-road-port.json',
    ];
    const outs = WORKERS.map((w) => {
      const r = lanesim(['compare', ...files, '-r', '5', '--format', 'json', '--workers', String(w)]);
      expect(r.code, r.stderr).toBe(0);
      return maskWall(r.stdout);
    });
    expect(JSON.parse(outs[0]).results).toHaveLength(3);
    for (const o of outs.slice(1)) expect(o).toBe(outs[0]);
  });

  it('sweep: a curve with an overloaded point', () => {
    const outs = WORKERS.map((w) => {
      const r = lanesim([
        'sweep',
        'scenarios/heihe-road-port.json',
        '--param',
        'arrivals.scale',
        '--values',
        '0.5,1,40',
        '-r',
        '4',
        '--format',
        'json',
        '--workers',
        String(w),
      ]);
      expect(r.code, r.stderr).toBe(0);
      return maskWall(r.stdout);
    });
    const rows = JSON.parse(outs[0]).rows as Array<{ status: string }>;
    expect(rows.map((r) => r.status)).toEqual(['ok', 'ok', 'unstable']);
    for (const o of outs.slice(1)) expect(o).toBe(outs[0]);
  });

  it("in-process, one worker and two give the core's run() to the byte", async () => {
    // 40 replications: one worker takes blocks of 5 (run in steps), two take blocks of 2.
    const scenario = JSON.parse(readFileSync('scenarios/harbin-t1-exit-merged.json', 'utf8')) as Scenario;
    const expected = maskWall(JSON.stringify(run(scenario, { replications: 40 }), null, 2) + '\n');
    for (const w of ['1', '2']) {
      const io = memoryIo();
      expect(
        await main(
          ['run', 'scenarios/harbin-t1-exit-merged.json', '-r', '40', '--format', 'json', '--workers', w],
          io,
        ),
      ).toBe(0);
      expect(maskWall(io.out())).toBe(expected);
    }
  });
});

describe('Ctrl-C', () => {
  it('stops 1 and 2 workers, exits 130 and writes no --out', async () => {
    // Ctrl-C once the run is under way: its first progress line (stderr is a pipe here) shows the pool is running.
    const runs = await Promise.all(
      [1, 2].map(async (w) => {
        const dir = join(tmp, `interrupted-${w}`);
        let sent = false;
        const r = await lanesimAsync(
          [
            'run',
            'scenarios/harbin-t1-entry-classic.json',
            '-r',
            '10000',
            '--workers',
            String(w),
            '--out',
            dir,
          ],
          {
            timeoutMs: 110_000,
            onStderr: (text, kill) => {
              if (!sent && /: \d+\/10000 \(/.test(text)) {
                sent = true;
                kill('SIGINT');
              }
            },
          },
        );
        return { r, dir, sent };
      }),
    );
    for (const { r, dir, sent } of runs) {
      expect(sent, r.stderr).toBe(true);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(130);
      expect(r.stderr).toContain('lanesim run: interrupted; workers stopped, nothing written');
      expect(r.stdout).toBe('');
      expect(existsSync(dir)).toBe(false);
    }
  });

  it('an aborted signal stops an in-process run with exit 130', async () => {
    const controller = new AbortController();
    const io = memoryIo({ signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    expect(
      await main(['run', 'scenarios/harbin-t1-entry-smart-day.json', '-r', '10000', '--workers', '1'], io),
    ).toBe(130);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('interrupted');
  });
});

describe('a worker thread that dies', () => {
  it('out of memory: the command fails with the worker message, exit 1, no hang', async () => {
    const r = await lanesimAsync(
      ['run', 'scenarios/harbin-t1-entry-smart-day.json', '-r', '40', '--workers', '2'],
      {
        env: { LANESIM_WORKER_HEAP_MB: '4' },
        timeoutMs: 60_000,
      },
    );
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^lanesim run: a worker thread failed: .*out of memory/m);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
  });

  it('--workers must be a whole number from 1', () => {
    const r = lanesim(['run', 'scenarios/heihe-road-port.json', '--workers', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers: expected a whole number from 1 to 256/);
  });
});
