/**
 * The lane diagram fits the editor's column at 1366×768 (about 720 px for the smart entry
 * lane's four columns and the exit) with nodes still wide enough to read, scrolls rather than
 * shrink below that, and places edge labels so no two overlap.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Scenario } from '../../../sim/index.js';
import { boxOf, curveShape, diagramGeometry, drawEdges, labelWidth, MAX_NODE_W, MIN_NODE_W, placeLabels, type Box } from '../../../renderer/editor/diagram-geometry.js';
import { laneLayout } from '../../../present/lane/lane-layout.js';
import { namesFor } from '../../../renderer/state/names.js';

function bundled(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(fileURLToPath(new URL(`../../../scenarios/${id}.json`, import.meta.url)), 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x + a.w, b.x + b.w) > Math.max(a.x, b.x) && Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y);
}

const IDS = ['harbin-t1-entry-smart', 'harbin-t1-entry-classic', 'harbin-t1-exit-classic', 'harbin-t1-exit-merged', 'heihe-road-port'];

describe('lane diagram geometry', () => {
  it('fits the width it is given, down to legible nodes; unmeasured it uses the widest nodes', () => {
    const layout = laneLayout(bundled('harbin-t1-entry-smart'));
    expect(diagramGeometry(layout, null).nodeW).toBe(MAX_NODE_W);
    for (const available of [720, 800, 1000]) {
      const g = diagramGeometry(layout, available);
      expect(g.width, `${available}`).toBeLessThanOrEqual(available);
      expect(g.nodeW).toBeGreaterThanOrEqual(MIN_NODE_W);
      expect(g.nodeW).toBeLessThanOrEqual(MAX_NODE_W);
    }
    // Too narrow for four legible columns: the lane wraps onto bands below instead of scrolling.
    const narrow = diagramGeometry(layout, 400);
    expect(narrow.nodeW).toBeGreaterThanOrEqual(MIN_NODE_W);
    expect(narrow.bands).toBe(2);
    expect(narrow.width).toBeLessThanOrEqual(400);
  });

  it('wraps every bundled lane to the editor column at 1366×768 (720 px): no sideways scrolling, no two nodes on top of each other', () => {
    for (const id of IDS) {
      const layout = laneLayout(bundled(id));
      const g = diagramGeometry(layout, 720);
      expect(g.width, id).toBeLessThanOrEqual(720);
      expect(g.nodeW, id).toBeGreaterThanOrEqual(MIN_NODE_W);
      const boxes = [...layout.nodes.map((n) => boxOf(layout, g, n.id)), boxOf(layout, g, 'exit')].filter((b): b is NonNullable<typeof b> => b !== null);
      for (let i = 0; i < boxes.length; i++) {
        expect(boxes[i].x + boxes[i].w, id).toBeLessThanOrEqual(g.width);
        expect(boxes[i].y + boxes[i].h, id).toBeLessThanOrEqual(g.height);
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${id}: nodes ${i} and ${j}`).toBe(false);
      }
    }
    // The classic entry lane (six columns) takes two bands of three.
    const classic = diagramGeometry(laneLayout(bundled('harbin-t1-entry-classic')), 720);
    expect([classic.bands, classic.perBand]).toEqual([2, 3]);
  });

  it('places no two edge labels on top of each other, in either language, in every bundled lane at 720 px', () => {
    for (const id of IDS) {
      const s = bundled(id);
      for (const lang of ['zh-CN', 'en']) {
        const n = namesFor(s, lang);
        const layout = laneLayout(s, { passengerClass: n.passengerClass, check: n.check });
        const g = diagramGeometry(layout, 720);
        const boxes = drawEdges(layout, g).flatMap((e) => (e.label ? [e.label] : []));
        expect(boxes.length).toBe(layout.edges.filter((e) => e.label).length);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${id} ${lang}: labels ${i} and ${j}`).toBe(false);
          expect(boxes[i].x).toBeGreaterThanOrEqual(0);
          expect(boxes[i].x + boxes[i].w).toBeLessThanOrEqual(g.width);
        }
      }
    }
  });

  it('moves a label along its edge when the middle is taken', () => {
    const curve = [
      { x: 0, y: 50 },
      { x: 100, y: 50 },
      { x: 200, y: 50 },
      { x: 300, y: 50 },
    ] as const;
    const [a, b] = placeLabels(
      [
        { shape: curveShape([...curve]), text: 'citizen 85 %' },
        { shape: curveShape([...curve]), text: 'temperature 0.2 %' },
      ],
      [],
      { width: 300, height: 100 },
    );
    expect(overlaps(a, b)).toBe(false);
    expect(a.x + a.w / 2).toBeCloseTo(150, 0);
  });

  it('estimates CJK labels wider per character than Latin ones', () => {
    expect(labelWidth('中国公民')).toBeGreaterThan(labelWidth('abcd'));
  });
});
