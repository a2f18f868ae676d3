/**
 * Writes a file so that readers only ever see the old content or the new one, never half:
 * write a temporary file in the same folder, flush it to disk, rename it over the target
 * (atomic on POSIX and NTFS within one volume), then flush the folder so the rename itself
 * survives a power cut. On any failure the temporary file is removed and the target is
 * left untouched. The file system is a parameter so tests can make any step fail.
 */
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The slice of node:fs/promises the writer needs. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
  stat: typeof nodeFs.stat;
}

export const realFs: AtomicWriteFs = { open: nodeFs.open, rename: nodeFs.rename, unlink: nodeFs.unlink, stat: nodeFs.stat };

/** A hidden temporary name beside the target, unique per attempt. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Replaces `target` with `data` atomically; throws the underlying error untouched. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicWriteFs = realFs): Promise<void> {
  const temporary = temporaryPathFor(target);
  const mode = await existingMode(target, fs);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temporary, 'wx', mode ?? 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target), fs);
}

/** Keeps the permissions of a file being replaced (a shared read-only-for-others file stays so). */
async function existingMode(target: string, fs: AtomicWriteFs): Promise<number | undefined> {
  try {
    return (await fs.stat(target)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Flushes the folder entry; Windows cannot open folders for sync, where rename is already durable. */
async function syncFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data is already renamed into place.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
