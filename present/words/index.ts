/**
 * Every word LaneSim shows, in both languages, from one place: the workbench's i18next
 * resources, the replay and sweep views' namespaces, the report and exported charts, the
 * desktop menus and dialogs, and the fallback names of checks and passenger classes.
 * The renderer hands these tables to i18next; the report, the menus and the command line
 * read them directly.
 */
import en from './en.json';
import zhCN from './zh-CN.json';
import { CHECK_NAMES } from './check-names.js';
import { MENU_WORDS } from './menu-words.js';
import { CLASS_NAMES, REPLAY_STRINGS } from './replay-words.js';
import { REPORT_STRINGS } from './report-words.js';
import { SWEEP_STRINGS } from './sweep-words.js';
import type { Language } from './languages.js';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages.js';
export { CHECK_NAMES } from './check-names.js';
export { label, languageFromLocale, MENU_WORDS, type LabelKey } from './menu-words.js';
export { CLASS_NAMES, REPLAY_STRINGS, type ReplayStrings } from './replay-words.js';
export { REPORT_LANGUAGES, REPORT_STRINGS, reportStrings, type ReportLanguage, type ReportStrings } from './report-words.js';
export { SWEEP_STRINGS } from './sweep-words.js';
export { PLAN_WORDS, type PlanWords } from './plan-words.js';

/** All of one language's words, by where they are shown. */
export const WORDS = {
  'zh-CN': { workbench: zhCN, replay: REPLAY_STRINGS['zh-CN'], sweep: SWEEP_STRINGS['zh-CN'], report: REPORT_STRINGS['zh-CN'], menu: MENU_WORDS['zh-CN'], checks: CHECK_NAMES['zh-CN'], classes: CLASS_NAMES['zh-CN'] },
  en: { workbench: en, replay: REPLAY_STRINGS.en, sweep: SWEEP_STRINGS.en, report: REPORT_STRINGS.en, menu: MENU_WORDS.en, checks: CHECK_NAMES.en, classes: CLASS_NAMES.en },
} satisfies Record<Language, Record<string, unknown>>;
