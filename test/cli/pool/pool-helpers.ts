/** Helpers for the worker-pool and shard tests: a fresh bundle (CLI and worker), async spawns, wall time masked. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers.js';

/** Builds dist/cli.mjs and dist/cli-worker.mjs when either is missing. */
export function ensureBuiltWithWorker(): void {
  if (existsSync(join(ROOT, 'dist/cli.mjs')) && existsSync(join(ROOT, 'dist/cli-worker.mjs'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
}

/** JSON text with every "wallMs" value replaced, the one field allowed to differ between runs. */
export function maskWall(text: string): string {
  return text.replace(/"wallMs": \d+/g, '"wallMs": 0');
}

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `lanesim …`; `whileRunning` gets the child (e.g. to send it SIGINT); a hang is killed after `timeoutMs`. */
export function lanesimAsync(
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    whileRunning?: (kill: (s: NodeJS.Signals) => void) => void;
    onStderr?: (text: string, kill: (s: NodeJS.Signals) => void) => void;
  } = {},
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      options.onStderr?.(stderr, (s) => child.kill(s));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    options.whileRunning?.((s) => child.kill(s));
  });
}
