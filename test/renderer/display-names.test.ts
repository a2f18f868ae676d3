/**
 * The workbench names a scenario's stations, classes, checks and runs in the UI's language
 * through one cache (renderer/state/names.ts); the diagram's edge labels, the replay's names
 * (with its own table as fallback) and the sweep's parameter labels all read from it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../../sim/index.js';
import { laneLayout } from '../../present/lane/lane-layout.js';
import { bundledTitle, IDENTITY_NAMES, namesFor, runTitle } from '../../renderer/state/names.js';
import { replayNames } from '../../renderer/replay/replay-names.js';
import { choiceLabel, metricLabelOf, paramLabel } from '../../renderer/sweep/labels.js';
import { paramChoices } from '../../renderer/sweep/param-choices.js';
import { loadFixture } from './fixtures.js';

const SMART_JSON = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/harbin-t1-entry-smart.json', import.meta.url)), 'utf8')) as unknown;

function smart(): Scenario {
  const v = validateScenario(SMART_JSON);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

/** A t() that shows its key and options, enough to see which names went in. */
const fakeT = ((key: string, o?: Record<string, unknown>) => `${key}${o ? ` ${JSON.stringify(o)}` : ''}`) as unknown as Parameters<typeof choiceLabel>[0];

describe('names in the UI language', () => {
  it('names stations, classes, checks and the scenario in Chinese and in English (label), ids as the last resort', () => {
    const s = smart();
    const zh = namesFor(s, 'zh-CN');
    const en = namesFor(s, 'en');
    expect(zh.station('border')).toBe('边检人工通道');
    expect(en.station('border')).toBe('Border desks');
    expect(zh.passengerClass('foreign')).toBe('外国旅客');
    expect(en.passengerClass('foreign')).toBe(s.classes.find((c) => c.id === 'foreign')?.label);
    expect(zh.check('temperature')).toBe('体温检测');
    expect(en.check('temperature')).toBe('Temperature');
    // Checks the scenario does not translate (e.g. from a palette preset) take LaneSim's own names.
    expect(zh.check('customs-xray')).toBe('海关X光机检');
    expect(en.check('security-xray')).toBe('Security X-ray');
    expect(zh.check('made-up-check')).toBe('made-up-check');
    expect(zh.scenario).toBe('哈尔滨T1入境 — 智慧旅检通道');
    expect(en.scenario).toBe(s.name);
    expect(zh.station('no-such-station')).toBe('no-such-station');
    expect(IDENTITY_NAMES.station('x')).toBe('x');
  });

  it('keeps one names object per scenario object and language; an edited scenario gets fresh names', () => {
    const s = smart();
    expect(namesFor(s, 'zh-CN')).toBe(namesFor(s, 'zh-CN'));
    expect(namesFor(s, 'en')).not.toBe(namesFor(s, 'zh-CN'));
    const edited = produce(s, (d) => void (d.translations!['zh-CN'].stations!.border = '人工柜台'));
    expect(namesFor(edited, 'zh-CN').station('border')).toBe('人工柜台');
    expect(namesFor(s, 'zh-CN').station('border')).toBe('边检人工通道');
  });

  it('names a run by its scenario in the language asked, and the bundled picker entries too', () => {
    const s = smart();
    const at = new Date(2025, 0, 1, 14, 5, 12).getTime();
    expect(runTitle({ scenario: s, finishedAt: at, changes: [] }, 'zh-CN')).toBe('哈尔滨T1入境 — 智慧旅检通道 · 14:05:12');
    expect(runTitle({ scenario: s, finishedAt: at, changes: [] }, 'en')).toBe(`${s.name} · 14:05:12`);
    // A run of the lane with more desks than its file says so in its name.
    const changes = [{ station: 'border', field: 'servers', before: '8', after: '10' }];
    expect(runTitle({ scenario: s, finishedAt: at, changes }, 'zh-CN')).toBe('哈尔滨T1入境 — 智慧旅检通道 · 边检人工通道 8 → 10 · 14:05:12');
    expect(runTitle({ scenario: s, finishedAt: at, changes }, 'en')).toBe(`${s.name} · Border desks 8 → 10 · 14:05:12`);
    expect(bundledTitle({ json: SMART_JSON, name: 'file name' }, 'zh-CN')).toBe('哈尔滨T1入境 — 智慧旅检通道');
    expect(bundledTitle({ json: SMART_JSON, name: 'file name' }, 'en')).toBe(s.name);
    // A file that does not validate keeps the name written in it.
    expect(bundledTitle({ json: { name: 'broken' }, name: 'broken' }, 'zh-CN')).toBe('broken');
  });

  it('labels the diagram’s edges with class and check names in the language (the smart lane in Chinese)', () => {
    const s = smart();
    const zh = namesFor(s, 'zh-CN');
    const labels = laneLayout(s, { passengerClass: zh.passengerClass, check: zh.check, perBag: '/件' }).edges.map((e) => e.label);
    expect(labels).toContain('中国公民 85 %');
    expect(labels).toContain('体温检测 0.2 %');
    expect(labels).toContain('行李机检 3 %/件');
    // Without names: ids, as before.
    expect(laneLayout(s).edges.map((e) => e.label)).toContain('citizen 85 %');
  });

  it('replay names: the scenario’s translations first, the replay’s own table for what it does not translate', () => {
    const s = smart();
    const zh = replayNames(s, 'zh-CN');
    expect(zh.station('border')).toBe('边检人工通道');
    expect(zh.check('radiation')).toBe('核辐射探测'); // the scenario's word, not the table's 核辐射检测
    expect(zh.check('baggage-xray')).toBe('行李机检'); // the scenario's word
    expect(zh.check('security-xray')).toBe('安检X光机检'); // untranslated by the scenario: the table
    expect(zh.check('made-up')).toBe('made-up');
    expect(zh.passengerClass('crew')).toBe('机组人员');
    const en = replayNames(s, 'en');
    expect(en.station('border')).toBe('Border desks');
    expect(en.check('temperature')).toBe('Temperature');
    // A lane written only in English still reads in Chinese through the table.
    const plain = replayNames(loadFixture('entry-smart'), 'zh-CN');
    expect(plain.passengerClass('citizen')).toBe('中国公民');
    expect(plain.check('temperature')).toBe('体温检测');
  });

  it('sweep labels name the station and check of a parameter, and the station of a metric', () => {
    const s = smart();
    const zh = namesFor(s, 'zh-CN');
    const servers = paramChoices(s).find((c) => c.path === 'stations[id=border].servers');
    expect(servers && choiceLabel(fakeT, servers, zh)).toContain('"owner":"边检人工通道"');
    expect(paramLabel(fakeT, s, 'stations[id=corridor].alarms[check=temperature].probability', zh)).toContain('"check":"体温检测"');
    expect(paramLabel(fakeT, s, 'stations[id=border].servers', namesFor(s, 'en'))).toContain('"owner":"Border desks"');
    expect(metricLabelOf(fakeT, 'p95Wait', 'border', zh)).toBe('metrics.p95Wait · 边检人工通道');
    expect(metricLabelOf(fakeT, 'p95', 'border', zh)).toBe('metrics.p95');
  });
});
