/**
 * IPC message types derived from `Host` (host-api.ts), never written by hand beside it: when
 * the contract grows, the compiler points at every place main and preload must follow.
 */
import type { Host, MenuCommand, OpenedFile } from '../../renderer/host/host-api';
import type { IpcChannel } from './ipc-channels';

/** The object the preload exposes: the whole Host, known to be the desktop one. */
export type ElectronHost = Host & { readonly kind: 'electron' };

/** The global name the preload installs: `window.lanesim`. */
export const hostGlobalName = 'lanesim';

/** Optional methods (printToPdf) count as present: the desktop host implements them. */
type AsyncMethod<K extends keyof Host> = NonNullable<Host[K]> extends (...args: infer A) => Promise<infer R> ? { args: A; result: R } : never;
type SyncMethod<K extends keyof Host> = Host[K] extends (...args: infer A) => void ? A : never;

/** Request/response pairs: channel → the Host method's arguments and resolved value. */
export interface InvokeMap {
  [IpcChannel.OpenScenario]: AsyncMethod<'openScenario'>;
  [IpcChannel.OpenRecent]: AsyncMethod<'openRecent'>;
  [IpcChannel.SaveScenario]: AsyncMethod<'saveScenario'>;
  [IpcChannel.WriteExport]: AsyncMethod<'writeExport'>;
  [IpcChannel.PrintToPdf]: AsyncMethod<'printToPdf'>;
  [IpcChannel.RecentFiles]: AsyncMethod<'recentFiles'>;
  [IpcChannel.Autosave]: AsyncMethod<'autosave'>;
  [IpcChannel.TakeRecovery]: AsyncMethod<'takeRecovery'>;
}

/** Fire-and-forget messages: channel → argument tuple. */
export interface SendMap {
  [IpcChannel.SetDocumentState]: SyncMethod<'setDocumentState'>;
  [IpcChannel.SetLanguage]: SyncMethod<'setLanguage'>;
  [IpcChannel.RendererReady]: [];
}

/** Main → renderer messages: channel → payload. */
export interface PushMap {
  [IpcChannel.OpenFile]: OpenedFile;
  [IpcChannel.MenuCommand]: MenuCommand;
}

/**
 * Errors cross IPC as data: Electron would otherwise wrap a thrown message in
 * "Error invoking remote method …", which is not something to show a planner.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; message: string; code: string };
