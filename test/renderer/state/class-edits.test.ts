import { describe, expect, it } from 'vitest';
import { editDocument, loadDocument, redo, undo, type DocumentState } from '../../../renderer/state/document-history.js';
import { addBagRow, bagProbabilitySum, removeBagRow, setBagField, setClassBags } from '../../../renderer/state/class-edits.js';
import { validationOf } from '../../../renderer/state/validation.js';
import { readFileSync } from 'node:fs';
import { validateScenario, type Scenario } from '../../../sim/index.js';

/** The bundled classic entry lane: its classes carry bags (0/1/2 with their probabilities). */
function harbinClassic(): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(new URL('../../../scenarios/harbin-t1-entry-classic.json', import.meta.url), 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

const open = (): DocumentState => loadDocument(harbinClassic(), { fileName: 'c.json', saved: true });

describe('bags per passenger', () => {
  it('the bundled lane has bags on its first class (what the editor shows)', () => {
    const bags = open().scenario.classes[0].bags;
    expect(bags?.length).toBeGreaterThan(1);
    expect(bagProbabilitySum(bags ?? [])).toBe(1);
  });

  it('a probability that breaks the sum is named at classes[i].bags, and undo takes it back', () => {
    const d0 = open();
    const before = d0.scenario.classes[0].bags?.[0].probability;
    const d1 = editDocument(d0, (d) => setBagField(d, 0, 0, 'probability', 0.9), 'classes[0].bags[0].probability', 0);
    const v1 = validationOf(d1.scenario);
    expect(v1.ok).toBe(false);
    expect(v1.byPath.get('classes[0].bags')?.[0]?.message).toMatch(/sum to 1/);
    const d2 = undo(d1);
    expect(d2.scenario.classes[0].bags?.[0].probability).toBe(before);
    expect(validationOf(d2.scenario).ok).toBe(true);
    expect(redo(d2).scenario.classes[0].bags?.[0].probability).toBe(0.9);
  });

  it('a count typed as text or twice is named at its cell', () => {
    const d = open();
    const bad = editDocument(d, (x) => setBagField(x, 0, 1, 'count', NaN), null, 0);
    expect(validationOf(bad.scenario).byPath.has('classes[0].bags[1].count')).toBe(true);
    const twice = editDocument(d, (x) => setBagField(x, 0, 1, 'count', d.scenario.classes[0].bags![0].count), null, 0);
    expect(validationOf(twice.scenario).byPath.get('classes[0].bags[1].count')?.[0]?.message).toMatch(/duplicate bag count/);
  });

  it('adding a row picks an unused count with probability 0, so the lane stays valid', () => {
    const d = editDocument(open(), (x) => addBagRow(x, 0), null, 0);
    const bags = d.scenario.classes[0].bags ?? [];
    const added = bags[bags.length - 1];
    expect(new Set(bags.map((b) => b.count)).size).toBe(bags.length);
    expect(added.probability).toBe(0);
    expect(validationOf(d.scenario).ok).toBe(true);
    expect(undo(d).scenario.classes[0].bags?.length).toBe(bags.length - 1);
  });

  it('turns bags off and on as one undo step each; removing the last row removes the list', () => {
    const off = editDocument(open(), (x) => setClassBags(x, 0, false), null, 0);
    expect(off.scenario.classes[0].bags).toBeUndefined();
    expect(validationOf(off.scenario).ok).toBe(true);
    const on = editDocument(off, (x) => setClassBags(x, 0, true), null, 0);
    expect(on.scenario.classes[0].bags).toEqual([{ count: 1, probability: 1 }]);
    const emptied = editDocument(on, (x) => removeBagRow(x, 0, 0), null, 0);
    expect(emptied.scenario.classes[0].bags).toBeUndefined();
    expect(undo(undo(undo(emptied))).scenario.classes[0].bags).toEqual(open().scenario.classes[0].bags);
  });
});
