/**
 * Reads a user's scenario file with the checks a desktop app owes its user: a size limit
 * (a mis-picked video must not freeze the app), strict UTF-8, and a byte-order mark removed
 * (Windows editors add one; JSON.parse rejects it).
 */
import { readFile, stat } from 'node:fs/promises';
import { FileError, fileErrorMessage } from './file-errors';
import type { Language } from '../../renderer/host/host-api';

/** Reads `path` as UTF-8 text of at most `maxBytes`. Throws FileError for expected failures. */
export async function readTextFile(path: string, maxBytes: number, language: Language): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) throw new FileError('not-a-file', fileErrorMessage('not-a-file', 'open', path, language));
  if (info.size > maxBytes) throw new FileError('too-large', fileErrorMessage('too-large', 'open', path, language));
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new FileError('not-text', fileErrorMessage('not-text', 'open', path, language), { cause: error });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
