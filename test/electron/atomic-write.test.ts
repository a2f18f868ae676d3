import { chmod, lstat, readdir, readFile, readlink, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicWriteFs, cleanStaleTemporaries, realFs, STALE_AFTER_MS, temporaryPathFor, writeFileAtomic } from '../../electron/main/atomic-write';
import { toFileError } from '../../electron/main/file-errors';
import { makeReadOnly, makeTempFolder, removeTempFolder } from './temp-folder';

let folder: string;
beforeEach(async () => {
  folder = await makeTempFolder();
});
afterEach(async () => {
  await removeTempFolder(folder);
});

describe('writeFileAtomic', () => {
  it('creates a new file with the exact content and leaves no temporary file', async () => {
    const target = join(folder, 'scenario.json');
    await writeFileAtomic(target, '{"name":"新场景"}');
    expect(await readFile(target, 'utf8')).toBe('{"name":"新场景"}');
    expect(await readdir(folder)).toEqual(['scenario.json']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(folder, 'scenario.json');
    await writeFile(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes bytes unchanged', async () => {
    const target = join(folder, 'chart.png');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('fails on a read-only folder, leaves the old file intact, and explains why', async (context) => {
    const target = join(folder, 'scenario.json');
    await writeFile(target, 'the user’s saved work');
    if (!makeReadOnly(folder)) context.skip();
    const failure = await writeFileAtomic(target, 'new work').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const readable = toFileError(failure, 'save', target, 'en');
    expect(readable.code).toBe('read-only');
    expect(readable.message).toBe(`Could not save “${target}”: the folder or file is read-only, or you lack permission to change it.`);
    expect(toFileError(failure, 'save', target, 'zh-CN').message).toContain('只读');
    expect(await readFile(target, 'utf8')).toBe('the user’s saved work');
    expect(await readdir(folder)).toEqual(['scenario.json']);
  });

  it('a disk that fills up mid-write leaves the old file intact and no temporary file', async () => {
    const target = join(folder, 'scenario.json');
    await writeFile(target, 'old');
    const fullDisk: AtomicWriteFs = {
      ...realFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        if (String(args[0]).endsWith('.tmp')) {
          handle.writeFile = async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          };
        }
        return handle;
      }) as typeof nodeFs.open,
    };
    const failure = await writeFileAtomic(target, 'new', fullDisk).catch((error: unknown) => error);
    expect(toFileError(failure, 'save', target, 'en').code).toBe('disk-full');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['scenario.json']);
  });

  it('a failed rename (crash point between write and rename) leaves the old file intact', async () => {
    const target = join(folder, 'scenario.json');
    await writeFile(target, 'old');
    const failingRename: AtomicWriteFs = {
      ...realFs,
      rename: async () => {
        throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      },
    };
    await expect(writeFileAtomic(target, 'new', failingRename)).rejects.toThrow('EBUSY');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['scenario.json']);
  });

  it('a missing folder is reported as such', async () => {
    const target = join(folder, 'missing', 'scenario.json');
    const failure = await writeFileAtomic(target, 'x').catch((error: unknown) => error);
    expect(toFileError(failure, 'save', target, 'en').code).toBe('not-found');
  });
});

describe('safe saves: links, read-only targets, leftovers of a crash', () => {
  it('saving through a symbolic link writes the file it points to and keeps the link', async () => {
    const real = join(folder, 'plans', 'real.json');
    await nodeFs.mkdir(join(folder, 'plans'));
    await writeFile(real, 'old');
    const link = join(folder, 'link.json');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await readdir(join(folder, 'plans'))).toEqual(['real.json']);
  });

  it('a dangling link creates the file it names', async () => {
    const link = join(folder, 'link.json');
    await symlink('made-later.json', link);
    await writeFileAtomic(link, 'content');
    expect(await readFile(join(folder, 'made-later.json'), 'utf8')).toBe('content');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('a file marked read-only is not replaced (even where the folder would allow the rename)', async () => {
    const target = join(folder, 'shared.json');
    await writeFile(target, 'approved plan');
    await chmod(target, 0o444);
    const failure = await writeFileAtomic(target, 'overwrite').catch((error: unknown) => error);
    expect(toFileError(failure, 'save', target, 'en').code).toBe('read-only');
    expect(await readFile(target, 'utf8')).toBe('approved plan');
    expect(await readdir(folder)).toEqual(['shared.json']);
  });

  it('removes temporary files of a crashed save, not those of a save in progress', async () => {
    const target = join(folder, 'scenario.json');
    const dead = join(folder, '.scenario.json.999999999.0123456789ab.tmp');
    const live = temporaryPathFor(target);
    const old = join(folder, `.scenario.json.${process.pid}.abcdefabcdef.tmp`);
    await writeFile(dead, 'half');
    await writeFile(live, 'being written');
    await writeFile(old, 'ancient');
    const past = (Date.now() - 2 * STALE_AFTER_MS) / 1000;
    await utimes(old, past, past);
    await writeFile(join(folder, 'notes.tmp'), 'not ours');
    const removed = await cleanStaleTemporaries(folder, { isAlive: (pid) => pid === process.pid });
    expect(new Set(removed)).toEqual(new Set(['.scenario.json.999999999.0123456789ab.tmp', `.scenario.json.${process.pid}.abcdefabcdef.tmp`]));
    expect(new Set(await readdir(folder))).toEqual(new Set([live.slice(folder.length + 1), 'notes.tmp']));
    // A save cleans its folder too.
    await writeFile(dead, 'half again');
    await writeFileAtomic(target, 'x');
    expect(await readdir(folder)).not.toContain('.scenario.json.999999999.0123456789ab.tmp');
  });
});
