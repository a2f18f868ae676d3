import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore } from '../../electron/main/recovery-store';
import { makeTempFolder, removeTempFolder } from './temp-folder';

let folder: string;
beforeEach(async () => {
  folder = join(await makeTempFolder(), 'recovery');
});
afterEach(async () => {
  await removeTempFolder(join(folder, '..'));
});

const clock = () => new Date('2026-01-02T03:04:05Z');

describe('autosave and recovery', () => {
  it('offers the autosaved text back, once, after a session that crashed', async () => {
    const crashed = createRecoveryStore(folder, clock);
    await crashed.beginSession();
    await crashed.autosave('{"name":"unsaved edits"}', { name: 'entry.json', path: '/plans/entry.json' });
    // No endSession(): the process died.

    const next = createRecoveryStore(folder, clock);
    await next.beginSession();
    expect(await next.takeRecovery()).toEqual({ name: 'entry.json', path: '/plans/entry.json', text: '{"name":"unsaved edits"}' });
    expect(await next.takeRecovery()).toBeNull();
  });

  it('offers nothing after a clean exit', async () => {
    const first = createRecoveryStore(folder, clock);
    await first.beginSession();
    await first.autosave('edits', { name: 'untitled.json' });
    await first.endSession();
    expect(await readdir(folder)).toEqual([]);

    const next = createRecoveryStore(folder, clock);
    await next.beginSession();
    expect(await next.takeRecovery()).toBeNull();
  });

  it('offers nothing when the document was saved (discarded) before the crash', async () => {
    const crashed = createRecoveryStore(folder, clock);
    await crashed.beginSession();
    await crashed.autosave('edits', { name: 'a.json' });
    await crashed.discard();

    const next = createRecoveryStore(folder, clock);
    await next.beginSession();
    expect(await next.takeRecovery()).toBeNull();
  });

  it('survives a corrupt autosave file by offering nothing', async () => {
    const crashed = createRecoveryStore(folder, clock);
    await crashed.beginSession();
    await writeFile(join(folder, 'autosave.json'), '{"text": tru');
    const next = createRecoveryStore(folder, clock);
    await next.beginSession();
    expect(await next.takeRecovery()).toBeNull();
  });

  it('the last autosave wins and keeps an untitled document untitled', async () => {
    const crashed = createRecoveryStore(folder, clock);
    await crashed.beginSession();
    await crashed.autosave('one', { name: 'untitled.json' });
    await crashed.autosave('two', { name: 'untitled.json' });
    const next = createRecoveryStore(folder, clock);
    await next.beginSession();
    expect(await next.takeRecovery()).toEqual({ name: 'untitled.json', text: 'two' });
  });
});
