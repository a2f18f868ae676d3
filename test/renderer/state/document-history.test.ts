import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, documentText, editDocument, isDirty, loadDocument, markSaved, MERGE_WINDOW_MS, redo, sealHistory, undo } from '../../../renderer/state/document-history.js';
import { loadFixture } from '../fixtures.js';

const open = () => loadDocument(loadFixture('entry-classic'), { fileName: 'classic.json', saved: true });

describe('document history', () => {
  it('undoes and redoes an edit with patches, and tracks unsaved changes', () => {
    const d0 = open();
    expect(isDirty(d0)).toBe(false);
    const d1 = editDocument(d0, (s) => void (s.stations[1].label = 'Desks'), null, 0);
    expect(d1.scenario.stations[1].label).toBe('Desks');
    expect(d0.scenario.stations[1].label).toBe('Border desks');
    expect(isDirty(d1)).toBe(true);
    const d2 = undo(d1);
    expect(d2.scenario).toEqual(d0.scenario);
    expect(isDirty(d2)).toBe(false);
    expect(canRedo(d2)).toBe(true);
    const d3 = redo(d2);
    expect(d3.scenario.stations[1].label).toBe('Desks');
    expect(isDirty(d3)).toBe(true);
  });

  it('merges quick edits of one field into one step, but not across a seal or the window', () => {
    let d = open();
    d = editDocument(d, (s) => void (s.stations[0].servers = 3), 'stations[0].servers', 0);
    d = editDocument(d, (s) => void (s.stations[0].servers = 30), 'stations[0].servers', 100);
    expect(d.past).toHaveLength(1);
    d = sealHistory(d);
    d = editDocument(d, (s) => void (s.stations[0].servers = 4), 'stations[0].servers', 200);
    expect(d.past).toHaveLength(2);
    d = editDocument(d, (s) => void (s.stations[0].servers = 5), 'stations[0].servers', 200 + MERGE_WINDOW_MS + 1);
    expect(d.past).toHaveLength(3);
    d = undo(undo(d));
    expect(d.scenario.stations[0].servers).toBe(30);
    d = undo(d);
    expect(d.scenario.stations[0].servers).toBe(2);
    expect(canUndo(d)).toBe(false);
  });

  it('a new edit after undo drops the redo branch; saving moves the clean point', () => {
    let d = editDocument(open(), (s) => void (s.name = 'A'));
    d = undo(d);
    d = editDocument(d, (s) => void (s.name = 'B'));
    expect(canRedo(d)).toBe(false);
    d = markSaved(d, { fileName: 'b.json' });
    expect(isDirty(d)).toBe(false);
    expect(isDirty(undo(d))).toBe(true);
    expect(JSON.parse(documentText(d)).name).toBe('B');
  });

  it('an edit that changes nothing adds no step', () => {
    const d = open();
    const same = d.scenario.name;
    expect(editDocument(d, (s) => void (s.name = same))).toBe(d);
  });
});
