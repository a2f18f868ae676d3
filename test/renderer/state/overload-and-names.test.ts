/**
 * The editor's as-you-type check includes the offered load (the check `lanesim validate`
 * makes), at the station's servers field, with figures a UI words in its own language; and
 * the editor reads and writes names in the UI's language.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { displayNames, validateScenario, type Scenario } from '../../../sim/index.js';
import { editableName, editableScenarioName, setEditableName, setEditableScenarioName } from '../../../renderer/state/name-edits.js';
import { problemText } from '../../../renderer/state/problem-text.js';
import { validationOf } from '../../../renderer/state/validation.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

function bundled(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(`${ROOT}scenarios/${id}.json`, 'utf8')));
  if (!v.ok) throw new Error(id);
  return v.scenario;
}

describe('offered load while typing', () => {
  const classic = bundled('harbin-t1-entry-classic');
  const border = classic.stations.findIndex((s) => s.id === 'border');
  const twoDesks = produce(classic, (d) => void (d.stations[border].servers = 2));

  it('flags the station and field the CLI flags, with the same figures', () => {
    expect(validationOf(classic).ok).toBe(true);
    const v = validationOf(twoDesks);
    expect(v.ok).toBe(false);
    expect(v.runnable).toBe(true);
    const [e] = v.byPath.get(`stations[${border}].servers`) ?? [];
    expect(e?.code).toBe('overload');
    const file = `${ROOT}test-results/two-desks.json`;
    mkdirSync(`${ROOT}test-results`, { recursive: true });
    writeFileSync(file, JSON.stringify(twoDesks));
    const cli = spawnSync(process.execPath, [`${ROOT}bin/lanesim.mjs`, 'validate', file], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`${e?.path}: ${e?.message}`);
  });

  it('is worded in the UI language, with the station’s name in that language', () => {
    const [e] = validationOf(twoDesks).errors;
    const zhText = problemText(e, 'zh-CN', displayNames(twoDesks, 'zh-CN').station);
    expect(zhText).toContain(displayNames(twoDesks, 'zh-CN').station('border'));
    expect(zhText).toContain(String(e.values?.load));
    expect(zhText).toMatch(/供给负荷/);
    expect(zhText).not.toMatch(/offered load/i);
    const enText = problemText(e, 'en', displayNames(twoDesks, 'en').station);
    expect(enText).toMatch(/^offered load \d/);
    expect(enText).toContain(displayNames(twoDesks, 'en').station('border'));
  });
});

describe('names in the UI language', () => {
  const smart = bundled('harbin-t1-entry-smart');

  it('shows the Chinese names the file carries in Chinese and the labels in English', () => {
    expect(editableName(smart, 'zh-CN', 'stations', 'corridor')).toBe(displayNames(smart, 'zh-CN').station('corridor'));
    expect(editableName(smart, 'en', 'stations', 'corridor')).toBe(smart.stations.find((s) => s.id === 'corridor')?.label);
    expect(editableScenarioName(smart, 'zh-CN')).toBe(displayNames(smart, 'zh-CN').scenario);
    expect(editableScenarioName(smart, 'en')).toBe(smart.name);
  });

  it('writes a Chinese edit to the translation and leaves the English name alone', () => {
    const label = smart.stations.find((s) => s.id === 'corridor')?.label;
    const edited = produce(smart, (d) => {
      setEditableName(d, 'zh-CN', 'stations', 'corridor', '智慧通道');
      setEditableName(d, 'zh-CN', 'classes', 'citizen', '公民');
      setEditableScenarioName(d, 'zh-CN', '新场景');
    });
    expect(validateScenario(edited).ok).toBe(true);
    expect(displayNames(edited, 'zh-CN').station('corridor')).toBe('智慧通道');
    expect(displayNames(edited, 'zh-CN').passengerClass('citizen')).toBe('公民');
    expect(displayNames(edited, 'zh-CN').scenario).toBe('新场景');
    expect(edited.stations.find((s) => s.id === 'corridor')?.label).toBe(label);
    expect(edited.name).toBe(smart.name);
    const english = produce(edited, (d) => setEditableName(d, 'en', 'stations', 'corridor', 'Smart corridor'));
    expect(english.stations.find((s) => s.id === 'corridor')?.label).toBe('Smart corridor');
    expect(displayNames(english, 'zh-CN').station('corridor')).toBe('智慧通道');
  });

  it('treats an id such as __proto__ as an ordinary key', () => {
    const lane = produce(smart, (d) => void (d.stations[0].id = '__proto__'));
    const edited = produce(lane, (d) => setEditableName(d, 'zh-CN', 'stations', '__proto__', '原型'));
    const map = edited.translations?.['zh-CN']?.stations ?? {};
    expect(Object.hasOwn(map, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(editableName(edited, 'zh-CN', 'stations', '__proto__')).toBe('原型');
  });
});
