/**
 * i18next with the workbench's two languages. zh-CN is the default (the planners this is
 * built for); the choice is remembered by the Host (localStorage in a browser, the desktop
 * shell's settings in Electron) and read back before the first paint.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract/host-api.js';
import en from './en.json';
import zhCN from './zh-CN.json';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

/** Starts i18next synchronously (resources are bundled) in the given language. */
export function setupI18n(language: Language): i18n {
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  return i18next;
}
