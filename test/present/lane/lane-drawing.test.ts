/**
 * The lane diagram's layout (elkjs, layered) on every bundled lane and on the lanes the
 * consolidation library derives, in both languages, at the editor's column widths (1366×768
 * and 1920×1080), the report's column and unbounded: no edge segment passes through a box
 * that is not its end, no label covers a box or another label, nothing lies outside the
 * drawing. The old grid layout failed this on the smart, smart-day, corridor and exit lanes.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consolidate, split, type Scenario } from '../../../sim/index.js';
import { labelBox, layoutLaneDrawing } from '../../../present/lane/lane-drawing.js';
import { EXIT_ID } from '../../../present/lane/lane-layout.js';
import { namesFor } from '../../../renderer/state/names.js';
import { DIAGRAM_SIZES } from '../../../renderer/editor/lane-diagram.js';
import { bundled } from '../../sim/scenario/bundled.js';
import { drawingFaults, segmentCrossesBox } from './lane-geometry.js';

const FILES = readdirSync(fileURLToPath(new URL('../../../scenarios/', import.meta.url))).filter((f) => f.endsWith('.json'));

const NINE = ['c1-temperature', 'c2-radiation', 'c3-carry-on-scan', 'c4-face-capture', 'c5-document-precheck', 'c6-health-declaration', 'c7-quarantine-observation', 'c8-customs-risk', 'c9-border-precheck'];

/** Every bundled lane, and the consolidation pairs derived afresh (merged, and split back apart). */
function lanes(): Array<[string, Scenario]> {
  const out: Array<[string, Scenario]> = FILES.map((f) => [f, bundled(f)]);
  const exit = consolidate(bundled('harbin-t1-exit-classic.json'), { stations: ['customs-carryon', 'security'], baggageSystem: ['customs-checked'], into: 'joint-check', service: 'max', label: 'Joint check' }).scenario;
  const corridor = consolidate(bundled('harbin-t1-entry-nine-checks.json'), { stations: NINE, into: 'corridor', service: 'sum', label: 'Smart corridor' }).scenario;
  out.push(['consolidated exit (derived)', exit], ['corridor (derived)', corridor], ['corridor split back', split(corridor, 'corridor').scenario]);
  return out;
}

/** The editor's column at 1366×768 and 1920×1080, the report's column, and no bound. */
const WIDTHS = [720, 1200, 960, undefined];

