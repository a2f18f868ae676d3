/**
 * The "Open Recent" list: most recent first, no duplicates, bounded, and pruned of files
 * that have disappeared so the menu never offers a dead entry.
 */
import { access } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../renderer/host/host-api';
import { createJsonStore, type JsonStore } from './json-store';

export const maxRecentFiles = 10;

const recentSchema = z.array(z.object({ name: z.string(), path: z.string() }));

export interface RecentFiles {
  /** The list, without files that no longer exist. */
  list(): Promise<RecentFile[]>;
  /** Puts `path` first. */
  add(path: string): Promise<RecentFile[]>;
  remove(path: string): Promise<RecentFile[]>;
  has(path: string): Promise<boolean>;
}

/** Same file, whatever the spelling: absolute, and case-insensitive where the OS is. */
function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const fold = platform === 'win32' || platform === 'darwin';
  return fold ? resolve(a).toLowerCase() === resolve(b).toLowerCase() : resolve(a) === resolve(b);
}

/** Pure list update, exported for tests and for the menu preview. */
export function withRecent(list: readonly RecentFile[], path: string, platform: NodeJS.Platform = process.platform): RecentFile[] {
  const absolute = resolve(path);
  return [{ name: basename(absolute), path: absolute }, ...list.filter((item) => !samePath(item.path, absolute, platform))].slice(0, maxRecentFiles);
}

/** The recent list stored in `file` (JSON in the app's data folder). */
export function createRecentFiles(file: string, platform: NodeJS.Platform = process.platform): RecentFiles {
  const store: JsonStore<RecentFile[]> = createJsonStore(file, recentSchema, () => []);
  const exists = (path: string) => access(path).then(
    () => true,
    () => false,
  );
  const list = async () => {
    const all = await store.read();
    const present = (await Promise.all(all.map(async (item) => ((await exists(item.path)) ? item : null)))).filter((item): item is RecentFile => item !== null);
    if (present.length !== all.length) await store.write(present).catch(() => undefined);
    return present.slice(0, maxRecentFiles);
  };
  return {
    list,
    async add(path) {
      const next = withRecent(await store.read(), path, platform);
      await store.write(next);
      return next;
    },
    async remove(path) {
      const next = (await store.read()).filter((item) => !samePath(item.path, path, platform));
      await store.write(next);
      return next;
    },
    async has(path) {
      return (await store.read()).some((item) => samePath(item.path, path, platform));
    },
  };
}
