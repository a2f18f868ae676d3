/**
 * The one place the workbench's components get display names: the open document's (or a
 * given scenario's) stations, classes, checks and flights in the UI's current language, so
 * switching 中文/EN renames everything at once. Memoised per scenario object and language.
 */
import { useTranslation } from 'react-i18next';
import type { DisplayNames, Scenario } from '../../sim/index.js';
import type { Language } from '../host/host-api.js';
import { useDoc } from './context.js';
import { IDENTITY_NAMES, namesFor } from './names.js';

/** The UI's language as one of the workbench's two. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** A scenario's names in the UI's language (ids as they are when there is none). Needs no workbench. */
export function useScenarioNames(scenario: Scenario | null | undefined): DisplayNames {
  const lang = useUiLanguage();
  return scenario ? namesFor(scenario, lang) : IDENTITY_NAMES;
}

/** The open document's names in the UI's language. */
export function useDisplayNames(): DisplayNames {
  const doc = useDoc();
  return useScenarioNames(doc?.scenario);
}
