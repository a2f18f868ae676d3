/**
 * A small JSON document in the app's data folder (recent files, window state, settings).
 * Reads never throw: a missing or corrupt file means "use the defaults", because a broken
 * settings file must not stop the app from starting. Writes are atomic.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export interface JsonStore<T> {
  read(): Promise<T>;
  write(value: T): Promise<void>;
}

/** A store at `path` whose content must match `schema`, else `fallback()` is used. */
export function createJsonStore<T>(path: string, schema: z.ZodType<T>, fallback: () => T): JsonStore<T> {
  return {
    async read() {
      try {
        const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success ? parsed.data : fallback();
      } catch {
        return fallback();
      }
    },
    async write(value) {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
    },
  };
}
