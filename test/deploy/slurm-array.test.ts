/**
 * deploy/slurm on a real one-node Slurm cluster (slurm-cluster.ts): submit.sh sends an
 * array job of 3 shards of a bundled scenario and a dependent gather job; the gathered
 * result equals the single-process `lanesim run` byte for byte (wall time aside). Needs
 * root and Debian's slurm-wlm and munge (.ci/run installs them); skipped, saying why,
 * otherwise. Every wait has a deadline and the daemons are stopped in any case.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../cli/helpers.js';
import { lanesim } from '../cli/helpers.js';
import { ensureBuiltWithWorker, maskWall } from '../cli/pool/pool-helpers.js';
import { slurmSkipReason, startSlurm, type SlurmCluster } from './slurm-cluster.js';

const skip = slurmSkipReason();
const RUN = ['run', join(ROOT, 'scenarios/heihe-road-port.json'), '-r', '8', '--seed', '21'];

describe.skipIf(skip !== null)('a Slurm array job over shards, then gather', () => {
  let cluster: SlurmCluster | null = null;

  beforeAll(async () => {
    ensureBuiltWithWorker();
    cluster = await startSlurm();
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);

  it('gathers the single-process result byte for byte', async () => {
    const c = cluster!;
    const out = join(c.dir, 'study');
    const submit = spawnSync('bash', [join(ROOT, 'deploy/slurm/submit.sh'), '3', out, ...RUN, '--', '--format', 'json'], {
      cwd: ROOT,
      env: { ...c.env, LANESIM: `${process.execPath} ${BIN}` },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(submit.status, `${submit.stderr}\n${c.logs()}`).toBe(0);
    const [arrayId, gatherId] = submit.stdout.trim().split(/\s+/);
    expect(arrayId).toMatch(/^\d+$/);
    expect(gatherId).toMatch(/^\d+$/);
    await c.waitFor('the array and gather jobs to leave the queue', () => c.client('squeue', ['-h', '-j', `${arrayId},${gatherId}`]).trim() === '', 300_000);
    const state = (id: string) => /JobState=(\w+)/.exec(c.client('scontrol', ['show', 'job', id]))?.[1];
    const logs = () => ['shard-1.log', 'shard-2.log', 'shard-3.log', 'gather.log'].map((f) => (existsSync(join(out, f)) ? `--- ${f}\n${readFileSync(join(out, f), 'utf8')}` : `--- ${f} missing`)).join('\n');
    expect(state(gatherId), `${logs()}\n${c.logs()}`).toBe('COMPLETED');
    for (const k of [1, 2, 3]) expect(existsSync(join(out, `part-${k}.json`))).toBe(true);
    const single = lanesim([...RUN, '--format', 'json']);
    expect(single.code, single.stderr).toBe(0);
    expect(maskWall(readFileSync(join(out, 'result.out'), 'utf8'))).toBe(maskWall(single.stdout));
  }, 360_000);
});

describe.skipIf(skip === null)('a Slurm array job over shards, then gather', () => {
  it(`skipped: ${skip ?? ''}`, () => {
    console.warn(`test/deploy/slurm-array.test.ts skipped: ${skip}`);
  });
});