describe('lane drawing (elkjs)', () => {
  it('routes every edge around the boxes and keeps labels off boxes, off each other and inside, on every bundled lane', async () => {
    expect(FILES.length).toBeGreaterThanOrEqual(9);
    for (const [name, scenario] of lanes()) {
      for (const lang of ['zh-CN', 'en']) {
        const n = namesFor(scenario, lang);
        for (const maxWidth of WIDTHS) {
          const d = await layoutLaneDrawing(scenario, { ...DIAGRAM_SIZES, maxWidth }, { passengerClass: n.passengerClass, check: n.check, perBag: lang === 'en' ? '/bag' : '/件' });
          expect(drawingFaults(d), `${name} ${lang} ${maxWidth ?? '∞'}`).toEqual([]);
          // Within the column: the editor never scrolls sideways.
          if (maxWidth !== undefined) expect(d.width, `${name} ${lang} ${maxWidth}`).toBeLessThanOrEqual(maxWidth);
          // Every station and the exit are drawn, every edge routed and every label placed.
          expect(d.nodes.map((x) => x.id).sort()).toEqual([...scenario.stations.map((s) => s.id), EXIT_ID].sort());
          expect(d.edges.filter((e) => e.edge.label).every((e) => e.label !== null)).toBe(true);
        }
      }
    }
  }, 300_000);

  it('runs left to right when the lane fits, in rows or top to bottom when it does not, within the width either way', async () => {
    // The classic lane is much shorter in rows; the smart lane little (its branches would cross the cuts): it runs down.
    const classic = await layoutLaneDrawing(bundled('harbin-t1-entry-classic.json'), { ...DIAGRAM_SIZES, maxWidth: 720 });
    expect([classic.direction, classic.width <= 720]).toEqual(['wrap', true]);
    const smart = bundled('harbin-t1-entry-smart.json');
    const wide = await layoutLaneDrawing(smart, DIAGRAM_SIZES);
    expect(wide.direction).toBe('right');
    const narrow = await layoutLaneDrawing(smart, { ...DIAGRAM_SIZES, maxWidth: 720 });
    expect(narrow.direction).toBe('down');
    expect(narrow.width).toBeLessThanOrEqual(720);
    const fits = await layoutLaneDrawing(smart, { ...DIAGRAM_SIZES, maxWidth: wide.width });
    expect([fits.direction, fits.width]).toEqual(['right', wide.width]);
    // Flow order: the entry comes first (top row), the exit last (bottom row).
    const at = (id: string) => narrow.nodes.find((x) => x.id === id)!;
    expect(at('corridor').y).toBeLessThan(at('border').y);
    expect(at(EXIT_ID).y).toBeGreaterThan(Math.max(...narrow.nodes.filter((x) => x.id !== EXIT_ID).map((x) => x.y)));
  });

  it('wraps the nine-check lane into rows that read on a 1366×768 screen (it was 2,436 px top to bottom)', async () => {
    const nine = bundled('harbin-t1-entry-nine-checks.json');
    for (const lang of ['zh-CN', 'en']) {
      const n = namesFor(nine, lang);
      const names = { passengerClass: n.passengerClass, check: n.check, perBag: lang === 'en' ? '/bag' : '/件' };
      // Bounds: the editor's column at 1366×768 (720 px), the report's (960 px) and at 1920×1080 (1200 px).
      for (const [maxWidth, maxHeight] of [
        [720, 1350],
        [960, 900],
        [1200, 650],
      ]) {
        const d = await layoutLaneDrawing(nine, { ...DIAGRAM_SIZES, maxWidth }, names);
        expect(d.direction, `${lang} ${maxWidth}`).toBe('wrap');
        expect(d.width, `${lang} ${maxWidth}`).toBeLessThanOrEqual(maxWidth);
        expect(d.height, `${lang} ${maxWidth}`).toBeLessThanOrEqual(maxHeight);
        // Read row by row: the first check opens the top row; the checks go on down the rows, and the exit comes after the last.
        const at = (id: string) => d.nodes.find((x) => x.id === id)!;
        expect(at('c1-temperature').y).toBe(Math.min(...d.nodes.map((x) => x.y)));
        const ys = NINE.map((id) => at(id).y);
        expect(ys, `${lang} ${maxWidth}`).toEqual([...ys].sort((a, b) => a - b));
        expect(at(EXIT_ID).y).toBeGreaterThanOrEqual(at('c9-border-precheck').y);
      }
    }
  }, 60_000);

  it('labels each edge with its class share or alarm, the box big enough for the text (CJK wider than Latin)', async () => {
    const smart = bundled('harbin-t1-entry-smart.json');
    const zh = namesFor(smart, 'zh-CN');
    const d = await layoutLaneDrawing(smart, DIAGRAM_SIZES, { passengerClass: zh.passengerClass, check: zh.check, perBag: '/件' });
    const label = (text: string) => d.edges.find((e) => e.edge.label === text);
    expect(label('中国公民 85 %')?.edge.kind).toBe('branch');
    expect(label('体温检测 0.2 %')?.edge).toMatchObject({ kind: 'alarm', to: 'quarantine' });
    expect(label('行李机检 3 %/件')?.edge).toMatchObject({ kind: 'alarm', from: 'reclaim', to: 'customs-inspection' });
    // The label sits by its own edge: its box is within reach of the route.
    for (const e of d.edges.filter((x) => x.label)) {
      const l = e.label!;
      const grown = { x: l.x - 8, y: l.y - 8, w: l.w + 16, h: l.h + 16 };
      expect(e.points.some((p, i) => i > 0 && segmentCrossesBox(e.points[i - 1], p, grown, 0)), e.edge.label).toBe(true);
    }
    expect(labelBox('中国公民', 12).w).toBeGreaterThan(labelBox('abcd', 12).w);
    expect(labelBox('体温检测 0.2 %', 12).w).toBe(label('体温检测 0.2 %')!.label!.w);
  });

  it('the geometric check catches an edge through a box and a label on a box', () => {
    const box = { x: 100, y: 0, w: 50, h: 50 };
    expect(segmentCrossesBox({ x: 0, y: 25 }, { x: 300, y: 25 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 60 }, { x: 300, y: 60 }, box)).toBe(false);
    // Touching the border is not passing through.
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 300, y: 0 }, box)).toBe(false);
    const faults = drawingFaults({
      width: 300,
      height: 100,
      direction: 'right',
      nodes: [
        { id: 'a', x: 0, y: 0, w: 40, h: 40, secondary: false },
        { id: 'b', x: 100, y: 0, w: 40, h: 40, secondary: false },
        { id: 'exit', x: 200, y: 0, w: 40, h: 40, secondary: false },
      ],
      edges: [{ edge: { from: 'a', to: 'exit', kind: 'branch', label: 'x' }, points: [{ x: 40, y: 20 }, { x: 200, y: 20 }], label: { x: 110, y: 10, w: 20, h: 10 } }],
    });
    expect(faults).toEqual(['a→exit "x": segment 1 passes through b', 'a→exit "x": label over b']);
  });
});
