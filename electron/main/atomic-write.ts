/**
 * Writes a file so that readers only ever see the old content or the new one, never half:
 * write a temporary file in the same folder, flush it to disk, rename it over the target
 * (atomic on POSIX and NTFS within one volume), then flush the folder so the rename itself
 * survives a power cut. On any failure the temporary file is removed and the target is
 * left untouched. The file system is a parameter so tests can make any step fail.
 *
 * Saving through a symbolic link writes the file it points to (the link stays a link); a
 * target marked read-only is refused, not silently replaced by the rename; temporary files
 * a crashed save left behind are removed (`cleanStaleTemporaries`, at start and before a save).
 */
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

/** The slice of node:fs/promises the writer needs. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
  stat: typeof nodeFs.stat;
  lstat: typeof nodeFs.lstat;
  realpath: typeof nodeFs.realpath;
  readlink: typeof nodeFs.readlink;
  readdir: typeof nodeFs.readdir;
}

export const realFs: AtomicWriteFs = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  unlink: nodeFs.unlink,
  stat: nodeFs.stat,
  lstat: nodeFs.lstat,
  realpath: nodeFs.realpath,
  readlink: nodeFs.readlink,
  readdir: nodeFs.readdir,
};

/** `.scenario.json.<pid>.<12 hex>.tmp`, as temporaryPathFor names them. */
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;
/** A temporary file older than this is stale even if its process id is alive again (reused). */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** Whether a process with this id is running (a save in progress in another LaneSim). */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes temporary files a crashed save left in `folder`: those of a process that is gone,
 * or older than STALE_AFTER_MS. Returns the names removed. Never throws (best effort).
 */
export async function cleanStaleTemporaries(
  folder: string,
  options: { fs?: AtomicWriteFs; now?: number; isAlive?: (pid: number) => boolean } = {},
): Promise<string[]> {
  const fs = options.fs ?? realFs;
  const now = options.now ?? Date.now();
  const isAlive = options.isAlive ?? processAlive;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m) continue;
    const path = join(folder, name);
    try {
      const st = await fs.lstat(path);
      if (!st.isFile()) continue;
      if (isAlive(Number(m[1])) && now - st.mtimeMs < STALE_AFTER_MS) continue;
      await fs.unlink(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/**
 * The file a save really writes: `target` itself, or for a symbolic link the file it
 * points to (followed to the end; a dangling link gives the path it names).
 */
export async function resolveSaveTarget(target: string, fs: AtomicWriteFs = realFs): Promise<string> {
  let st;
  try {
    st = await fs.lstat(target);
  } catch {
    return target;
  }
  if (!st.isSymbolicLink()) return target;
  try {
    return await fs.realpath(target);
  } catch {
    return resolve(dirname(target), await fs.readlink(target));
  }
}

/** Refuses to replace a file marked read-only (the rename would replace it anyway where the folder is writable). */
async function refuseReadOnly(target: string, fs: AtomicWriteFs): Promise<void> {
  let mode: number;
  try {
    mode = (await fs.stat(target)).mode;
  } catch {
    return;
  }
  // EACCES: the caller's toFileError says "read-only" in the user's language.
  if ((mode & 0o222) === 0) throw Object.assign(new Error(`${target} is marked read-only; it was not replaced`), { code: 'EACCES' });
}

/** A hidden temporary name beside the target, unique per attempt. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Replaces `target` with `data` atomically; throws the underlying error untouched. */
export async function writeFileAtomic(requested: string, data: string | Uint8Array, fs: AtomicWriteFs = realFs): Promise<void> {
  const target = await resolveSaveTarget(requested, fs);
  await refuseReadOnly(target, fs);
  await cleanStaleTemporaries(dirname(target), { fs });
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
