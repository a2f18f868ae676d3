import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../sim/index.js';
import { buildReplayModel, computeFrame, createFrame, layoutFloorPlan, placePassengers, queuePosition, rebuildTrace } from '../../../sim/replay/index.js';
import { loadFixture } from './helpers.js';

const scenario = loadFixture();
const lane = compileScenario(scenario);
const { log } = rebuildTrace(scenario, 11, 400_000);
const model = buildReplayModel(scenario, log);

type Rect = { x0: number; y0: number; x1: number; y1: number };
function blocks(layout: ReturnType<typeof layoutFloorPlan>): Rect[] {
  return layout.stations.map((st) => ({ x0: Math.min(st.qx, st.x), y0: Math.min(st.qy, st.y), x1: st.x + st.w, y1: Math.max(st.qy + st.qh, st.y + st.h) }));
}

describe('floor plan', () => {
  for (const aspect of [2, 1, 0.6]) {
    it(`lays stations out without overlaps, inside the plan (canvas aspect ${aspect})`, () => {
      const layout = layoutFloorPlan(lane, model.curve.maxQueueByStation, aspect);
      const rects = blocks(layout);
      rects.forEach((a, i) => {
        expect(a.x0 >= 0 && a.y0 >= 0 && a.x1 <= layout.width && a.y1 <= layout.height).toBe(true);
        rects.forEach((b, j) => {
          if (j <= i) return;
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${layout.stations[i].id} overlaps ${layout.stations[j].id}`).toBe(false);
        });
      });
      // Every queue place of the longest queue fits its area, and walkers stay on the plan.
      const p = { x: 0, y: 0 };
      layout.stations.forEach((st, s) => {
        for (let k = 0; k < model.curve.maxQueueByStation[s]; k++) {
          if (st.mode !== 0) break;
          queuePosition(layout, s, k, p);
          expect(p.x > st.qx && p.x < st.qx + st.qw && p.y > st.qy && p.y < st.qy + st.qh).toBe(true);
        }
      });
      const frame = createFrame(model.index);
      const xs = new Float32Array(frame.pid.length);
      const ys = new Float32Array(frame.pid.length);
      for (let t = model.index.tStart; t < model.index.tEnd; t += 97) {
        computeFrame(model.index, t, frame);
        placePassengers(frame, layout, xs, ys);
        for (let i = 0; i < frame.count; i++) expect(xs[i] >= 0 && xs[i] <= layout.width && ys[i] >= 0 && ys[i] <= layout.height).toBe(true);
      }
    });
  }

  it('wraps a long lane onto bands when the canvas is narrow, and keeps it on one band when wide', () => {
    const wide = layoutFloorPlan(lane, model.curve.maxQueueByStation, 4);
    const narrow = layoutFloorPlan(lane, model.curve.maxQueueByStation, 0.6);
    expect(wide.bandTop.length).toBe(1);
    expect(narrow.bandTop.length).toBeGreaterThan(1);
    expect(narrow.width).toBeLessThan(wide.width);
    // Alarm-only stations sit below the main flow of their column.
    const quarantine = narrow.stations.find((s) => s.id === 'quarantine')!;
    expect(quarantine.secondary).toBe(true);
    const sameColumn = narrow.stations.filter((s) => s.column === quarantine.column && !s.secondary);
    for (const s of sameColumn) expect(s.y).toBeLessThan(quarantine.y);
  });
});
