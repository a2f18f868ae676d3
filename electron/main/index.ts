/**
 * The main process: app lifecycle and wiring only. Every decision lives in an electron-free
 * module beside this file (tested under test/electron); what is here connects them to
 * Electron's events. Order matters: the app:// scheme before `ready`, the single-instance
 * lock before anything opens, the crash marker before the window asks for recovery.
 */
import { app, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import type { Language } from '../../renderer/host/host-api';
import { IpcChannel } from '../contract/ipc-channels';
import type { PushMap } from '../contract/ipc-types';
import { cleanStaleTemporaries } from './atomic-write';
import { createCloseGuard, windowTitle } from './close-guard';
import { createHostService } from './host-handlers';
import { createIpcRouter } from './ipc-router';
import { isTrustedSender } from './ipc-sender';
import { createJsonStore } from './json-store';
import { scenarioPathsFromArgv } from './launch-args';
import { languageFromLocale } from '../../present/words/menu-words';
import { type MenuAction, buildMenuTemplate } from './menu-template';
import { createPathGrants } from './path-grants';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery-store';
import { rendererSource } from './renderer-source';
import { type Settings, settingsSchema } from './settings';
import { askToSaveBeforeClose, createDialogs, showOpenError } from './shell/dialogs';
import { wireIpc } from './shell/ipc';
import { installMenu } from './shell/menu';
import { printHtmlToPdf } from './shell/print-pdf';
import { registerAppScheme, serveAppProtocol } from './shell/protocol';
import { hardenApp } from './shell/security';
import { createMainWindow, windowStateOf } from './shell/windows';
import { type WindowState, windowStateSchema } from './window-state';

// One data folder whether run from sources ("lanesim" from package.json) or packaged
// ("LaneSim" from productName), so settings and recovery follow the user. Before anything
// (the single-instance lock lives there too).
app.setPath('userData', join(app.getPath('appData'), 'LaneSim'));

const source = rendererSource(process.env.LANESIM_DEV_URL, app.isPackaged);
const appRoot = app.getAppPath();
const userData = app.getPath('userData');

const settingsStore = createJsonStore<Settings>(join(userData, 'settings.json'), settingsSchema, () => ({}));
const windowStore = createJsonStore<WindowState | null>(join(userData, 'window-state.json'), windowStateSchema.nullable(), () => null);
const recent = createRecentFiles(join(userData, 'recent-files.json'));
const recovery = createRecoveryStore(join(userData, 'recovery'));
const grants = createPathGrants();
const guard = createCloseGuard();

let mainWindow: BrowserWindow | null = null;
let language: Language = 'en';
let rendererReady = false;
const pendingPaths: string[] = [];
const pendingWrites = new Set<Promise<unknown>>();

/** Keeps a background write alive until quit waits for it. */
function track(promise: Promise<unknown>): void {
  const settled = promise.catch((error: unknown) => console.warn('LaneSim: background write failed:', error));
  pendingWrites.add(settled);
  void settled.finally(() => pendingWrites.delete(settled));
}

const service = createHostService({
  dialogs: createDialogs(() => mainWindow),
  recent,
  recovery,
  grants,
  language: () => language,
  defaultFolder: app.getPath('documents'),
  onRecentChanged: (list) => rebuildMenu(list),
  printToPdf: (html) => printHtmlToPdf(html),
});

function push<K extends keyof PushMap>(channel: K, payload: PushMap[K]): void {
  mainWindow?.webContents.send(channel, payload);
}

function rebuildMenu(recentFiles?: Awaited<ReturnType<typeof recent.list>>): void {
  const build = (files: Awaited<ReturnType<typeof recent.list>>) =>
    installMenu(buildMenuTemplate({ language, platform: process.platform, recentFiles: files, developer: !app.isPackaged }), onMenuAction);
  if (recentFiles !== undefined) build(recentFiles);
  else void recent.list().then(build);
}

function onMenuAction(action: MenuAction): void {
  if (action.kind === 'openRecent') openFromOutside(action.path);
  else push(IpcChannel.MenuCommand, action.command);
}

/** A file from the command line, the OS or the recent menu: queued until the page listens. */
function openFromOutside(path: string): void {
  if (!rendererReady || mainWindow === null) {
    pendingPaths.push(path);
    return;
  }
  service.openPath(path).then(
    (file) => push(IpcChannel.OpenFile, file),
    (error: unknown) => showOpenError(error instanceof Error ? error.message : String(error), language),
  );
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

const saveHandler = service.handlers[IpcChannel.SaveScenario];
const router = createIpcRouter({
  invoke: {
    ...service.handlers,
    [IpcChannel.SaveScenario]: async (file, options) => {
      try {
        const saved = await saveHandler(file, options);
        guard.onSaveFinished(saved !== null);
        return saved;
      } catch (error) {
        guard.onSaveFinished(false);
        throw error;
      }
    },
  },
  send: {
    [IpcChannel.SetDocumentState]: (state) => {
      const effect = guard.setDocumentState(state);
      service.setTitle(state.title);
      if (!state.dirty) track(recovery.discard());
      mainWindow?.setTitle(windowTitle(state.title, state.dirty, process.platform));
      mainWindow?.setDocumentEdited(state.dirty);
      if (effect.kind === 'close') mainWindow?.close();
    },
    [IpcChannel.SetLanguage]: (next) => {
      if (next === language) return;
      language = next;
      rebuildMenu();
      track(settingsStore.write({ language }));
    },
    [IpcChannel.RendererReady]: () => {
      rendererReady = true;
      for (const path of pendingPaths.splice(0)) openFromOutside(path);
    },
  },
  isTrusted: (sender) => isTrustedSender(sender, new Set(mainWindow === null ? [] : [mainWindow.webContents.id]), source.trustedOrigins),
  warn: (message) => console.warn(`LaneSim: ${message}`),
});

async function openMainWindow(): Promise<void> {
  await recovery.beginSession();
  rendererReady = false;
  const window = await createMainWindow({ preload: join(appRoot, 'out/preload/index.cjs'), url: source.url, stateStore: windowStore, packaged: app.isPackaged });
  mainWindow = window;
  window.on('close', (event) => {
    const decision = guard.onCloseRequested();
    if (decision.kind === 'close') {
      track(windowStore.write(windowStateOf(window)));
      return;
    }
    event.preventDefault();
    if (decision.kind === 'wait') return;
    void askToSaveBeforeClose(window, guard.title, language).then((choice) => {
      const effect = guard.onChoice(choice);
      if (effect.kind === 'close') window.close();
      else if (effect.kind === 'requestSave') push(IpcChannel.MenuCommand, 'save');
    });
  });
  window.on('closed', () => {
    mainWindow = null;
    track(recovery.endSession());
  });
  window.webContents.on('render-process-gone', () => {
    rendererReady = false;
  });
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  for (const path of scenarioPathsFromArgv(process.argv, process.cwd(), { packaged: app.isPackaged })) pendingPaths.push(path);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = scenarioPathsFromArgv(argv, workingDirectory, { packaged: app.isPackaged });
    for (const path of paths) openFromOutside(path);
    if (mainWindow !== null) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS: Finder "Open With" and drops on the Dock icon, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOutside(path);
  });

  app.on('window-all-closed', () => {
    void Promise.all(pendingWrites).finally(() => {
      if (process.platform !== 'darwin') app.quit();
    });
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) void openMainWindow();
  });

  void app.whenReady().then(async () => {
    language = (await settingsStore.read()).language ?? languageFromLocale(app.getLocale());
    hardenApp(source.trustedOrigins, source.dev);
    serveAppProtocol(join(appRoot, 'dist/renderer'));
    wireIpc(router);
    rebuildMenu();
    await openMainWindow();
    track(cleanAfterCrashedSaves());
  });
}

/** Temporary files a crashed save left behind, removed at start: data folders and the folders of recent files. */
async function cleanAfterCrashedSaves(): Promise<void> {
  const folders = new Set([userData, join(userData, 'recovery'), ...(await recent.list()).map((file) => dirname(file.path))]);
  for (const folder of folders) await cleanStaleTemporaries(folder);
}

start();
