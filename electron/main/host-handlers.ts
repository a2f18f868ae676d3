/**
 * What each Host call does on the desktop: dialogs, safe reads and atomic writes, the recent
 * list, autosave. Dialogs and the language come in as parameters, so this runs (and is
 * tested) without Electron against a real folder.
 */
import { basename, dirname } from 'node:path';
import type { Language, OpenedFile, RecentFile, SavedFile } from '../../renderer/host/host-api';
import { IpcChannel } from '../contract/ipc-channels';
import { ipcLimits } from '../contract/ipc-schemas';
import { writeFileAtomic } from './atomic-write';
import { type DialogFilter, exportFilters, scenarioFilters, withDefaultExtension } from './dialog-filters';
import { FileError, systemErrorCode, toFileError } from './file-errors';
import type { InvokeHandlers } from './ipc-router';
import type { PathGrants } from './path-grants';
import type { RecentFiles } from './recent-files';
import type { RecoveryStore } from './recovery-store';
import { readTextFile } from './text-file';

/** The native dialogs, supplied by the shell (Electron's `dialog`) or a test double. */
export interface Dialogs {
  chooseFileToOpen(options: { filters: DialogFilter[]; language: Language }): Promise<string | null>;
  chooseSavePath(options: { defaultPath: string; filters: DialogFilter[]; language: Language }): Promise<string | null>;
}

export interface HostHandlerDeps {
  dialogs: Dialogs;
  recent: RecentFiles;
  recovery: RecoveryStore;
  grants: PathGrants;
  language(): Language;
  /** Folder the first dialog opens in (the user's documents). */
  defaultFolder: string;
  /** The recent list changed: the shell rebuilds the menu. */
  onRecentChanged(list: RecentFile[]): void;
  /** Prints report HTML to PDF (a hidden window in the shell); without it the call fails clearly. */
  printToPdf?(html: string): Promise<Uint8Array>;
}

export interface HostService {
  handlers: InvokeHandlers;
  /** Opens a path the user gave outside the renderer (command line, OS, recent menu). */
  openPath(path: string): Promise<OpenedFile>;
  /** The document's display title, kept for autosave naming. */
  setTitle(title: string): void;
}

/** Wires the Host calls to the file system, dialogs and stores. */
export function createHostService(deps: HostHandlerDeps): HostService {
  let current: { name: string; path?: string } = { name: 'untitled.json' };
  let lastFolder = deps.defaultFolder;

  const remember = async (path: string): Promise<void> => {
    deps.grants.grant(path);
    lastFolder = dirname(path);
    deps.onRecentChanged(await deps.recent.add(path));
  };

  const openPath = async (path: string): Promise<OpenedFile> => {
    let text: string;
    try {
      text = await readTextFile(path, ipcLimits.scenarioChars, deps.language());
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT' && (await deps.recent.has(path))) deps.onRecentChanged(await deps.recent.remove(path));
      throw toFileError(error, 'open', path, deps.language());
    }
    await remember(path);
    current = { name: basename(path), path };
    return { name: basename(path), path, text };
  };

  const write = async (path: string, data: string | Uint8Array): Promise<void> => {
    try {
      await writeFileAtomic(path, data);
    } catch (error) {
      throw toFileError(error, 'save', path, deps.language());
    }
  };

  const handlers: InvokeHandlers = {
    async [IpcChannel.OpenScenario]() {
      const path = await deps.dialogs.chooseFileToOpen({ filters: scenarioFilters(deps.language()), language: deps.language() });
      return path === null ? null : openPath(path);
    },
    async [IpcChannel.OpenRecent](path) {
      if (!(await deps.recent.has(path)) && !deps.grants.isGranted(path)) {
        throw new FileError('not-found', deps.language() === 'zh-CN' ? `“${path}”不在最近打开的文件中。` : `“${path}” is not in the recent files.`);
      }
      return openPath(path);
    },
    async [IpcChannel.SaveScenario](file, options) {
      const reuse = !options.saveAs && file.path !== undefined && deps.grants.isGranted(file.path);
      let target: string | null = reuse && file.path !== undefined ? file.path : null;
      if (target === null) {
        const defaultPath = file.path !== undefined && deps.grants.isGranted(file.path) ? file.path : `${lastFolder}/${file.suggestedName}`;
        const chosen = await deps.dialogs.chooseSavePath({ defaultPath, filters: scenarioFilters(deps.language()), language: deps.language() });
        if (chosen === null) return null;
        target = withDefaultExtension(chosen, 'json');
      }
      await write(target, file.text);
      await remember(target);
      current = { name: basename(target), path: target };
      const saved: SavedFile = { name: basename(target), path: target };
      return saved;
    },
    async [IpcChannel.WriteExport](request) {
      const filters = exportFilters(request.mime, request.suggestedName, deps.language());
      const chosen = await deps.dialogs.chooseSavePath({ defaultPath: `${lastFolder}/${request.suggestedName}`, filters, language: deps.language() });
      if (chosen === null) return null;
      const extension = filters[0].extensions[0];
      const target = extension === '*' ? chosen : withDefaultExtension(chosen, extension);
      await write(target, request.data);
      deps.grants.grant(target);
      lastFolder = dirname(target);
      return { name: basename(target), path: target };
    },
    async [IpcChannel.PrintToPdf](html) {
      if (!deps.printToPdf) throw new FileError('io', 'Printing to PDF is not available here.');
      return deps.printToPdf(html);
    },
    [IpcChannel.RecentFiles]() {
      return deps.recent.list();
    },
    [IpcChannel.Autosave](text) {
      return deps.recovery.autosave(text, current);
    },
    [IpcChannel.TakeRecovery]() {
      return deps.recovery.takeRecovery();
    },
  };

  return {
    handlers,
    openPath,
    setTitle(title) {
      if (title.length > 0 && current.path === undefined) current = { name: title };
    },
  };
}
