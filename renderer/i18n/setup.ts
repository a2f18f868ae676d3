/**
 * i18next with the workbench's two languages. zh-CN is the default (the planners this is
 * built for); the choice is remembered by the Host (localStorage in a browser, the desktop
 * shell's settings in Electron) and read back before the first paint.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../present/words/en.json';
import zhCN from '../../present/words/zh-CN.json';
import type { Language } from '../../present/words/languages.js';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from '../../present/words/languages.js';

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
