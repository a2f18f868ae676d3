/**
 * Names as the editor shows and edits them: in the UI's language. In Chinese the editor
 * reads and writes the scenario's `translations["zh-CN"]` (falling back to the `label`, as
 * every view does), in English the `label` (the name field for the scenario). So a planner
 * working in Chinese sees the Chinese names the file carries and their edits land there,
 * never over the English ones. Ids are data: translation maps are read with `Object.hasOwn`
 * and rebuilt with `Object.fromEntries` (own data properties), so an id such as `__proto__`
 * is an ordinary key.
 */
import type { Draft } from 'immer';
import type { Scenario } from '../../sim/index.js';
import type { Language } from '../../present/words/languages.js';

export type NamedKind = 'stations' | 'classes';

type Translation = NonNullable<Scenario['translations']>[string];

function translationOf(s: Scenario, lang: Language): Translation | undefined {
  const all = s.translations;
  return all && Object.hasOwn(all, lang) ? all[lang] : undefined;
}

function own(map: Record<string, string> | undefined, key: string): string | undefined {
  return map && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** A copy of `map` with `key` set to `value` (or removed for null), as own data properties. */
function withOwn(map: Record<string, string> | undefined, key: string, value: string | null): Record<string, string> {
  const entries = Object.entries(map ?? {}).filter(([k]) => k !== key);
  return Object.fromEntries(value === null ? entries : [...entries, [key, value]]);
}

/** The draft's translation for `lang` (a language tag of the UI, never an id), created when missing. */
function translationDraft(d: Draft<Scenario>, lang: Language): Draft<Translation> {
  const all = (d.translations ??= {});
  if (!Object.hasOwn(all, lang)) all[lang] = {};
  return all[lang];
}

/** Whether edits in this language go to a translation (true) or to the base name (false). */
export function editsTranslation(lang: Language): boolean {
  return lang !== 'en';
}

/** The station's or class's name the editor shows in `lang`. */
export function editableName(s: Scenario, lang: Language, kind: NamedKind, id: string): string {
  const base = kind === 'stations' ? s.stations.find((x) => x.id === id)?.label : s.classes.find((x) => x.id === id)?.label;
  if (!editsTranslation(lang)) return base ?? '';
  return own(translationOf(s, lang)?.[kind], id) ?? base ?? '';
}

/** Writes a station's or class's name in `lang`; an empty name removes the translation. */
export function setEditableName(d: Draft<Scenario>, lang: Language, kind: NamedKind, id: string, value: string): void {
  if (!editsTranslation(lang)) {
    const item = kind === 'stations' ? d.stations.find((x) => x.id === id) : d.classes.find((x) => x.id === id);
    if (item) item.label = value;
    return;
  }
  const tr = translationDraft(d, lang);
  tr[kind] = withOwn(tr[kind], id, value === '' ? null : value);
}

/** The scenario's name the editor shows in `lang`. */
export function editableScenarioName(s: Scenario, lang: Language): string {
  return editsTranslation(lang) ? (translationOf(s, lang)?.name ?? s.name) : s.name;
}

/** Writes the scenario's name in `lang`. */
export function setEditableScenarioName(d: Draft<Scenario>, lang: Language, value: string): void {
  if (!editsTranslation(lang)) {
    d.name = value;
    return;
  }
  const tr = translationDraft(d, lang);
  if (value === '') delete tr.name;
  else tr.name = value;
}
