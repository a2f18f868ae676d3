import { describe, expect, it } from 'vitest';
import { laneLayout } from '../../../present/lane/lane-layout.js';
import { editDocument, loadDocument, redo, undo } from '../../../renderer/state/document-history.js';
import { stationsNotReached } from '../../../renderer/state/scenario-edits.js';
import { validationOf } from '../../../renderer/state/validation.js';
import { loadFixture } from '../fixtures.js';

const columnOf = (s: Parameters<typeof laneLayout>[0], id: string) => laneLayout(s).nodes.find((n) => n.id === id);

describe('the scenario entry', () => {
  it('moving the entry is one undo step and the lane diagram starts from it', () => {
    const d0 = loadDocument(loadFixture('entry-classic'), { fileName: 'c.json', saved: true });
    expect(columnOf(d0.scenario, 'temperature')?.column).toBe(0);
    const d1 = editDocument(d0, (d) => void (d.entry = 'border'), null, 0);
    expect(validationOf(d1.scenario).ok).toBe(true);
    expect(columnOf(d1.scenario, 'border')).toMatchObject({ column: 0, secondary: false });
    // The station that is now skipped is drawn aside, not in the main flow.
    expect(columnOf(d1.scenario, 'temperature')?.secondary).toBe(true);
    expect(stationsNotReached(d1.scenario)).toEqual(['temperature', 'quarantine']);
    const back = undo(d1);
    expect(back.scenario.entry).toBe('temperature');
    expect(columnOf(back.scenario, 'temperature')?.column).toBe(0);
    expect(stationsNotReached(back.scenario)).toEqual([]);
    expect(redo(back).scenario.entry).toBe('border');
  });

  it('an entry that names no station is reported at `entry`', () => {
    const d = editDocument(loadDocument(loadFixture('entry-classic'), { fileName: 'c.json', saved: true }), (x) => void (x.entry = 'nowhere'), null, 0);
    expect(validationOf(d.scenario).byPath.get('entry')?.[0]?.message).toMatch(/unknown station "nowhere"/);
  });
});
