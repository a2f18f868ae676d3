/**
 * Builds the desktop `Host` from a minimal IPC port. Electron-free (the port is
 * `ipcRenderer` in the real preload, a fake in tests), so the whole renderer-facing API is
 * tested without the binary. Named methods only: the page never gets `ipcRenderer` itself,
 * a generic `invoke(channel)`, or an IPC event object.
 */
import type { MenuCommand, OpenedFile, Unsubscribe } from '../../renderer/host/host-api';
import { IpcChannel, type InvokeChannel, type PushChannel, type SendChannel } from '../contract/ipc-channels';
import { menuCommandSchema, openedFileSchema } from '../contract/ipc-schemas';
import type { ElectronHost, InvokeMap, IpcResult, PushMap, SendMap } from '../contract/ipc-types';

/** The slice of `ipcRenderer` the host needs. */
export interface IpcPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** An Error carrying the main process's reason code (e.g. "read-only", "disk-full"). */
export class HostError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = 'HostError';
    this.code = code;
  }
}

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/** The object the preload exposes as `window.lanesim`. */
export function createElectronHost(ipc: IpcPort): ElectronHost {
  const call = async <K extends InvokeChannel>(channel: K, ...args: InvokeMap[K]['args']): Promise<InvokeMap[K]['result']> => {
    const result = await ipc.invoke(channel, ...args);
    if (!isIpcResult(result)) throw new HostError('The desktop shell gave an unexpected answer.', 'internal');
    if (!result.ok) throw new HostError(result.message, result.code);
    return result.value as InvokeMap[K]['result'];
  };
  const send = <K extends SendChannel>(channel: K, ...args: SendMap[K]): void => ipc.send(channel, ...args);
  const subscribe = <K extends PushChannel>(channel: K, parse: (value: unknown) => PushMap[K] | null, listener: (payload: PushMap[K]) => void): Unsubscribe => {
    const wrapped = (_event: unknown, payload: unknown) => {
      const parsed = parse(payload);
      if (parsed !== null) listener(parsed);
    };
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };

  const host = {
    kind: 'electron',
    openScenario: () => call(IpcChannel.OpenScenario),
    openRecent: (path: string) => call(IpcChannel.OpenRecent, path),
    saveScenario: (file: { path?: string; suggestedName: string; text: string }, options: { saveAs: boolean }) => call(IpcChannel.SaveScenario, file, options),
    writeExport: (request: InvokeMap[IpcChannel.WriteExport]['args'][0]) => call(IpcChannel.WriteExport, request),
    printToPdf: (html: string) => call(IpcChannel.PrintToPdf, html),
    recentFiles: () => call(IpcChannel.RecentFiles),
    setDocumentState: (state: { title: string; dirty: boolean }) => send(IpcChannel.SetDocumentState, state),
    autosave: (text: string) => call(IpcChannel.Autosave, text),
    takeRecovery: () => call(IpcChannel.TakeRecovery),
    setLanguage: (language: SendMap[IpcChannel.SetLanguage][0]) => send(IpcChannel.SetLanguage, language),
    onOpenFile: (listener: (file: OpenedFile) => void) => {
      const unsubscribe = subscribe(IpcChannel.OpenFile, (value) => {
        const parsed = openedFileSchema.safeParse(value);
        return parsed.success ? parsed.data : null;
      }, listener);
      // Files given at launch wait in main until someone listens.
      send(IpcChannel.RendererReady);
      return unsubscribe;
    },
    onMenuCommand: (listener: (command: MenuCommand) => void) =>
      subscribe(IpcChannel.MenuCommand, (value) => {
        const parsed = menuCommandSchema.safeParse(value);
        return parsed.success ? parsed.data : null;
      }, listener),
  } satisfies ElectronHost;
  return host;
}
