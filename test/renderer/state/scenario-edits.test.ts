import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../sim/index.js';
import { laneLayout } from '../../../present/lane/lane-layout.js';
import { PRESETS, freshId } from '../../../renderer/editor/presets.js';
import { deleteStation, insertPreset, renameStation } from '../../../renderer/state/scenario-edits.js';
import { loadFixture } from '../fixtures.js';

describe('lane edits', () => {
  it('inserts every palette preset after a station and the lane stays valid', () => {
    for (const preset of PRESETS) {
      const s = produce(loadFixture('entry-classic'), (d) => void insertPreset(d, preset, 'border', preset.id));
      const v = validateScenario(s);
      expect(v.ok, `${preset.id}: ${JSON.stringify(!v.ok && v.errors)}`).toBe(true);
      const border = s.stations.find((x) => x.id === 'border');
      const added = s.stations[s.stations.length - 1];
      expect(border?.next).toBe(added.id);
      expect(added.next).toBe('xray');
      expect(added.preset).toBe(preset.id);
    }
  });

  it('inserts before the exit when no station is selected', () => {
    const s = produce(loadFixture('entry-smart'), (d) => void insertPreset(d, PRESETS[0], null, 'desks'));
    expect(validateScenario(s).ok).toBe(true);
    expect(s.stations.filter((x) => x.next === 'desks').map((x) => x.id).sort()).toEqual(['border', 'egates']);
  });

  it('deletes a station and reconnects its predecessors; drops alarms to it', () => {
    const s = produce(loadFixture('entry-classic'), (d) => {
      deleteStation(d, 'xray');
      deleteStation(d, 'quarantine');
    });
    expect(validateScenario(s).ok).toBe(true);
    expect(s.stations.find((x) => x.id === 'border')?.next).toBe('customs');
    expect(s.stations.find((x) => x.id === 'temperature')?.alarms).toBeUndefined();
  });

  it('renames a station everywhere it is referenced', () => {
    const s = produce(loadFixture('entry-classic'), (d) => renameStation(d, 'secondary', 'search'));
    expect(validateScenario(s).ok).toBe(true);
    expect(JSON.stringify(s)).not.toContain('"secondary"');
  });

  it('keeps translated names with a renamed station and drops them with a deleted one', () => {
    const base = produce(loadFixture('entry-classic'), (d) => {
      d.translations = { 'zh-CN': { stations: { secondary: '开箱查验', xray: '海关X光机检' } } };
    });
    const renamed = produce(base, (d) => renameStation(d, 'secondary', 'search'));
    expect(validateScenario(renamed).ok).toBe(true);
    expect(renamed.translations?.['zh-CN'].stations).toEqual({ search: '开箱查验', xray: '海关X光机检' });
    const deleted = produce(base, (d) => deleteStation(d, 'xray'));
    expect(validateScenario(deleted).ok).toBe(true);
    expect(deleted.translations?.['zh-CN'].stations).toEqual({ secondary: '开箱查验' });
  });

  it('picks fresh ids', () => {
    expect(freshId('desks', ['desks', 'desks-2'])).toBe('desks-3');
    expect(freshId('gate', [])).toBe('gate');
  });
});

describe('lane layout', () => {
  it('puts the main flow in order and alarm-only or rare stations on the secondary row', () => {
    const layout = laneLayout(loadFixture('entry-classic'));
    const at = (id: string) => layout.nodes.find((n) => n.id === id);
    expect(['temperature', 'border', 'xray', 'customs'].map((id) => at(id)?.column)).toEqual([0, 1, 2, 3]);
    expect(at('quarantine')?.secondary).toBe(true);
    expect(at('secondary')?.secondary).toBe(true);
    expect(layout.exitColumn).toBe(4);
    expect(layout.edges.find((e) => e.from === 'customs' && e.to === 'secondary')?.label).toBe('5 %');
    expect(layout.edges.find((e) => e.kind === 'alarm' && e.from === 'temperature')?.label).toBe('temperature 1 %');
  });

  it('stacks class branches (e-gates and desks) in one column', () => {
    const layout = laneLayout(loadFixture('entry-smart'));
    const at = (id: string) => layout.nodes.find((n) => n.id === id);
    expect(at('egates')?.column).toBe(1);
    expect(at('border')?.column).toBe(1);
    expect(new Set([at('egates')?.row, at('border')?.row])).toEqual(new Set([0, 1]));
    expect(layout.edges.find((e) => e.to === 'egates')?.label).toBe('citizen 90 %');
    // No two nodes share a cell.
    const cells = layout.nodes.map((n) => `${n.column}:${n.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
});
