/** Turns the plain menu template into Electron's application menu. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuItemSpec } from '../menu-template';

function toElectron(spec: MenuItemSpec, onAction: (action: MenuAction) => void): MenuItemConstructorOptions {
  const { action, submenu, ...rest } = spec;
  return {
    ...rest,
    ...(submenu !== undefined ? { submenu: submenu.map((item) => toElectron(item, onAction)) } : {}),
    ...(action !== undefined ? { click: () => onAction(action) } : {}),
  };
}

/** Installs `template` as the app menu; `onAction` runs for items that are not roles. */
export function installMenu(template: readonly MenuItemSpec[], onAction: (action: MenuAction) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((item) => toElectron(item, onAction))));
}
