/** Electron's native dialogs behind the electron-free `Dialogs` interface. */
import { type BrowserWindow, dialog } from 'electron';
import type { Language } from '../../../renderer/host/host-api';
import type { Dialogs } from '../host-handlers';
import { type CloseChoice } from '../close-guard';
import { label } from '../../../present/words/menu-words';

/** Dialogs attached to the window `owner()` returns (sheets on macOS). */
export function createDialogs(owner: () => BrowserWindow | null): Dialogs {
  return {
    async chooseFileToOpen({ filters }) {
      const window = owner();
      const options = { properties: ['openFile' as const], filters };
      const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseSavePath({ defaultPath, filters }) {
      const window = owner();
      const options = { defaultPath, filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
  };
}

/** Asks whether to save before closing. */
export async function askToSaveBeforeClose(window: BrowserWindow, title: string, language: Language): Promise<CloseChoice> {
  const t = (key: Parameters<typeof label>[1]) => label(language, key, { title: title.length > 0 ? title : label(language, 'untitled') });
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: t('unsavedTitle'),
    message: t('unsavedMessage'),
    detail: t('unsavedDetail'),
    buttons: [t('saveButton'), t('discardButton'), t('cancelButton')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

/** A file the OS asked us to open could not be read: say so (there is no page state to show it in yet). */
export function showOpenError(message: string, language: Language): void {
  dialog.showErrorBox(language === 'zh-CN' ? '无法打开文件' : 'Could not open the file', message);
}
