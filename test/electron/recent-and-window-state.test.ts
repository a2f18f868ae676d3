import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJsonStore } from '../../electron/main/json-store';
import { createPathGrants } from '../../electron/main/path-grants';
import { createRecentFiles, maxRecentFiles, withRecent } from '../../electron/main/recent-files';
import { captureWindowState, defaultWindowSize, restoreWindowBounds, windowStateSchema } from '../../electron/main/window-state';
import { makeTempFolder, removeTempFolder } from './temp-folder';

let folder: string;
beforeEach(async () => {
  folder = await makeTempFolder();
});
afterEach(async () => {
  await removeTempFolder(folder);
});

describe('recent files', () => {
  it('keeps the most recent first, without duplicates, bounded', () => {
    let list = withRecent([], '/a/one.json', 'linux');
    list = withRecent(list, '/a/two.json', 'linux');
    list = withRecent(list, '/a/one.json', 'linux');
    expect(list.map((item) => item.name)).toEqual(['one.json', 'two.json']);
    for (let i = 0; i < 20; i++) list = withRecent(list, `/a/f${i}.json`, 'linux');
    expect(list).toHaveLength(maxRecentFiles);
    expect(list[0].path).toBe('/a/f19.json');
  });

  it('treats case-insensitive file systems as such', () => {
    expect(withRecent(withRecent([], 'C:/Plans/A.json', 'win32'), 'c:/plans/a.json', 'win32')).toHaveLength(1);
    expect(withRecent(withRecent([], '/Plans/A.json', 'linux'), '/plans/a.json', 'linux')).toHaveLength(2);
  });

  it('persists, and prunes files that no longer exist', async () => {
    const store = join(folder, 'recent.json');
    const present = join(folder, 'present.json');
    await writeFile(present, '{}');
    const recent = createRecentFiles(store, 'linux');
    await recent.add(join(folder, 'gone.json'));
    await recent.add(present);
    expect(await createRecentFiles(store, 'linux').list()).toEqual([{ name: 'present.json', path: present }]);
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual([{ name: 'present.json', path: present }]);
  });

  it('starts empty from a corrupt store instead of failing', async () => {
    const store = join(folder, 'recent.json');
    await writeFile(store, 'not json');
    expect(await createRecentFiles(store).list()).toEqual([]);
  });
});

describe('path grants', () => {
  it('grants exactly the chosen paths', () => {
    const grants = createPathGrants('linux');
    grants.grant('/plans/../plans/a.json');
    expect(grants.isGranted('/plans/a.json')).toBe(true);
    expect(grants.isGranted('/plans/b.json')).toBe(false);
  });
});

describe('window state', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const secondary = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('opens centred at the default size the first time', () => {
    expect(restoreWindowBounds(null, [primary])).toEqual({
      bounds: { x: (1920 - defaultWindowSize.width) / 2, y: (1040 - defaultWindowSize.height) / 2, ...defaultWindowSize },
      maximized: false,
    });
  });

  it('comes back where it was, also on a second display, maximized or not', () => {
    const saved = captureWindowState({ x: 2000.4, y: 100, width: 1400, height: 900 }, true);
    expect(restoreWindowBounds(saved, [primary, secondary])).toEqual({ bounds: { x: 2000, y: 100, width: 1400, height: 900 }, maximized: true });
  });

  it('is brought back on screen when its display is gone', () => {
    const saved = captureWindowState({ x: 2000, y: 100, width: 1400, height: 900 }, false);
    expect(restoreWindowBounds(saved, [primary]).bounds).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('round-trips through a JSON store and ignores a corrupt one', async () => {
    const path = join(folder, 'window-state.json');
    const store = createJsonStore(path, windowStateSchema.nullable(), () => null);
    expect(await store.read()).toBeNull();
    await store.write({ x: 1, y: 2, width: 900, height: 700, maximized: false });
    expect(await store.read()).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: false });
    await writeFile(path, '{"x": "left"}');
    expect(await store.read()).toBeNull();
  });
});
