import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language, RecentFile } from '../../renderer/host/host-api';
import { IpcChannel } from '../../electron/contract/ipc-channels';
import { FileError } from '../../electron/main/file-errors';
import { type Dialogs, type HostService, createHostService } from '../../electron/main/host-handlers';
import { createPathGrants } from '../../electron/main/path-grants';
import { createRecentFiles } from '../../electron/main/recent-files';
import { createRecoveryStore } from '../../electron/main/recovery-store';
import { makeReadOnly, makeTempFolder, removeTempFolder } from './temp-folder';

/** Dialogs that answer from a script, and remember what they were asked. */
function scriptedDialogs() {
  const answers: (string | null)[] = [];
  const asked: { kind: 'open' | 'save'; defaultPath?: string; extensions: string[] }[] = [];
  const dialogs: Dialogs = {
    async chooseFileToOpen({ filters }) {
      asked.push({ kind: 'open', extensions: filters[0].extensions });
      return answers.shift() ?? null;
    },
    async chooseSavePath({ defaultPath, filters }) {
      asked.push({ kind: 'save', defaultPath, extensions: filters[0].extensions });
      return answers.shift() ?? null;
    },
  };
  return { dialogs, answers, asked };
}

let folder: string;
let data: string;
let docs: string;
let service: HostService;
let script: ReturnType<typeof scriptedDialogs>;
let recentChanges: RecentFile[][];
let language: Language;

beforeEach(async () => {
  folder = await makeTempFolder();
  data = join(folder, 'user-data');
  docs = join(folder, 'docs');
  await mkdir(data);
  await mkdir(docs);
  script = scriptedDialogs();
  recentChanges = [];
  language = 'en';
  const recovery = createRecoveryStore(join(data, 'recovery'));
  await recovery.beginSession();
  service = createHostService({
    dialogs: script.dialogs,
    recent: createRecentFiles(join(data, 'recent-files.json'), 'linux'),
    recovery,
    grants: createPathGrants('linux'),
    language: () => language,
    defaultFolder: docs,
    onRecentChanged: (list) => recentChanges.push(list),
  });
});
afterEach(async () => {
  await removeTempFolder(folder);
});

const h = () => service.handlers;

describe('open', () => {
  it('opens the file the user picks, strips a BOM, and adds it to the recent list', async () => {
    const path = join(docs, 'harbin.json');
    await writeFile(path, '\uFEFF{"name":"哈尔滨"}');
    script.answers.push(path);
    expect(await h()[IpcChannel.OpenScenario]()).toEqual({ name: 'harbin.json', path, text: '{"name":"哈尔滨"}' });
    expect(script.asked[0]).toEqual({ kind: 'open', extensions: ['json'] });
    expect(await h()[IpcChannel.RecentFiles]()).toEqual([{ name: 'harbin.json', path }]);
    expect(recentChanges.at(-1)).toEqual([{ name: 'harbin.json', path }]);
  });

  it('returns null when the user cancels', async () => {
    expect(await h()[IpcChannel.OpenScenario]()).toBeNull();
  });

  it('refuses a file that is not UTF-8 text with a readable reason', async () => {
    const path = join(docs, 'photo.json');
    await writeFile(path, new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0xc3]));
    script.answers.push(path);
    await expect(h()[IpcChannel.OpenScenario]()).rejects.toThrow(`Could not open “${path}”: it is not a UTF-8 text file.`);
  });

  it('opens a recent file, and drops it from the list once it has disappeared', async () => {
    const path = join(docs, 'a.json');
    await writeFile(path, '{}');
    await service.openPath(path);
    expect((await h()[IpcChannel.OpenRecent](path))?.text).toBe('{}');
    await rm(path);
    await expect(h()[IpcChannel.OpenRecent](path)).rejects.toMatchObject({ code: 'not-found' });
    expect(await h()[IpcChannel.RecentFiles]()).toEqual([]);
  });

  it('will not read a path the user never chose', async () => {
    await expect(h()[IpcChannel.OpenRecent]('/etc/passwd')).rejects.toBeInstanceOf(FileError);
  });
});

