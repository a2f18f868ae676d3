/** A real temporary folder per test, removed afterwards (even when made read-only). */
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function makeTempFolder(prefix = 'lanesim-electron-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeTempFolder(folder: string): Promise<void> {
  try {
    execFileSync('chattr', ['-R', '-i', folder], { stdio: 'ignore' });
  } catch {
    // chattr absent or not needed.
  }
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
}

/**
 * Makes `folder` unwritable for this process. Permission bits do not stop root (CI
 * containers often run as root), so there the immutable attribute is used instead.
 * Returns false when neither works, so the test can say why it is skipped.
 */
export function makeReadOnly(folder: string): boolean {
  if (process.platform !== 'win32' && process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['+i', folder], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
  execFileSync('chmod', ['0555', folder]);
  return true;
}
