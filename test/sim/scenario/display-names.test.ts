/** Display names in a language: translation, then the file's label, then the id. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { displayNames, validateScenario, type Scenario } from '../../../sim/index.js';
import { singleStation } from '../helpers.js';

function withTranslations(): Scenario {
  const s = singleStation({ ratePerHour: 60, meanService: 30, servers: 1 });
  s.stations[0].label = 'Border desks';
  s.stations[0].checks = ['border'];
  s.translations = { 'zh-CN': { name: '单站', stations: { desk: '边检人工通道' }, classes: { all: '全部旅客' }, checks: { border: '边检' } } };
  return s;
}

describe('displayNames', () => {
  test('uses the translation for the language, falls back to the label and then the id', () => {
    const s = withTranslations();
    const zh = displayNames(s, 'zh-CN');
    expect(zh.scenario).toBe('单站');
    expect(zh.station('desk')).toBe('边检人工通道');
    expect(zh.passengerClass('all')).toBe('全部旅客');
    expect(zh.check('border')).toBe('边检');
    expect(zh.check('radiation')).toBe('radiation');
    const en = displayNames(s, 'en');
    expect(en.scenario).toBe('M/M/1');
    expect(en.station('desk')).toBe('Border desks');
    expect(en.passengerClass('all')).toBe('all');
    expect(displayNames(s, 'zh').station('desk')).toBe('Border desks');
  });

  test('translations must name existing stations and classes, with a language tag', () => {
    const s = withTranslations() as Scenario & { translations: Record<string, unknown> };
    s.translations['zh-CN'] = { stations: { boarder: '边检' } };
    s.translations['not a tag'] = {};
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toContain('translations["not a tag"]');
    }
    delete s.translations['not a tag'];
    const r2 = validateScenario(s);
    expect(!r2.ok && r2.errors[0]).toMatchObject({ path: 'translations.zh-CN.stations.boarder', message: expect.stringMatching(/unknown station "boarder"/) });
  });

  test('every bundled scenario names every station and class in Chinese', () => {
    for (const file of ['harbin-t1-entry-classic', 'harbin-t1-entry-smart', 'harbin-t1-entry-smart-day', 'harbin-t1-exit-classic', 'harbin-t1-exit-merged', 'heihe-road-port']) {
      const v = validateScenario(JSON.parse(readFileSync(new URL(`../../../scenarios/${file}.json`, import.meta.url), 'utf8')));
      expect(v.ok, file).toBe(true);
      if (!v.ok) continue;
      const zh = v.scenario.translations?.['zh-CN'];
      expect(zh?.name, file).toMatch(/[\u4e00-\u9fff]/);
      for (const st of v.scenario.stations) expect(zh?.stations?.[st.id], `${file} ${st.id}`).toMatch(/[\u4e00-\u9fff]/);
      for (const c of v.scenario.classes) expect(zh?.classes?.[c.id], `${file} ${c.id}`).toMatch(/[\u4e00-\u9fff]/);
      for (const st of v.scenario.stations) for (const check of st.checks ?? []) expect(zh?.checks?.[check], `${file} ${check}`).toBeDefined();
      for (const st of v.scenario.stations) for (const alarm of st.alarms ?? []) expect(zh?.checks?.[alarm.check], `${file} alarm ${alarm.check}`).toBeDefined();
    }
  });
});
