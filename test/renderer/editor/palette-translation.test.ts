/** A station added from the palette in the Chinese UI: English label in the file, Chinese name in translations, one undo step. */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../sim/index.js';
import { PRESETS } from '../../../renderer/editor/presets.js';
import { editDocument, loadDocument, undo } from '../../../renderer/state/document-history.js';
import { namesFor } from '../../../renderer/state/names.js';
import { insertPreset } from '../../../renderer/state/scenario-edits.js';
import { loadFixture } from '../fixtures.js';

describe('palette insert with a translated name', () => {
  it('writes the label and the zh-CN name in the same edit; undo removes both; the lane validates', () => {
    const doc = loadDocument(loadFixture('entry-smart'), { fileName: 'x.json', saved: true });
    expect(doc.scenario.translations).toBeUndefined();
    let id = '';
    const next = editDocument(doc, (d) => void (id = insertPreset(d, PRESETS[0], 'border', 'Manual passport desk', { lang: 'zh-CN', name: '人工查验台' })));
    expect(validateScenario(next.scenario).ok).toBe(true);
    const st = next.scenario.stations.find((x) => x.id === id);
    expect(st?.label).toBe('Manual passport desk');
    expect(next.scenario.translations?.['zh-CN']?.stations?.[id]).toBe('人工查验台');
    expect(namesFor(next.scenario, 'zh-CN').station(id)).toBe('人工查验台');
    expect(namesFor(next.scenario, 'en').station(id)).toBe('Manual passport desk');
    expect(next.past.length).toBe(1);
    const back = undo(next);
    expect(back.scenario.stations.some((x) => x.id === id)).toBe(false);
    expect(back.scenario.translations).toBeUndefined();
  });

  it('keeps existing translations and adds to them; in English no translation is written', () => {
    const s = loadFixture('entry-smart');
    const withTr = { ...s, translations: { 'zh-CN': { name: '智慧通道', stations: { border: '边检人工通道' } } } };
    const next = editDocument(loadDocument(withTr, { fileName: 'x.json', saved: true }), (d) => void insertPreset(d, PRESETS[1], null, 'Self-service e-gate', { lang: 'zh-CN', name: '自助查验闸机' }));
    const tr = next.scenario.translations?.['zh-CN'];
    expect(tr?.name).toBe('智慧通道');
    expect(tr?.stations?.border).toBe('边检人工通道');
    expect(Object.values(tr?.stations ?? {})).toContain('自助查验闸机');
    const en = editDocument(loadDocument(s, { fileName: 'x.json', saved: true }), (d) => void insertPreset(d, PRESETS[1], null, 'Self-service e-gate'));
    expect(en.scenario.translations).toBeUndefined();
  });
});
