/**
 * Where each station sits on the replay's floor plan, in abstract units the renderer
 * scales to its canvas. The lane flows left to right: a station's column is its longest
 * route from the entry (alarm routes included), stations reached only by alarms (secondary
 * inspection, quarantine) go below the main flow. Each queue station gets a serpentine
 * queue area in front of its servers, sized for the longest queue of the replay, so a
 * queued passenger's position maps to one dot.
 */
import { ModeCode, EXIT_INDEX, RouteCode, type CompiledLane } from '../scenario/compile.js';

export interface StationLayout {
  index: number;
  id: string;
  label: string;
  mode: ModeCode;
  checks: string[];
  /** Reached only through an alarm. */
  secondary: boolean;
  column: number;
  /** Station box. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Server slots (queue stations): centres, by slot index. */
  slots: number;
  slotX: Float32Array;
  slotY: Float32Array;
  slotSize: number;
  /** Queue area: head at the right, next to the box; serpentine of `qCols` per row. */
  qx: number;
  qy: number;
  qw: number;
  qh: number;
  qCols: number;
  qRows: number;
  /** Where walkers arrive (left of the queue area) and leave (right of the box). */
  inX: number;
  inY: number;
  outX: number;
  outY: number;
}

export interface LaneLayout {
  width: number;
  height: number;
  stations: StationLayout[];
  entranceX: number;
  entranceY: number;
  exitX: number;
  exitY: number;
  /** Distance between queued passengers; dots are drawn a little smaller. */
  spacing: number;
}

const SPACING = 10;
/** Room above a station for its two label lines, and between stations for labels and counts. */
const LABEL_H = 44;
export const GAP_X = 100;
const GAP_Y = 120;
const MARGIN = 60;
const SIDE = 110;

function targetsOf(lane: CompiledLane, s: number): { main: number[]; alarm: number[] } {
  const st = lane.stations[s];
  const r = st.route;
  const main = r.code === RouteCode.Fixed ? [r.target] : Array.from(r.targets);
  if (r.code === RouteCode.ByClass) main.push(r.target);
  return { main: main.filter((t) => t !== EXIT_INDEX), alarm: st.alarms.map((a) => a.target).filter((t) => t !== EXIT_INDEX) };
}

/**
 * Lays out the lane; `maxQueue` (by station, from the replay) sizes the queue areas so the
 * longest queue fits.
 */
