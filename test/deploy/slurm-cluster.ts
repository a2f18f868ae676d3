/**
 * A real one-node Slurm cluster for the deploy test: munged, slurmctld and slurmd from
 * Debian's slurm-wlm and munge, started as root on this host in the foreground (so we hold
 * their pids and stop them), with a generated key, sockets, ports, spool and slurm.conf in
 * a temporary folder — nothing under /etc is touched. Every wait has a deadline.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const TOOLS = ['munged', 'slurmctld', 'slurmd', 'sbatch', 'squeue', 'sinfo', 'scontrol', 'scancel'];

function which(tool: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/sbin'])) {
    const p = join(dir, tool);
    if (existsSync(p)) return p;
  }
  return null;
}

/** Why the cluster cannot start here, or null when it can. */
export function slurmSkipReason(): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'not root (slurmctld, slurmd and munged must run as root; .ci/run installs and runs them as root)';
  const missing = TOOLS.filter((t) => !which(t));
  if (missing.length > 0) return `Slurm or MUNGE not installed (missing ${missing.join(', ')}; apt-get install -y slurm-wlm munge)`;
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface SlurmCluster {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Runs a Slurm client command against this cluster (throws on failure or after the timeout). */
  client(tool: string, args: string[], timeoutMs?: number): string;
  /** Polls until `check` is true; throws with the daemons' logs after `timeoutMs`. */
  waitFor(what: string, check: () => boolean, timeoutMs: number): Promise<void>;
  logs(): string;
  stop(): Promise<void>;
}

const NODE = 'lanesim-node';

/** Starts munged, slurmctld and slurmd; resolves when the node is idle. */
export async function startSlurm(): Promise<SlurmCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'lanesim-slurm-'));
  chmodSync(dir, 0o700);
  for (const d of ['state', 'spool', 'munge']) mkdirSync(join(dir, d), { mode: 0o700 });
  const key = join(dir, 'munge', 'munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o400 });
  const socket = join(dir, 'munge', 'munge.socket');
  const [ctldPort, dPort] = [await freePort(), await freePort()];
  const host = hostname().split('.')[0];
  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=lanesimtest',
      `SlurmctldHost=${host}(127.0.0.1)`,
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${dPort}`,
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'JobCompType=jobcomp/none',
      'SchedulerType=sched/builtin',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'MpiDefault=none',
      'SwitchType=switch/none',
      'ReturnToService=2',
      'MinJobAge=600',
      'SlurmctldTimeout=30',
      'SlurmdTimeout=30',
      `NodeName=${NODE} NodeAddr=127.0.0.1 NodeHostname=${host} CPUs=${availableParallelism()} State=UNKNOWN`,
      `PartitionName=lanesim Nodes=${NODE} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: conf };
  const daemons: ChildProcess[] = [];
  const logs = () =>
    ['munged.log', 'slurmctld.log', 'slurmd.log', 'slurmctld.out', 'slurmd.out']
      .map((f) => join(dir, f))
      .filter((f) => existsSync(f))
      .map((f) => `--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-30).join('\n')}`)
      .join('\n');
  const start = (bin: string, args: string[], out: string) => {
    const child = spawn(which(bin)!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr?.on('data', (d: Buffer) => {
      text += d.toString();
      writeFileSync(join(dir, out), text);
    });
    daemons.push(child);
    return child;
  };
  const client = (tool: string, args: string[], timeoutMs = 30_000) => {
    const r = spawnSync(which(tool)!, args, { env, encoding: 'utf8', timeout: timeoutMs });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
    return r.stdout;
  };
  const waitFor = async (what: string, check: () => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let ok = false;
      try {
        ok = check();
      } catch {
        ok = false;
      }
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}\n${logs()}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const stop = async () => {
    try {
      spawnSync(which('scancel')!, ['--full', '--partition=lanesim'], { env, timeout: 10_000 });
    } catch {
      /* the controller may already be gone */
    }
    for (const d of daemons.reverse()) {
      if (d.exitCode === null && d.signalCode === null) d.kill('SIGTERM');
    }
    const deadline = Date.now() + 10_000;
    while (daemons.some((d) => d.exitCode === null && d.signalCode === null) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    for (const d of daemons) if (d.exitCode === null && d.signalCode === null) d.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    start('munged', ['-F', '--force', `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${join(dir, 'munge', 'munged.pid')}`, `--log-file=${join(dir, 'munged.log')}`, `--seed-file=${join(dir, 'munge', 'munged.seed')}`], 'munged.out');
    await waitFor('munged', () => existsSync(socket), 20_000);
    start('slurmctld', ['-D', '-i', '-f', conf], 'slurmctld.out');
    await waitFor('slurmctld', () => client('scontrol', ['ping'], 10_000).includes('UP'), 60_000);
    start('slurmd', ['-D', '-f', conf, '-N', NODE], 'slurmd.out');
    await waitFor('the node to be idle', () => /idle/.test(client('sinfo', ['-h', '-N', '-o', '%T'], 10_000)), 90_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { dir, env, client, waitFor, logs, stop };
}
