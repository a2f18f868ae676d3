/**
 * Menu and dialog words in the two UI languages. One table per language with the same keys
 * (the type makes a missing translation a compile error).
 */
import type { Language } from './languages.js';

const en = {
  file: 'File',
  new: 'New Scenario',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent files',
  save: 'Save',
  saveAs: 'Save As…',
  exportReport: 'Export Report…',
  quit: 'Quit',
  close: 'Close Window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  simulation: 'Simulation',
  run: 'Run',
  cancelRun: 'Stop Run',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Toggle Full Screen',
  devTools: 'Developer Tools',
  language: 'Language',
  window: 'Window',
  minimize: 'Minimize',
  help: 'Help',
  about: 'About LaneSim',
  hide: 'Hide LaneSim',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  unsavedTitle: 'Unsaved changes',
  unsavedMessage: 'Save changes to “{title}” before closing?',
  unsavedDetail: 'Your changes will be lost if you don’t save them.',
  saveButton: 'Save',
  discardButton: 'Don’t Save',
  cancelButton: 'Cancel',
  untitled: 'Untitled',
} as const;

export type LabelKey = keyof typeof en;

const zhCN: Record<LabelKey, string> = {
  file: '文件',
  new: '新建场景',
  open: '打开…',
  openRecent: '最近打开',
  noRecent: '没有最近打开的文件',
  save: '保存',
  saveAs: '另存为…',
  exportReport: '导出报告…',
  quit: '退出',
  close: '关闭窗口',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  simulation: '仿真',
  run: '运行',
  cancelRun: '停止运行',
  view: '视图',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  fullScreen: '切换全屏',
  devTools: '开发者工具',
  language: '语言',
  window: '窗口',
  minimize: '最小化',
  help: '帮助',
  about: '关于 LaneSim',
  hide: '隐藏 LaneSim',
  hideOthers: '隐藏其他',
  unhide: '全部显示',
  unsavedTitle: '未保存的更改',
  unsavedMessage: '关闭前是否保存对“{title}”的更改？',
  unsavedDetail: '如果不保存，您的更改将会丢失。',
  saveButton: '保存',
  discardButton: '不保存',
  cancelButton: '取消',
  untitled: '未命名',
};

/** The menu's tables, by language. */
export const MENU_WORDS: Record<Language, Record<LabelKey, string>> = { en, 'zh-CN': zhCN };

/** The label `key` in `language`, with `{name}` placeholders filled. */
export function label(language: Language, key: LabelKey, values: Record<string, string> = {}): string {
  return MENU_WORDS[language][key].replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/** The UI language to start with, from the OS locale, until the renderer says otherwise. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
