/**
 * deploy/k8s without a cluster (kubectl cannot run here): the manifests parse as YAML and
 * fit together — an Indexed Job whose completions, parallelism and SHARDS agree, a gather
 * Job on the same volume claim, the claim ReadWriteMany, the image and config map the
 * README builds — and the pods' own command lines, run by /bin/sh for every completion
 * index (JOB_COMPLETION_INDEX set as Kubernetes sets it, /scenarios and /results mapped to
 * folders here, fewer replications), give partials that the gather Job's command line turns
 * into `lanesim run`'s JSON byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, lanesim, ROOT } from '../cli/helpers.js';
import { ensureBuiltWithWorker, maskWall } from '../cli/pool/pool-helpers.js';

interface Container {
  name: string;
  image: string;
  command: string[];
  args: string[];
  env?: Array<{ name: string; value: string }>;
  volumeMounts: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    completionMode?: string;
    completions?: number;
    parallelism?: number;
    backoffLimit?: number;
    accessModes?: string[];
    template: {
      spec: {
        restartPolicy: string;
        containers: Container[];
        volumes: Array<{ name: string; persistentVolumeClaim?: { claimName: string }; configMap?: { name: string } }>;
      };
    };
  };
}

const read = (file: string) => load(readFileSync(join(ROOT, 'deploy/k8s', file), 'utf8')) as Manifest;
const shards = read('shards-job.yaml');
const gather = read('gather-job.yaml');
const pvc = read('results-pvc.yaml');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const env = (c: Container, name: string) => c.env?.find((e) => e.name === name)?.value;
const claimOf = (m: Manifest) => m.spec.template.spec.volumes.find((v) => v.persistentVolumeClaim)?.persistentVolumeClaim?.claimName;

describe('deploy/k8s manifests', () => {
  it('an Indexed Job whose completions, parallelism and SHARDS agree', () => {
    expect(shards).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { completionMode: 'Indexed' } });
    const [c] = shards.spec.template.spec.containers;
    const n = Number(env(c, 'SHARDS'));
    expect(Number.isInteger(n) && n >= 1).toBe(true);
    expect(shards.spec.completions).toBe(n);
    expect(shards.spec.parallelism).toBe(n);
    expect(shards.spec.template.spec.restartPolicy).toBe('Never');
    expect(c.command).toEqual(['/bin/sh', '-c']);
    expect(c.args).toHaveLength(1);
    expect(c.args[0]).toContain('K=$((JOB_COMPLETION_INDEX + 1))');
    expect(c.args[0]).toContain('--shard "$K/$SHARDS"');
    expect(c.args[0]).toContain('--out "/results/part-$K.json"');
    // The scenario the pods read is a bundled one (from the config map of scenarios/).
    const scenario = /\/scenarios\/(\S+\.json)/.exec(c.args[0])?.[1];
    expect(scenario && existsSync(join(ROOT, 'scenarios', scenario))).toBe(true);
  });

  it('a gather Job on the same claim, a ReadWriteMany claim, one image, the README’s names', () => {
    expect(gather).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { backoffLimit: 0 } });
    expect(gather.spec.completionMode).toBeUndefined();
    expect(pvc).toMatchObject({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', spec: { accessModes: ['ReadWriteMany'] } });
    expect(claimOf(shards)).toBe(pvc.metadata.name);
    expect(claimOf(gather)).toBe(pvc.metadata.name);
    const [s] = shards.spec.template.spec.containers;
    const [g] = gather.spec.template.spec.containers;
    expect(g.image).toBe(s.image);
    expect(g.args[0]).toContain('lanesim gather /results/part-*.json');
    for (const c of [s, g]) expect(c.volumeMounts.find((m) => m.name === 'results')?.mountPath).toBe('/results');
    const configMap = shards.spec.template.spec.volumes.find((v) => v.configMap)?.configMap?.name;
    expect(readme).toContain(`kubectl create configmap ${configMap} --from-file=scenarios/`);
    expect(readme).toContain(`docker build -f deploy/k8s/Dockerfile -t ${s.image} .`);
    for (const f of ['results-pvc.yaml', 'shards-job.yaml', 'gather-job.yaml']) expect(readme).toContain(`kubectl apply -f deploy/k8s/${f}`);
    expect(readme).toContain(`kubectl wait --for=condition=complete job/${shards.metadata.name}`);
    expect(readme).toContain(`kubectl wait --for=condition=complete job/${gather.metadata.name}`);
  });
});

describe('the pods’ command lines, run here', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lanesim-k8s-'));
  const results = join(tmp, 'results');
  const shim = join(tmp, 'bin');
  beforeAll(() => {
    ensureBuiltWithWorker();
    mkdirSync(results);
    mkdirSync(shim);
    // The image's `lanesim` (npm link) is this checkout's bin.
    writeFileSync(join(shim, 'lanesim'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(shim, 'lanesim'), 0o755);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const REPLICATIONS = '16';
  /** A pod's shell line with the volumes mapped to folders here and fewer replications. */
  const local = (line: string) => line.replaceAll('/scenarios/', `${join(ROOT, 'scenarios')}/`).replaceAll('/results', results).replace(/-r \d+/, `-r ${REPLICATIONS}`);
  const sh = (line: string, extra: Record<string, string>) =>
    spawnSync('/bin/sh', ['-c', line], { cwd: tmp, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PATH: `${shim}:${process.env.PATH}`, ...extra } });

  it('every completion index writes its slice; the gather Job gives the single run’s JSON', () => {
    const [s] = shards.spec.template.spec.containers;
    const line = local(s.args[0]);
    expect(line).toContain(`-r ${REPLICATIONS}`);
    const n = shards.spec.completions!;
    for (let i = 0; i < n; i++) {
      const r = sh(line, { JOB_COMPLETION_INDEX: String(i), SHARDS: env(s, 'SHARDS')!, WORKERS: '1' });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(results, `part-${i + 1}.json`))).toBe(true);
    }
    const [g] = gather.spec.template.spec.containers;
    const r = sh(local(g.args[0]), {});
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/clearance/i);
    const study = /lanesim (run .*?) --shard/.exec(s.args[0].replace(/\s+/g, ' '))![1].split(' ');
    const single = lanesim([...study.map((a) => (a.startsWith('/scenarios/') ? join(ROOT, 'scenarios', a.slice('/scenarios/'.length)) : a)).map((a, k, all) => (all[k - 1] === '-r' ? REPLICATIONS : a)), '--format', 'json']);
    expect(single.code, single.stderr).toBe(0);
    expect(maskWall(readFileSync(join(results, 'result.json'), 'utf8'))).toBe(maskWall(single.stdout));
  }, 300_000);
});
