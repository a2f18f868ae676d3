import { describe, expect, it } from 'vitest';
import type { Language, MenuCommand } from '../../renderer/host/host-api';
import { menuCommandSchema } from '../../electron/contract/ipc-schemas';
import { label, languageFromLocale } from '../../present/words/menu-words';
import { type MenuItemSpec, buildMenuTemplate } from '../../electron/main/menu-template';

const recentFiles = [{ name: 'harbin-t1.json', path: '/plans/harbin-t1.json' }];

function flatten(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function byCommand(items: readonly MenuItemSpec[], command: MenuCommand): MenuItemSpec | undefined {
  return flatten(items).find((item) => item.action?.kind === 'command' && item.action.command === command);
}

describe.each<[Language, NodeJS.Platform]>([
  ['en', 'linux'],
  ['zh-CN', 'linux'],
  ['en', 'win32'],
  ['zh-CN', 'darwin'],
])('menu in %s on %s', (language, platform) => {
  const menu = buildMenuTemplate({ language, platform, recentFiles, developer: false });
  const items = flatten(menu);

  it('has the usual shortcuts on the usual commands', () => {
    expect(byCommand(menu, 'open')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byCommand(menu, 'save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(byCommand(menu, 'saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byCommand(menu, 'new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byCommand(menu, 'undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byCommand(menu, 'redo')?.accelerator).toBe(platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y');
    expect(byCommand(menu, 'run')?.accelerator).toBe('CmdOrCtrl+R');
    expect(items.find((item) => item.role === 'copy')?.accelerator).toBe('CmdOrCtrl+C');
  });

  it('sends only commands of the contract', () => {
    for (const item of items) if (item.action?.kind === 'command') expect(menuCommandSchema.safeParse(item.action.command).success).toBe(true);
    for (const command of ['new', 'open', 'save', 'saveAs', 'undo', 'redo', 'run', 'cancelRun', 'exportReport', 'language:zh-CN', 'language:en', 'about'] as const) {
      expect(byCommand(menu, command), command).toBeDefined();
    }
  });

  it('labels every visible item in the UI language', () => {
    const file = menu.find((item) => item.label === label(language, 'file'));
    expect(file?.label).toBe(language === 'zh-CN' ? '文件' : 'File');
    expect(byCommand(menu, 'saveAs')?.label).toBe(language === 'zh-CN' ? '另存为…' : 'Save As…');
    for (const item of items) if (item.type !== 'separator' && item.role !== 'front') expect(item.label, JSON.stringify(item)).toBeTruthy();
    if (language === 'zh-CN') {
      const english = items.filter((item) => item.label !== undefined && /^[A-Za-z ….]+$/.test(item.label) && !['LaneSim', 'English'].includes(item.label));
      expect(english.map((item) => item.label)).toEqual([]);
    }
  });

  it('marks the current language and lists recent files that open by path', () => {
    const radios = items.filter((item) => item.type === 'radio');
    expect(radios.filter((item) => item.checked).map((item) => item.action)).toEqual([{ kind: 'command', command: `language:${language}` }]);
    expect(items.find((item) => item.action?.kind === 'openRecent')).toEqual({ label: 'harbin-t1.json', action: { kind: 'openRecent', path: '/plans/harbin-t1.json' } });
  });

  it('has no reload (Ctrl+R runs the simulation) and no developer tools in a release', () => {
    expect(items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const accelerators = items.map((item) => item.accelerator).filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('follows platform conventions', () => {
    expect(menu[0].label).toBe(platform === 'darwin' ? 'LaneSim' : label(language, 'file'));
    expect(items.some((item) => item.role === 'quit')).toBe(true);
  });
});

it('shows a disabled placeholder without recent files, and developer tools in development', () => {
  const items = flatten(buildMenuTemplate({ language: 'zh-CN', platform: 'linux', recentFiles: [], developer: true }));
  expect(items.find((item) => item.label === '没有最近打开的文件')?.enabled).toBe(false);
  expect(items.some((item) => item.role === 'toggleDevTools')).toBe(true);
});

it('picks the starting language from the OS locale', () => {
  expect(languageFromLocale('zh-CN')).toBe('zh-CN');
  expect(languageFromLocale('zh-TW')).toBe('zh-CN');
  expect(languageFromLocale('en-GB')).toBe('en');
  expect(languageFromLocale('de')).toBe('en');
});
