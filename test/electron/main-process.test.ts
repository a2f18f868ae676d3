/**
 * Runs the real main process (electron/main/index.ts) against the fake `electron` module, to
 * check the thin wiring the unit tests cannot see: order of start-up, IPC registration and
 * sender checks, files from a second instance, the close prompt, menus following the language.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../../electron/contract/content-security-policy';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IpcChannel } from '../../electron/contract/ipc-channels';
import type { FakeConfig, FakeMenuItem, state as fakeState } from './fake-electron';
import { makeTempFolder, removeTempFolder } from './temp-folder';
import { pdfDocument } from '../../electron/main/pdf-policy';

type FakeState = typeof fakeState;

let folder: string;
let bundle: string;
let run = 0;

beforeAll(async () => {
  folder = await makeTempFolder();
  bundle = join(folder, 'main.mjs');
  await mkdir(join(folder, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(folder, 'dist', 'renderer', 'index.html'), '<!doctype html><title>LaneSim</title>');
  await build({
    entryPoints: [join(import.meta.dirname, '../../electron/main/index.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    alias: { electron: join(import.meta.dirname, 'fake-electron.ts') },
    logLevel: 'error',
  });
});
afterAll(async () => {
  await removeTempFolder(folder);
});

let fake: FakeState;
let config: FakeConfig;

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

async function startApp(locale = 'en-US'): Promise<void> {
  run += 1;
  const data = join(folder, `run-${run}`);
  config = { userData: join(data, 'LaneSim'), documents: data, locale, appRoot: folder, dialogAnswers: [], messageBoxAnswers: [] };
  (globalThis as { __fakeElectronConfig?: FakeConfig }).__fakeElectronConfig = config;
  await import(`${pathToFileURL(bundle).href}?run=${run}`);
  fake = (globalThis as { __fakeElectron?: FakeState }).__fakeElectron as FakeState;
  fake.app.makeReady();
  await waitFor(() => fake.windows.length === 1);
}

const window = () => fake.windows[0];
const trustedEvent = () => ({ sender: { id: window().webContents.id }, senderFrame: { url: 'app://lanesim/index.html', parent: null } });
const invoke = (channel: IpcChannel, event: unknown, ...args: unknown[]) => fake.invokeHandlers.get(channel)?.(event, ...args) as Promise<unknown>;
const send = (channel: IpcChannel, ...args: unknown[]) => fake.sendHandlers.get(channel)?.(trustedEvent(), ...args);
const topLabels = (menu: FakeMenuItem[] | undefined) => (menu ?? []).map((item) => item.label);

beforeEach(async () => {
  await startApp();
});

describe('main process wiring', () => {
  it('starts securely: scheme before ready, one window over app:// with the sandboxed preload', () => {
    expect(fake.readyBeforeSchemes).toBe(false);
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(window().url).toBe('app://lanesim/index.html');
    expect(window().options.webPreferences).toMatchObject({ preload: join(folder, 'out/preload/index.cjs'), sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window().webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fake.invokeHandlers.size).toBe(8);
    expect(fake.sendHandlers.size).toBe(3);
    expect(topLabels(fake.menus.at(-1))).toEqual(['File', 'Edit', 'Simulation', 'View', 'Help']);
  });

  it('prints report HTML to PDF in a hidden, script-less window that is then destroyed; refuses strangers', async () => {
    const html = '<!DOCTYPE html><html><body><h1>报告</h1></body></html>';
    const answer = (await invoke(IpcChannel.PrintToPdf, trustedEvent(), html)) as { ok: boolean; value: Uint8Array };
    expect(answer.ok).toBe(true);
    expect(Buffer.from(answer.value).toString('latin1')).toMatch(/^%PDF-/);
    const printer = fake.windows.at(-1) as (typeof fake.windows)[number];
    expect(printer).not.toBe(window());
    expect(printer.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
    expect(Buffer.from(printer.url.slice(printer.url.indexOf(',') + 1), 'base64').toString('utf8')).toBe(pdfDocument(html));
    expect(printer.options).toMatchObject({ webPreferences: { devTools: false, session: { partition: 'lanesim-pdf' } } });
    const filter = fake.partitions.get('lanesim-pdf')!.beforeRequest as (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;
    const verdicts: boolean[] = [];
    for (const url of ['data:text/html,x', 'https://example.com/x.png', 'file:///etc/passwd', 'app://lanesim/index.html']) filter({ url }, ({ cancel }) => verdicts.push(cancel));
    expect(verdicts).toEqual([false, true, true, true]);
    expect(printer.webContents.printed).toEqual([expect.objectContaining({ pageSize: 'A4', printBackground: true })]);
    expect(printer.destroyed).toBe(true);
    const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://lanesim/index.html', parent: null } };
    expect(await invoke(IpcChannel.PrintToPdf, stranger, html)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await invoke(IpcChannel.PrintToPdf, trustedEvent(), 42)).toMatchObject({ ok: false });
  });

  it('serves the bundle over app:// with the CSP header, and nothing outside it', async () => {
    const handler = fake.protocolHandlers.get('app') as (request: { url: string }) => Promise<Response>;
    const page = await handler({ url: 'app://lanesim/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>LaneSim</title>');
    expect((await handler({ url: 'app://lanesim/..%2f..%2fmain.mjs' })).status).toBe(404);
    expect((await handler({ url: 'app://lanesim/missing.js' })).status).toBe(404);
  });

  it('answers a trusted invoke and refuses the same from an unknown sender', async () => {
    const scenario = join(config.documents, 'entry.json');
    await writeFile(scenario, '{"format":"lanesim/scenario@1"}');
    config.dialogAnswers.push(scenario);
    expect(await invoke(IpcChannel.OpenScenario, trustedEvent())).toEqual({ ok: true, value: { name: 'entry.json', path: scenario, text: '{"format":"lanesim/scenario@1"}' } });
    const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://lanesim/index.html', parent: null } };
    expect(await invoke(IpcChannel.RecentFiles, stranger)).toMatchObject({ ok: false, code: 'forbidden' });
    const iframe = { sender: { id: window().webContents.id }, senderFrame: { url: 'app://lanesim/index.html', parent: {} } };
    expect(await invoke(IpcChannel.RecentFiles, iframe)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('queues a file from a second instance until the page listens, then sends it and focuses', async () => {
    const scenario = join(config.documents, 'bus.json');
    await writeFile(scenario, '{}');
    fake.app.emit('second-instance', {}, ['/opt/lanesim', '.', scenario], config.documents);
    expect(window().webContents.sent).toEqual([]);
    send(IpcChannel.RendererReady);
    await waitFor(() => window().webContents.sent.length === 1);
    expect(window().webContents.sent[0]).toEqual({ channel: IpcChannel.OpenFile, payload: { name: 'bus.json', path: scenario, text: '{}' } });
    expect(window().focused).toBeGreaterThan(0);
  });

  it('prompts before closing unsaved work; cancel keeps it, discard closes and ends the session', async () => {
    send(IpcChannel.SetDocumentState, { title: 'entry.json', dirty: true });
    expect(window().title).toBe('• entry.json — LaneSim');
    config.messageBoxAnswers.push(2);
    window().close();
    await waitFor(() => fake.messageBoxes.length === 1);
    expect(fake.messageBoxes[0]).toMatchObject({ message: 'Save changes to “entry.json” before closing?' });
    await new Promise((resolve) => setTimeout(resolve, 10)); // the user answers "Cancel"
    expect(window().closed).toBe(false);
    config.messageBoxAnswers.push(1);
    window().close();
    await waitFor(() => window().closed);
    await waitFor(() => fake.app.quitCalls === 1);
    const saved = JSON.parse(await readFile(join(config.userData, 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(fake.app.getPath('userData')).toBe(config.userData);
  });

  it('"Save" in the prompt asks the page to save and closes once it reports a clean document', async () => {
    send(IpcChannel.SetDocumentState, { title: 'entry.json', dirty: true });
    config.messageBoxAnswers.push(0);
    window().close();
    await waitFor(() => window().webContents.sent.some((message) => message.payload === 'save'));
    expect(window().closed).toBe(false);
    send(IpcChannel.SetDocumentState, { title: 'entry.json', dirty: false });
    expect(window().closed).toBe(true);
  });

  it('rebuilds the menu in Chinese when the page switches language, and menu items reach the page', async () => {
    send(IpcChannel.SetLanguage, 'zh-CN');
    await waitFor(() => topLabels(fake.menus.at(-1))[0] === '文件');
    expect(topLabels(fake.menus.at(-1))).toEqual(['文件', '编辑', '仿真', '视图', '帮助']);
    const saveAs = fake.menus.at(-1)?.[0].submenu?.find((item) => item.label === '另存为…');
    expect(saveAs?.accelerator).toBe('CmdOrCtrl+Shift+S');
    saveAs?.click?.();
    expect(window().webContents.sent.at(-1)).toEqual({ channel: IpcChannel.MenuCommand, payload: 'saveAs' });
  });

  it('offers the autosave back after a crash', async () => {
    await invoke(IpcChannel.Autosave, trustedEvent(), '{"draft":true}');
    const crashedData = config.userData;
    // A new process on the same data folder, without a clean exit of the first.
    run += 1;
    config = { ...config, dialogAnswers: [], messageBoxAnswers: [] };
    (globalThis as { __fakeElectronConfig?: FakeConfig }).__fakeElectronConfig = config;
    await import(`${pathToFileURL(bundle).href}?run=${run}`);
    fake = (globalThis as { __fakeElectron?: FakeState }).__fakeElectron as FakeState;
    fake.app.makeReady();
    await waitFor(() => fake.windows.length === 1);
    expect(config.userData).toBe(crashedData);
    expect(await invoke(IpcChannel.TakeRecovery, trustedEvent())).toEqual({ ok: true, value: { name: 'untitled.json', text: '{"draft":true}' } });
  });
});

it('a second instance hands over and quits without opening a window', async () => {
  run += 1;
  (globalThis as { __fakeElectronConfig?: FakeConfig }).__fakeElectronConfig = { ...config, dialogAnswers: [], messageBoxAnswers: [] };
  const previous = (globalThis as { __fakeElectron?: FakeState }).__fakeElectron;
  // The lock is decided when the module starts; a fake that refuses it is prepared by flag.
  (globalThis as { __fakeElectronLockDenied?: boolean }).__fakeElectronLockDenied = true;
  await import(`${pathToFileURL(bundle).href}?run=${run}`);
  delete (globalThis as { __fakeElectronLockDenied?: boolean }).__fakeElectronLockDenied;
  const second = (globalThis as { __fakeElectron?: FakeState }).__fakeElectron as FakeState;
  expect(second).not.toBe(previous);
  second.app.makeReady();
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(second.app.quitCalls).toBe(1);
  expect(second.windows).toEqual([]);
});
