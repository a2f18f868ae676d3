/**
 * The files the renderer may read or write by path: only those the user chose (open or save
 * dialog, recent list, command line, OS "open with"). A compromised page therefore cannot
 * ask the main process to overwrite ~/.bashrc — an unknown path falls back to a dialog.
 */
import { resolve } from 'node:path';

export interface PathGrants {
  grant(path: string): void;
  isGranted(path: string): boolean;
}

/** An in-memory grant set for one app session. */
export function createPathGrants(platform: NodeJS.Platform = process.platform): PathGrants {
  const fold = platform === 'win32' || platform === 'darwin';
  const key = (path: string) => (fold ? resolve(path).toLowerCase() : resolve(path));
  const granted = new Set<string>();
  return {
    grant(path) {
      granted.add(key(path));
    },
    isGranted(path) {
      return granted.has(key(path));
    },
  };
}
