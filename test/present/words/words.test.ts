/**
 * The words of both languages come from one place (present/words) and say the same things:
 * every table the UI, the replay, the sweep view, the report, the menus and the check names
 * use has the same keys in Chinese and English, and no word is left empty.
 */
import { describe, expect, it } from 'vitest';
import { isLanguage, LANGUAGES, label, WORDS } from '../../../present/words/index.js';

/** The dotted paths of every leaf in a nested table. */
function leaves(o: unknown, prefix = ''): [string, unknown][] {
  if (typeof o !== 'object' || o === null) return [[prefix, o]];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('words of both languages', () => {
  const tables = Object.keys(WORDS['zh-CN']) as (keyof (typeof WORDS)['zh-CN'])[];

  it.each(tables.filter((t) => t !== 'classes'))('%s: the same keys in zh-CN and en, none empty (a word may be a function of a number)', (table) => {
    const zh = leaves(WORDS['zh-CN'][table]);
    const en = leaves(WORDS.en[table]);
    expect(zh.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, word] of [...zh, ...en]) expect(typeof word === 'function' || (typeof word === 'string' && word.trim().length > 0), key).toBe(true);
  });

  it('translates class ids into Chinese; English shows the scenario labels', () => {
    expect(Object.keys(WORDS['zh-CN'].classes).length).toBeGreaterThan(0);
    expect(WORDS.en.classes).toEqual({});
  });

  it('has one list of languages, zh-CN first, and refuses anything else', () => {
    expect(LANGUAGES).toEqual(['zh-CN', 'en']);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage({ toString: () => 'en' })).toBe(false);
  });

  it('fills menu placeholders and leaves unknown ones visible', () => {
    expect(label('en', 'unsavedMessage', { title: 'plan.json' })).toContain('plan.json');
    expect(label('zh-CN', 'unsavedMessage', {})).toContain('{title}');
  });
});
