/**
 * The two languages LaneSim speaks, zh-CN first (the planners it is built for). One
 * definition for the workbench, the replay, the menus, the report and the command line.
 */

export type Language = 'zh-CN' | 'en';

/** Every language, the default first. */
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Whether an untrusted value (a setting, a flag, a stored file) names one of our languages. */
export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}
