/**
 * A stand-in for the `electron` module, just large enough to run the real main process
 * (electron/main/index.ts) under Vitest: the shell wiring — lifecycle, IPC registration,
 * windows, menus, dialogs — is exercised without the binary. Each evaluation publishes its
 * state on `globalThis.__fakeElectron` for the test to drive.
 */
import { EventEmitter } from 'node:events';
import { dirname } from 'node:path';

export interface FakeConfig {
  userData: string;
  documents: string;
  locale: string;
  /** What `app.getAppPath()` answers (the folder holding out/ and dist/). */
  appRoot: string;
  /** Answers for open/save dialogs, in order. */
  dialogAnswers: (string | null)[];
  /** Button index for message boxes, in order. */
  messageBoxAnswers: number[];
}

type Listener = (...args: unknown[]) => unknown;

export interface FakeMenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  readonly printed: Record<string, unknown>[] = [];
  /** Stands in for Chromium's printing: a tiny "PDF" naming the options it was given. */
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printed.push(options);
    return Buffer.from(`%PDF-fake ${JSON.stringify(options)}`);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  url = '';
  title = '';
  edited = false;
  closed = false;
  focused = 0;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    state.windows.push(this);
    state.app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
  }
  destroyed = false;
  destroy(): void {
    this.destroyed = true;
    this.closed = true;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.edited = edited;
  }
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.closed = true;
    this.emit('closed');
    if (state.windows.every((window) => window.closed)) state.app.emit('window-all-closed');
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
  maximize(): void {}
  show(): void {}
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  quitCalls = 0;
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  requestSingleInstanceLock(): boolean {
    return state.singleInstanceLock;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Test hook: the app becomes ready. */
  makeReady(): void {
    this.ready = true;
    this.resolveReady();
  }
  getAppPath(): string {
    return state.config.appRoot;
  }
  private readonly paths = new Map<string, string>();
  getPath(name: string): string {
    if (name === 'documents') return state.config.documents;
    if (name === 'appData') return dirname(state.config.userData);
    return this.paths.get(name) ?? state.config.userData;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getLocale(): string {
    return state.config.locale;
  }
}

const config = (globalThis as { __fakeElectronConfig?: FakeConfig }).__fakeElectronConfig;
if (config === undefined) throw new Error('set globalThis.__fakeElectronConfig before loading the fake electron');

export const state = {
  config,
  singleInstanceLock: (globalThis as { __fakeElectronLockDenied?: boolean }).__fakeElectronLockDenied !== true,
  windows: [] as FakeBrowserWindow[],
  app: new FakeApp(),
  menus: [] as FakeMenuItem[][],
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  invokeHandlers: new Map<string, Listener>(),
  sendHandlers: new Map<string, Listener>(),
  messageBoxes: [] as Record<string, unknown>[],
  errorBoxes: [] as string[],
  permissionRequestHandler: null as Listener | null,
  readyBeforeSchemes: false,
  /** Sessions made with session.fromPartition, by partition name. */
  partitions: new Map<string, { beforeRequest: Listener | null; permissionRequest: Listener | null }>(),
};
(globalThis as { __fakeElectron?: typeof state }).__fakeElectron = state;

export const app = state.app;
export const BrowserWindow = FakeBrowserWindow;
export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
};
export const dialog = {
  showOpenDialog: async () => {
    const answer = state.config.dialogAnswers.shift() ?? null;
    return { canceled: answer === null, filePaths: answer === null ? [] : [answer] };
  },
  showSaveDialog: async () => {
    const answer = state.config.dialogAnswers.shift() ?? null;
    return { canceled: answer === null, filePath: answer ?? undefined };
  },
  showMessageBox: async (_window: unknown, options: Record<string, unknown>) => {
    state.messageBoxes.push(options);
    return { response: state.config.messageBoxAnswers.shift() ?? 2 };
  },
  showErrorBox: (title: string, message: string) => void state.errorBoxes.push(`${title}: ${message}`),
};
export const Menu = {
  buildFromTemplate: (template: FakeMenuItem[]) => template,
  setApplicationMenu: (menu: FakeMenuItem[]) => void state.menus.push(menu),
};
export const ipcMain = {
  handle: (channel: string, handler: Listener) => void state.invokeHandlers.set(channel, handler),
  on: (channel: string, handler: Listener) => void state.sendHandlers.set(channel, handler),
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    state.readyBeforeSchemes = state.app.ready;
    state.privilegedSchemes.push(...schemes);
  },
  handle: (scheme: string, handler: Listener) => void state.protocolHandlers.set(scheme, handler),
};
export const session = {
  fromPartition: (partition: string) => {
    const record = { beforeRequest: null as Listener | null, permissionRequest: null as Listener | null };
    state.partitions.set(partition, record);
    return {
      partition,
      webRequest: { onBeforeRequest: (handler: Listener) => void (record.beforeRequest = handler) },
      setPermissionRequestHandler: (handler: Listener) => void (record.permissionRequest = handler),
    };
  },
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequestHandler = handler),
    setPermissionCheckHandler: () => undefined,
    webRequest: { onHeadersReceived: () => undefined },
  },
};
export const shell = { openExternal: async () => undefined };
