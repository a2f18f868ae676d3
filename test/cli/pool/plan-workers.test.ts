/**
 * `lanesim plan --workers N`: the planner's replications run on the worker pool, and the
 * plan is byte-identical (wall time aside) for 1, 2 and 4 workers and equal to the core's
 * planCapacity() in this thread — on a two-station search that batches candidates, adds
 * replications near the target and checks neighbours. Progress lines, Ctrl-C (exit 130,
 * nothing printed) and the refusal of --shard (the search is sequential).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { parseTarget, planCapacity, type PlanResult, type Scenario } from '../../../sim/index.js';
import { planJson } from '../../../sim/export/index.js';
import { lanesim } from '../helpers.js';
import { ensureBuiltWithWorker, maskWall } from './pool-helpers.js';

beforeAll(ensureBuiltWithWorker);

const FILE = 'scenarios/heihe-road-port.json';
const ARGS = ['plan', FILE, '--stations', 'border,customs-xray', '--min', '2', '--target', 'mean<=500', '-r', '3', '--max-replications', '12', '--format', 'json'];

async function plan(workers: number): Promise<string> {
  const io = memoryIo({ cores: 2 });
  const code = await main([...ARGS, '--workers', String(workers)], io);
  expect(code, io.err()).toBe(0);
  return maskWall(io.out());
}

describe('lanesim plan on the worker pool', () => {
  it('gives planCapacity()’s plan to the byte with 1, 2 and 4 workers', async () => {
    const scenario = JSON.parse(readFileSync(FILE, 'utf8')) as Scenario;
    const expected = planCapacity(
      scenario,
      { stations: [{ id: 'border', min: 2 }, { id: 'customs-xray', min: 2 }], target: parseTarget('mean<=500') },
      { replications: 3, maxReplications: 12 },
    );
    // The case covers every kind of batch: candidates of a step, more replications near the target, neighbours.
    expect(expected.found).toBe(true);
    expect(expected.evaluated.length).toBeGreaterThanOrEqual(4);
    expect(expected.evaluated.some((e) => e.replications > 3)).toBe(true);
    expect(expected.neighbours.length).toBeGreaterThan(0);
    const outs = [];
    for (const w of [1, 2, 4]) outs.push(await plan(w));
    expect(outs[0]).toBe(maskWall(planJson(expected)));
    expect(outs[1]).toBe(outs[0]);
    expect(outs[2]).toBe(outs[0]);
    expect((JSON.parse(outs[0]) as PlanResult).replicationsRun).toBe(expected.replicationsRun);
  });

  it('writes plain progress lines when stderr is not a terminal', async () => {
    let t = 0;
    const io = memoryIo({ now: () => (t += 3000) });
    expect(await main([...ARGS, '--workers', '2'], io)).toBe(0);
    expect(io.err()).toMatch(/^plan scenarios\/heihe-road-port\.json: \d+ point\(s\), \d+ replications; (trying|checking one fewer:) border \d+, customs-xray \d+; \d+ s$/m);
  });

  it('Ctrl-C stops the workers and exits 130 with nothing printed', async () => {
    for (const w of ['1', '2']) {
      const controller = new AbortController();
      const io = memoryIo({ signal: controller.signal });
      let t = 0;
      const progressIo = { ...io, now: () => (t += 20_000) };
      // Ctrl-C as soon as the planner reports progress (it is under way on the pool).
      const origWrite = io.stderr.write.bind(io.stderr);
      progressIo.stderr = { ...io.stderr, write: (s: string) => (controller.abort(), origWrite(s)) } as typeof io.stderr;
      const code = await main(['plan', 'scenarios/harbin-t1-entry-classic.json', '--stations', 'border', '--target', 'p95<=60', '-r', '400', '--workers', w], progressIo);
      expect(code).toBe(130);
      expect(io.out()).toBe('');
      expect(io.err()).toContain('lanesim plan: interrupted; workers stopped, nothing written');
    }
  });

  it('refuses --shard and says why', () => {
    const r = lanesim(['plan', FILE, '--stations', 'border', '--target', 'p95<=600', '--shard', '1/2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard: plan cannot be split across machines: its search is sequential/);
  });
});
