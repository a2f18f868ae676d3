/**
 * Crash recovery. While the app runs, a session marker sits in the data folder and the
 * editor's text is autosaved beside it. A clean quit removes both; so a marker found at
 * start means the last session crashed, and its autosave is offered back once. A clean
 * document (just saved) needs no recovery, so its autosave is dropped.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { OpenedFile } from '../../renderer/host/host-api';
import { writeFileAtomic } from './atomic-write';

const autosaveSchema = z.object({ savedAt: z.string(), name: z.string(), path: z.string().optional(), text: z.string() });

export type AutosaveRecord = z.infer<typeof autosaveSchema>;

export interface RecoveryStore {
  /** Call once at start: detects an unclean previous exit and starts this session. */
  beginSession(): Promise<void>;
  /** Keeps the current editor text (and what file it belongs to) until a clean exit. */
  autosave(text: string, document: { name: string; path?: string }): Promise<void>;
  /** The previous crashed session's text, offered once; null otherwise. */
  takeRecovery(): Promise<OpenedFile | null>;
  /** The document is saved or closed: nothing to recover. */
  discard(): Promise<void>;
  /** Clean exit. */
  endSession(): Promise<void>;
}

/** A recovery store in `folder` (e.g. `<userData>/recovery`). `now` is injectable for tests. */
export function createRecoveryStore(folder: string, now: () => Date = () => new Date()): RecoveryStore {
  const marker = join(folder, 'session.lock');
  const autosaveFile = join(folder, 'autosave.json');
  let pending: AutosaveRecord | null = null;

  const readAutosave = async (): Promise<AutosaveRecord | null> => {
    try {
      const parsed = autosaveSchema.safeParse(JSON.parse(await readFile(autosaveFile, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };

  const markerExists = () => readFile(marker).then(
    () => true,
    () => false,
  );

  return {
    async beginSession() {
      await mkdir(folder, { recursive: true });
      const crashed = await markerExists();
      pending = crashed ? await readAutosave() : null;
      if (!crashed) await rm(autosaveFile, { force: true });
      await writeFile(marker, `${process.pid} ${now().toISOString()}\n`);
    },
    async autosave(text, document) {
      const record: AutosaveRecord = { savedAt: now().toISOString(), name: document.name, text, ...(document.path !== undefined ? { path: document.path } : {}) };
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(autosaveFile, JSON.stringify(record));
    },
    async takeRecovery() {
      const record = pending;
      pending = null;
      if (record === null) return null;
      return { name: record.name, text: record.text, ...(record.path !== undefined ? { path: record.path } : {}) };
    },
    async discard() {
      await rm(autosaveFile, { force: true });
    },
    async endSession() {
      await rm(autosaveFile, { force: true });
      await rm(marker, { force: true });
    },
  };
}
