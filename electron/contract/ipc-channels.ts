/**
 * Every IPC channel name in one place, so main and preload cannot disagree on a string and a
 * review can see the whole surface the renderer can reach. Prefixed to avoid clashing with
 * anything Electron or a library might register.
 */
export enum IpcChannel {
  /** invoke: renderer → main, answers an `IpcResult`. */
  OpenScenario = 'lanesim:open-scenario',
  OpenRecent = 'lanesim:open-recent',
  SaveScenario = 'lanesim:save-scenario',
  WriteExport = 'lanesim:write-export',
  /** The report as PDF (desktop only). */
  PrintToPdf = 'lanesim:print-to-pdf',
  RecentFiles = 'lanesim:recent-files',
  Autosave = 'lanesim:autosave',
  TakeRecovery = 'lanesim:take-recovery',
  /** send: renderer → main, no answer. */
  SetDocumentState = 'lanesim:set-document-state',
  SetLanguage = 'lanesim:set-language',
  /** The renderer listens for opened files: main may flush the files it queued at start. */
  RendererReady = 'lanesim:renderer-ready',
  /** push: main → renderer. */
  OpenFile = 'lanesim:open-file',
  MenuCommand = 'lanesim:menu-command',
}

export type InvokeChannel =
  | IpcChannel.OpenScenario
  | IpcChannel.OpenRecent
  | IpcChannel.SaveScenario
  | IpcChannel.WriteExport
  | IpcChannel.PrintToPdf
  | IpcChannel.RecentFiles
  | IpcChannel.Autosave
  | IpcChannel.TakeRecovery;

export type SendChannel = IpcChannel.SetDocumentState | IpcChannel.SetLanguage | IpcChannel.RendererReady;

export type PushChannel = IpcChannel.OpenFile | IpcChannel.MenuCommand;

export const invokeChannels: readonly InvokeChannel[] = [
  IpcChannel.OpenScenario,
  IpcChannel.OpenRecent,
  IpcChannel.SaveScenario,
  IpcChannel.WriteExport,
  IpcChannel.PrintToPdf,
  IpcChannel.RecentFiles,
  IpcChannel.Autosave,
  IpcChannel.TakeRecovery,
];

export const sendChannels: readonly SendChannel[] = [IpcChannel.SetDocumentState, IpcChannel.SetLanguage, IpcChannel.RendererReady];
