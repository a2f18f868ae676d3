/**
 * The application menu as plain data: labels in the UI language, the usual shortcuts, and
 * what each item does — send a `MenuCommand` to the renderer, open a recent file, or a
 * built-in Electron role (clipboard, zoom, window). `shell/menu.ts` turns it into a real
 * menu; keeping it data makes both languages and every platform testable without Electron.
 */
import type { Language, MenuCommand, RecentFile } from '../../renderer/host/host-api';
import { label } from '../../present/words/menu-words';

/** Electron roles we use (a subset of Electron's `MenuItemConstructorOptions['role']`). */
export type MenuRole =
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'close'
  | 'quit'
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'front'
  | 'appMenu';

export type MenuAction = { kind: 'command'; command: MenuCommand } | { kind: 'openRecent'; path: string };

export interface MenuItemSpec {
  label?: string;
  accelerator?: string;
  role?: MenuRole;
  type?: 'separator' | 'radio' | 'normal' | 'submenu';
  checked?: boolean;
  enabled?: boolean;
  action?: MenuAction;
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  recentFiles: readonly RecentFile[];
  /** Developer tools only in development builds. */
  developer: boolean;
}

const separator: MenuItemSpec = { type: 'separator' };

const command = (text: string, name: MenuCommand, accelerator?: string): MenuItemSpec => ({
  label: text,
  action: { kind: 'command', command: name },
  ...(accelerator !== undefined ? { accelerator } : {}),
});

/** The whole menu bar for the given language and platform. */
export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const t = (key: Parameters<typeof label>[1]) => label(options.language, key);
  const mac = options.platform === 'darwin';

  const recent: MenuItemSpec[] =
    options.recentFiles.length === 0
      ? [{ label: t('noRecent'), enabled: false }]
      : options.recentFiles.map((file) => ({ label: file.name, action: { kind: 'openRecent', path: file.path } }));

  const file: MenuItemSpec = {
    label: t('file'),
    submenu: [
      command(t('new'), 'new', 'CmdOrCtrl+N'),
      command(t('open'), 'open', 'CmdOrCtrl+O'),
      { label: t('openRecent'), submenu: recent },
      separator,
      command(t('save'), 'save', 'CmdOrCtrl+S'),
      command(t('saveAs'), 'saveAs', 'CmdOrCtrl+Shift+S'),
      separator,
      command(t('exportReport'), 'exportReport', 'CmdOrCtrl+E'),
      separator,
      mac ? { label: t('close'), role: 'close', accelerator: 'CmdOrCtrl+W' } : { label: t('quit'), role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemSpec = {
    label: t('edit'),
    submenu: [
      command(t('undo'), 'undo', 'CmdOrCtrl+Z'),
      command(t('redo'), 'redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      separator,
      { label: t('cut'), role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: t('copy'), role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: t('paste'), role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: t('selectAll'), role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const simulation: MenuItemSpec = {
    label: t('simulation'),
    submenu: [command(t('run'), 'run', 'CmdOrCtrl+R'), command(t('cancelRun'), 'cancelRun', 'CmdOrCtrl+.')],
  };

  const view: MenuItemSpec = {
    label: t('view'),
    submenu: [
      { label: t('zoomIn'), role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: t('zoomOut'), role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { label: t('resetZoom'), role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      separator,
      { label: t('fullScreen'), role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(options.developer ? [separator, { label: t('devTools'), role: 'toggleDevTools' as const, accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' }] : []),
      separator,
      {
        label: t('language'),
        submenu: [
          { label: '中文（简体）', type: 'radio', checked: options.language === 'zh-CN', action: { kind: 'command', command: 'language:zh-CN' } },
          { label: 'English', type: 'radio', checked: options.language === 'en', action: { kind: 'command', command: 'language:en' } },
        ],
      },
    ],
  };

  const help: MenuItemSpec = { label: t('help'), submenu: [command(t('about'), 'about')] };

  if (!mac) return [file, edit, simulation, view, help];

  const appMenu: MenuItemSpec = {
    label: 'LaneSim',
    submenu: [
      command(t('about'), 'about'),
      separator,
      { label: t('hide'), role: 'hide', accelerator: 'Cmd+H' },
      { label: t('hideOthers'), role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
      { label: t('unhide'), role: 'unhide' },
      separator,
      { label: t('quit'), role: 'quit', accelerator: 'Cmd+Q' },
    ],
  };
  const windowMenu: MenuItemSpec = {
    label: t('window'),
    submenu: [{ label: t('minimize'), role: 'minimize', accelerator: 'Cmd+M' }, { label: t('close'), role: 'close' }, separator, { role: 'front' }],
  };
  return [appMenu, file, edit, simulation, view, windowMenu];
}