describe('save', () => {
  it('asks where for a new document, adds .json, writes atomically, then saves in place', async () => {
    script.answers.push(join(docs, 'smart-lane'));
    const first = await h()[IpcChannel.SaveScenario]({ suggestedName: 'smart-lane.json', text: 'v1' }, { saveAs: false });
    const path = join(docs, 'smart-lane.json');
    expect(first).toEqual({ name: 'smart-lane.json', path });
    expect(script.asked[0]).toMatchObject({ kind: 'save', defaultPath: join(docs, 'smart-lane.json') });
    const second = await h()[IpcChannel.SaveScenario]({ path, suggestedName: 'smart-lane.json', text: 'v2' }, { saveAs: false });
    expect(second).toEqual(first);
    expect(script.asked).toHaveLength(1);
    expect(await readFile(path, 'utf8')).toBe('v2');
    expect(await readdir(docs)).toEqual(['smart-lane.json']);
  });

  it('Save As always asks', async () => {
    const path = join(docs, 'a.json');
    await writeFile(path, 'x');
    await service.openPath(path);
    script.answers.push(join(docs, 'b.json'));
    expect(await h()[IpcChannel.SaveScenario]({ path, suggestedName: 'a.json', text: 'y' }, { saveAs: true })).toEqual({ name: 'b.json', path: join(docs, 'b.json') });
    expect(await readFile(path, 'utf8')).toBe('x');
  });

  it('a path the renderer invents is never written directly: the user is asked', async () => {
    const victim = join(folder, 'victim.txt');
    await writeFile(victim, 'precious');
    const result = await h()[IpcChannel.SaveScenario]({ path: victim, suggestedName: 'x.json', text: 'pwned' }, { saveAs: false });
    expect(result).toBeNull();
    expect(script.asked).toHaveLength(1);
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('a save into a read-only folder fails with a clear message and keeps the old file', async (context) => {
    const locked = join(folder, 'locked');
    await mkdir(locked);
    const path = join(locked, 'plan.json');
    await writeFile(path, 'old plan');
    await service.openPath(path);
    if (!makeReadOnly(locked)) context.skip();
    language = 'zh-CN';
    await expect(h()[IpcChannel.SaveScenario]({ path, suggestedName: 'plan.json', text: 'new plan' }, { saveAs: false })).rejects.toMatchObject({
      code: 'read-only',
      message: `无法保存“${path}”：文件或文件夹为只读，或没有修改权限。`,
    });
    expect(await readFile(path, 'utf8')).toBe('old plan');
  });
});

describe('exports', () => {
  it('writes text and bytes through the same safe path, with the type’s extension', async () => {
    script.answers.push(join(docs, 'results'), join(docs, 'chart.png'));
    expect(await h()[IpcChannel.WriteExport]({ suggestedName: 'results.csv', data: '\uFEFFa,b\n1,2\n', mime: 'text/csv' })).toEqual({ name: 'results.csv', path: join(docs, 'results.csv') });
    expect(script.asked[0].extensions).toEqual(['csv']);
    await h()[IpcChannel.WriteExport]({ suggestedName: 'chart.png', data: new Uint8Array([1, 2, 3]), mime: 'image/png' });
    expect(await readFile(join(docs, 'results.csv'), 'utf8')).toBe('\uFEFFa,b\n1,2\n');
    expect([...(await readFile(join(docs, 'chart.png')))]).toEqual([1, 2, 3]);
    expect(await h()[IpcChannel.RecentFiles]()).toEqual([]);
  });
});

describe('autosave through the service', () => {
  it('names the autosave after the open document', async () => {
    const path = join(docs, 'a.json');
    await writeFile(path, '{}');
    await service.openPath(path);
    await h()[IpcChannel.Autosave]('{"edited":true}');
    const record = JSON.parse(await readFile(join(data, 'recovery', 'autosave.json'), 'utf8')) as { name: string; path: string; text: string };
    expect(record).toMatchObject({ name: 'a.json', path, text: '{"edited":true}' });
  });
});
