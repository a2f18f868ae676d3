/**
 * Turns a frame's journey states into floor-plan coordinates: walkers on the line between
 * two stations, queued passengers on their queue's serpentine, served passengers on their
 * server slot. Pure arithmetic over typed arrays, written into buffers the caller owns, so
 * it runs every animation frame without allocating. Walkers get a small sideways offset
 * from their id so a flight's passengers read as a crowd, not one line.
 */
import { PaxState, type Frame } from './frame-model.js';
import { pointAlong, walkwayPoints, type FloorPlan } from './floor-plan.js';

/** A stable pseudo-random number in [0, 1) from a passenger id (Knuth's multiplicative hash). */
export function idJitter(pid: number): number {
  return ((Math.imul(pid + 1, 2654435761) >>> 0) % 65536) / 65536;
}

/** Position of queue place k at a station's serpentine (the head is nearest the servers). */
export function queuePosition(layout: FloorPlan, s: number, k: number, out: { x: number; y: number }): void {
  const st = layout.stations[s];
  const sp = layout.spacing;
  const cap = st.qCols * st.qRows;
  const kk = k < 0 ? 0 : k >= cap ? cap - 1 : k;
  const row = Math.floor(kk / st.qCols);
  const col = kk - row * st.qCols;
  const c = row % 2 === 0 ? col : st.qCols - 1 - col;
  out.x = st.qx + st.qw - sp / 2 - c * sp;
  out.y = st.qy + sp / 2 + row * sp;
}

const scratch = { x: 0, y: 0 };
const pts = new Float64Array(12);

/** Writes x, y for the frame's passengers [0, count) into `xs`, `ys`. */
export function placePassengers(frame: Frame, layout: FloorPlan, xs: Float32Array, ys: Float32Array): void {
  const stations = layout.stations;
  for (let i = 0; i < frame.count; i++) {
    const s = frame.station[i];
    const st = stations[s];
    const j = idJitter(frame.pid[i]);
    switch (frame.state[i]) {
      case PaxState.Walking: {
        const f = frame.from[i];
        const x0 = f < 0 ? layout.entranceX : stations[f].outX;
        const y0 = f < 0 ? layout.entranceY : stations[f].outY;
        const b0 = f < 0 ? 0 : stations[f].band;
        const n = walkwayPoints(layout, x0, y0, b0, st.inX, st.inY, st.band, pts);
        pointAlong(pts, n, frame.progress[i], scratch);
        // Walkers spread a little across the walkway's width.
        const off = (j - 0.5) * 10;
        xs[i] = scratch.x + off * 0.3;
        ys[i] = scratch.y + off;
        break;
      }
      case PaxState.Queued:
        queuePosition(layout, s, frame.slot[i], scratch);
        xs[i] = scratch.x;
        ys[i] = scratch.y;
        break;
      case PaxState.InService: {
        const k = frame.slot[i];
        if (k >= 0 && k < st.slots) {
          xs[i] = st.slotX[k];
          ys[i] = st.slotY[k];
        } else {
          xs[i] = st.x + st.w / 2;
          ys[i] = st.y + st.h / 2;
        }
        break;
      }
      case PaxState.InDelay:
        xs[i] = st.x + 10 + frame.progress[i] * (st.w - 20);
        ys[i] = st.y + 26 + j * (st.h - 36);
        break;
      case PaxState.WaitingBags: {
        const j2 = idJitter(frame.pid[i] * 7 + 3);
        xs[i] = st.qx + 4 + j * Math.max(0, st.qw - 8);
        ys[i] = st.qy + 4 + j2 * Math.max(0, st.qh - 8);
        break;
      }
      default: {
        const j2 = idJitter(frame.pid[i] * 7 + 3);
        xs[i] = st.x + 10 + j * (st.w - 20);
        ys[i] = st.y + 26 + j2 * (st.h - 36);
      }
    }
  }
}
