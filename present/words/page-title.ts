/**
 * The page title in a language: the open document's display name, an unsaved mark, and the
 * workbench's name ("哈尔滨 T1 入境 — LaneSim · 旅检通道仿真工作台"), or the workbench's name alone.
 * One definition for the browser page and its tests; switching language retitles the page.
 */
import en from './en.json';
import zhCN from './zh-CN.json';
import type { Language } from './languages.js';

const APP_NAME: Record<Language, string> = { en: en.app.name, 'zh-CN': zhCN.app.name };

export function pageTitle(lang: Language, doc?: { title: string; dirty: boolean } | null): string {
  if (!doc) return APP_NAME[lang];
  return `${doc.dirty ? '● ' : ''}${doc.title} — ${APP_NAME[lang]}`;
}
