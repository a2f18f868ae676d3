/**
 * What the tests of partial files share: a folder for them (removed after the test file),
 * `lanesim` in-process from the repository root, a command's slices written into the folder,
 * and a partial sealed again with a correct checksum after an edit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { partialChecksum, type PartialDoc } from '../../../cli/shard/partial.js';
import { ROOT } from '../helpers.js';

export interface PartialsFolder {
  dir: string;
  /** A file's path in the folder. */
  at: (name: string) => string;
  /** Writes slices `ks` (1-based) of `n` of a command as `p<k>.json`; each must exit 0. */
  slices: (args: string[], n: number, ks?: number[]) => Promise<void>;
  /** Writes `doc` as `name` with its checksum recomputed (an edit that knows the format). */
  sealed: (name: string, doc: PartialDoc) => void;
}

/** Runs `lanesim …` in this process from the repository root. */
export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo({ cwd: ROOT });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

export function partialsFolder(prefix: string): PartialsFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  return {
    dir,
    at,
    async slices(args, n, ks = Array.from({ length: n }, (_, i) => i + 1)) {
      for (const k of ks) {
        const r = await cli([...args, '--shard', `${k}/${n}`, '--out', at(`p${k}.json`)]);
        expect(r.code, r.err).toBe(0);
      }
    },
    sealed(name, doc) {
      writeFileSync(at(name), JSON.stringify({ ...doc, checksum: partialChecksum(doc) }));
    },
  };
}
