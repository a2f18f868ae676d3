import { describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../renderer/host/host-api';
import { IpcChannel, invokeChannels, sendChannels } from '../../electron/contract/ipc-channels';
import { ipcLimits } from '../../electron/contract/ipc-schemas';
import { FileError } from '../../electron/main/file-errors';
import { type InvokeHandlers, type SendHandlers, createIpcRouter } from '../../electron/main/ipc-router';
import { type SenderInfo, isTrustedSender } from '../../electron/main/ipc-sender';
import { type IpcPort, createElectronHost } from '../../electron/preload/create-host';

const trusted: SenderInfo = { webContentsId: 7, frameUrl: 'app://lanesim/index.html#/results', isMainFrame: true };
const known = new Set([7]);
const origins = ['app://lanesim'];

function makeRouter() {
  const calls: { channel: string; args: unknown[] }[] = [];
  const record =
    <R>(channel: string, result: R) =>
    async (...args: unknown[]) => {
      calls.push({ channel, args });
      return result;
    };
  const invoke: InvokeHandlers = {
    [IpcChannel.OpenScenario]: record(IpcChannel.OpenScenario, { name: 'a.json', path: '/p/a.json', text: '{}' }),
    [IpcChannel.OpenRecent]: record(IpcChannel.OpenRecent, null),
    [IpcChannel.SaveScenario]: record(IpcChannel.SaveScenario, { name: 'a.json', path: '/p/a.json' }),
    [IpcChannel.WriteExport]: record(IpcChannel.WriteExport, { name: 'r.csv', path: '/p/r.csv' }),
    [IpcChannel.PrintToPdf]: record(IpcChannel.PrintToPdf, new Uint8Array([37, 80, 68, 70])),
    [IpcChannel.RecentFiles]: record(IpcChannel.RecentFiles, []),
    [IpcChannel.Autosave]: record(IpcChannel.Autosave, undefined),
    [IpcChannel.TakeRecovery]: async () => {
      throw new FileError('read-only', 'Could not save “/p/a.json”: the disk is full.');
    },
  };
  const sends: { channel: string; args: unknown[] }[] = [];
  const send: SendHandlers = {
    [IpcChannel.SetDocumentState]: (...args) => void sends.push({ channel: IpcChannel.SetDocumentState, args }),
    [IpcChannel.SetLanguage]: (...args) => void sends.push({ channel: IpcChannel.SetLanguage, args }),
    [IpcChannel.RendererReady]: (...args) => void sends.push({ channel: IpcChannel.RendererReady, args }),
  };
  const warn = vi.fn<(message: string) => void>();
  const router = createIpcRouter({ invoke, send, isTrusted: (sender) => isTrustedSender(sender, known, origins), warn });
  return { router, calls, sends, warn };
}

/** A fake ipcRenderer wired to the router, as Electron would between preload and main. */
function connect(router: ReturnType<typeof makeRouter>['router'], sender: SenderInfo = trusted) {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const port: IpcPort = {
    invoke: (channel, ...args) => router.invoke(channel as (typeof invokeChannels)[number], sender, structuredClone(args)),
    send: (channel, ...args) => void router.send(channel as (typeof sendChannels)[number], sender, structuredClone(args)),
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const push = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener({ sender: 'event' }, payload));
  return { host: createElectronHost(port), push, listeners };
}

describe('sender check', () => {
  it('accepts the top frame of our window showing our page', () => {
    expect(isTrustedSender(trusted, known, origins)).toBe(true);
    expect(isTrustedSender({ ...trusted, frameUrl: 'http://localhost:5173/' }, known, ['http://localhost:5173'])).toBe(true);
  });

  it.each<[string, SenderInfo]>([
    ['an unknown window', { ...trusted, webContentsId: 8 }],
    ['a sub-frame', { ...trusted, isMainFrame: false }],
    ['a frame that is gone', { ...trusted, frameUrl: undefined }],
    ['a page that navigated away', { ...trusted, frameUrl: 'https://evil.example/app://lanesim' }],
    ['a file:// page', { ...trusted, frameUrl: 'file:///tmp/index.html' }],
    ['a look-alike host', { ...trusted, frameUrl: 'app://lanesim.evil/index.html' }],
    ['garbage', { ...trusted, frameUrl: 'not a url' }],
  ])('rejects %s', (_name, sender) => {
    expect(isTrustedSender(sender, known, origins)).toBe(false);
  });
});

describe('good messages, end to end through the preload host', () => {
  it('exposes the Host with kind "electron" and named methods only', () => {
    const { host } = connect(makeRouter().router);
    expect(host.kind).toBe('electron');
    expect(Object.keys(host).sort()).toEqual(
      ['autosave', 'kind', 'onMenuCommand', 'onOpenFile', 'openRecent', 'openScenario', 'recentFiles', 'saveScenario', 'setDocumentState', 'setLanguage', 'takeRecovery', 'writeExport', 'printToPdf'].sort(),
    );
  });

  it('invokes reach their handler with the parsed arguments and answer with the value', async () => {
    const { router, calls } = makeRouter();
    const { host } = connect(router);
    expect(await host.openScenario()).toEqual({ name: 'a.json', path: '/p/a.json', text: '{}' });
    await host.saveScenario({ path: '/p/a.json', suggestedName: 'a.json', text: '{"x":1}' }, { saveAs: false });
    await host.writeExport({ suggestedName: 'chart.png', data: new Uint8Array([1, 2]), mime: 'image/png' });
    await host.autosave('draft');
    expect(calls.map((call) => call.channel)).toEqual([IpcChannel.OpenScenario, IpcChannel.SaveScenario, IpcChannel.WriteExport, IpcChannel.Autosave]);
    expect(calls[1].args).toEqual([{ path: '/p/a.json', suggestedName: 'a.json', text: '{"x":1}' }, { saveAs: false }]);
    expect(calls[2].args[0]).toMatchObject({ data: new Uint8Array([1, 2]) });
  });

  it('a failure in main arrives as an Error with the readable message and its code', async () => {
    const { host } = connect(makeRouter().router);
    await expect(host.takeRecovery()).rejects.toMatchObject({ message: 'Could not save “/p/a.json”: the disk is full.', code: 'read-only' });
  });

  it('fire-and-forget messages reach their handler', () => {
    const { router, sends } = makeRouter();
    const { host } = connect(router);
    host.setDocumentState({ title: 'entry.json', dirty: true });
    host.setLanguage('zh-CN');
    expect(sends).toEqual([
      { channel: IpcChannel.SetDocumentState, args: [{ title: 'entry.json', dirty: true }] },
      { channel: IpcChannel.SetLanguage, args: ['zh-CN'] },
    ]);
  });

  it('pushes reach listeners without the IPC event, can be unsubscribed, and malformed ones are dropped', () => {
    const { router, sends } = makeRouter();
    const { host, push } = connect(router);
    const files: OpenedFile[] = [];
    const commands: string[] = [];
    const stopFiles = host.onOpenFile((file) => files.push(file));
    expect(sends.at(-1)).toEqual({ channel: IpcChannel.RendererReady, args: [] });
    const stopCommands = host.onMenuCommand((command) => commands.push(command));
    push(IpcChannel.OpenFile, { name: 'a.json', path: '/p/a.json', text: '{}' });
    push(IpcChannel.OpenFile, { name: 'a.json', text: 42 });
    push(IpcChannel.MenuCommand, 'saveAs');
    push(IpcChannel.MenuCommand, 'rm -rf');
    expect(files).toEqual([{ name: 'a.json', path: '/p/a.json', text: '{}' }]);
    expect(commands).toEqual(['saveAs']);
    stopFiles();
    stopCommands();
    push(IpcChannel.MenuCommand, 'run');
    expect(commands).toEqual(['saveAs']);
  });
});

describe('bad messages are dropped before any handler runs', () => {
  it('from an untrusted sender, every channel', async () => {
    const { router, calls, sends, warn } = makeRouter();
    const stranger = { ...trusted, frameUrl: 'https://evil.example/' };
    for (const channel of invokeChannels) {
      expect(await router.invoke(channel, stranger, [])).toMatchObject({ ok: false, code: 'forbidden' });
    }
    for (const channel of sendChannels) expect(router.send(channel, stranger, [])).toBe(false);
    expect(calls).toEqual([]);
    expect(sends).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it.each<[string, IpcChannel, unknown[]]>([
    ['a missing argument', IpcChannel.OpenRecent, []],
    ['a number for a path', IpcChannel.OpenRecent, [42]],
    ['extra arguments', IpcChannel.OpenScenario, ['surprise']],
    ['an unknown key', IpcChannel.SaveScenario, [{ suggestedName: 'a.json', text: '', evil: true }, { saveAs: false }]],
    ['a name with folders', IpcChannel.SaveScenario, [{ suggestedName: '../../.bashrc', text: '' }, { saveAs: false }]],
    ['a name with control characters', IpcChannel.WriteExport, [{ suggestedName: 'a\u0000.csv', data: '', mime: 'text/csv' }]],
    ['a missing option', IpcChannel.SaveScenario, [{ suggestedName: 'a.json', text: '' }]],
    ['data that is neither text nor bytes', IpcChannel.WriteExport, [{ suggestedName: 'a.csv', data: { length: 3 }, mime: 'text/csv' }]],
    ['text over the size limit', IpcChannel.Autosave, ['x'.repeat(ipcLimits.scenarioChars + 1)]],
    ['a path over the length limit', IpcChannel.OpenRecent, ['/' + 'a'.repeat(ipcLimits.pathChars)]],
  ])('invoke with %s', async (_name, channel, args) => {
    const { router, calls } = makeRouter();
    const result = await router.invoke(channel as (typeof invokeChannels)[number], trusted, args);
    expect(result).toMatchObject({ ok: false, code: 'bad-request' });
    expect(result.ok ? '' : result.message).not.toBe('');
    expect(calls).toEqual([]);
  });

  it.each<[string, IpcChannel, unknown[]]>([
    ['an unknown language', IpcChannel.SetLanguage, ['fr']],
    ['a dirty flag that is a string', IpcChannel.SetDocumentState, [{ title: 'a', dirty: 'yes' }]],
    ['a missing state', IpcChannel.SetDocumentState, []],
  ])('send with %s', (_name, channel, args) => {
    const { router, sends } = makeRouter();
    expect(router.send(channel as (typeof sendChannels)[number], trusted, args)).toBe(false);
    expect(sends).toEqual([]);
  });

  it('on a channel outside the contract', async () => {
    const { router } = makeRouter();
    expect(await router.invoke('lanesim:exec' as (typeof invokeChannels)[number], trusted, [])).toMatchObject({ ok: false, code: 'unknown-channel' });
  });

  it('the preload refuses an answer that is not an IpcResult', async () => {
    const host = createElectronHost({ invoke: async () => 'weird', send: () => undefined, on: () => undefined, removeListener: () => undefined });
    await expect(host.recentFiles()).rejects.toThrow('unexpected answer');
  });
});