export function layoutLane(lane: CompiledLane, maxQueue: ArrayLike<number>): LaneLayout {
  const n = lane.stations.length;
  // Columns: longest path from the entry (bounded relaxation, safe on cycles).
  const column = new Int32Array(n).fill(-1);
  column[lane.entry] = 0;
  const viaMain = new Uint8Array(n);
  viaMain[lane.entry] = 1;
  for (let iter = 0; iter < n; iter++) {
    let changed = false;
    for (let s = 0; s < n; s++) {
      if (column[s] < 0) continue;
      const { main, alarm } = targetsOf(lane, s);
      for (const t of main) {
        if (!viaMain[t] && viaMain[s]) {
          viaMain[t] = 1;
          changed = true;
        }
      }
      for (const t of [...main, ...alarm]) {
        if (column[t] < column[s] + 1 && column[s] + 1 < n) {
          column[t] = column[s] + 1;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  for (let s = 0; s < n; s++) if (column[s] < 0) column[s] = 0;

  // Sizes.
  const boxes = lane.stations.map((st, s) => {
    const servers = st.schedule?.max ?? 0;
    const slotRows = Math.max(1, Math.min(servers, 10));
    const slotCols = Math.max(1, Math.ceil(servers / 10));
    const slotSize = 16;
    const isQueue = st.mode === ModeCode.Queue;
    const w = isQueue ? Math.max(90, 30 + slotCols * (slotSize + 6)) : st.mode === ModeCode.Delay ? 170 : 130;
    const h = isQueue ? Math.max(70, 24 + slotRows * (slotSize + 4)) : 90;
    const q = st.mode === ModeCode.Delay ? 0 : Math.max(8, maxQueue[s] ?? 0);
    const qCols = st.mode === ModeCode.Delay ? 0 : Math.min(60, Math.max(12, Math.ceil(Math.sqrt(q * 2.5))));
    const qRows = st.mode === ModeCode.Delay ? 0 : Math.max(2, Math.ceil(q / qCols));
    const qw = qCols * SPACING;
    const qh = qRows * SPACING;
    return { servers, slotRows, slotCols, slotSize, w, h, qCols, qRows, qw, qh, secondary: !viaMain[s] };
  });

  const nCols = Math.max(...column) + 1;
  const colWidth = new Float64Array(nCols);
  for (let s = 0; s < n; s++) {
    const b = boxes[s];
    colWidth[column[s]] = Math.max(colWidth[column[s]], b.w + (b.qw > 0 ? b.qw + 16 : 0));
  }
  const colX = new Float64Array(nCols);
  let x = SIDE;
  for (let c = 0; c < nCols; c++) {
    colX[c] = x;
    x += colWidth[c] + GAP_X;
  }
  const width = x - GAP_X + SIDE;

  // Rows within a column: main flow first, then secondary stations.
  const order = lane.stations.map((_, s) => s).sort((a, b) => Number(boxes[a].secondary) - Number(boxes[b].secondary) || a - b);
  const colY = new Float64Array(nCols).fill(MARGIN);
  const stations: StationLayout[] = new Array(n);
  for (const s of order) {
    const st = lane.stations[s];
    const b = boxes[s];
    const c = column[s];
    const blockH = Math.max(b.h, b.qh) + LABEL_H;
    const top = colY[c] + LABEL_H;
    colY[c] += blockH + GAP_Y;
    const right = colX[c] + colWidth[c];
    const bx = right - b.w;
    const by = top + (Math.max(b.h, b.qh) - b.h) / 2;
    const slotX = new Float32Array(b.servers);
    const slotY = new Float32Array(b.servers);
    for (let k = 0; k < b.servers; k++) {
      const col = Math.floor(k / b.slotRows);
      const row = k % b.slotRows;
      const used = Math.min(b.slotRows, b.servers);
      slotX[k] = bx + b.w - 16 - (b.slotCols - 1 - col) * (b.slotSize + 6) - b.slotSize / 2;
      slotY[k] = by + b.h / 2 + (row - (used - 1) / 2) * (b.slotSize + 4);
    }
    const qx = bx - 16 - b.qw;
    const qy = top + (Math.max(b.h, b.qh) - b.qh) / 2;
    stations[s] = {
      index: s,
      id: st.id,
      label: st.label,
      mode: st.mode,
      checks: st.checks,
      secondary: b.secondary,
      column: c,
      x: bx,
      y: by,
      w: b.w,
      h: b.h,
      slots: b.servers,
      slotX,
      slotY,
      slotSize: b.slotSize,
      qx,
      qy,
      qw: b.qw,
      qh: b.qh,
      qCols: b.qCols,
      qRows: b.qRows,
      inX: b.qw > 0 ? qx - 6 : bx,
      inY: by + b.h / 2,
      outX: bx + b.w,
      outY: by + b.h / 2,
    };
  }
  const height = Math.max(...colY) - GAP_Y + MARGIN;
  const entry = stations[lane.entry];
  return {
    width,
    height,
    stations,
    entranceX: SIDE / 2,
    entranceY: entry.inY,
    exitX: width - SIDE / 2,
    exitY: entry.inY,
    spacing: SPACING,
  };
}

/**
 * Walkways are drawn and walked as elbows: out of the station, down or up in the gap right
 * after it, then straight to the next station's queue at its height. This keeps walkways
 * in the gaps between columns instead of cutting across stations.
 */
export function walkwayBend(x0: number, x1: number): number {
  return x1 > x0 ? x0 + Math.min(GAP_X / 2, (x1 - x0) / 2) : x0 + 20;
}

/** The point at fraction p (0..1, by length) along the walkway from (x0, y0) to (x1, y1). */
export function walkwayPoint(x0: number, y0: number, x1: number, y1: number, p: number, out: { x: number; y: number }): void {
  const xm = walkwayBend(x0, x1);
  const a = Math.abs(xm - x0);
  const b = Math.abs(y1 - y0);
  const c = Math.abs(x1 - xm);
  const total = a + b + c;
  let d = p * total;
  if (d <= a || total === 0) {
    out.x = x0 + (a > 0 ? (xm - x0) * (d / a) : 0);
    out.y = y0;
    return;
  }
  d -= a;
  if (d <= b) {
    out.x = xm;
    out.y = y0 + (y1 - y0) * (d / b);
    return;
  }
  d -= b;
  out.x = xm + (x1 - xm) * (c > 0 ? d / c : 1);
  out.y = y1;
}
