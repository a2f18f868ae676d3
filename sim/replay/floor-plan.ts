/**
 * The replay's floor plan: where each station, its servers and its queue area sit, in
 * abstract units the renderer scales to its canvas. Not the editor's diagram
 * (present/lane/lane-drawing.ts, boxes and routes laid out by elkjs; sim/ cannot import
 * present/, and a box diagram has no room for queues): the floor plan works on
 * the compiled lane and sizes each queue area for the replay's longest queue, because the
 * frame model (place-passengers.ts) puts every passenger on it as one dot. The lane flows left to right: a station's column is its longest
 * route from the entry (alarm routes included), stations reached only by alarms (secondary
 * inspection, quarantine) go below the main flow. Each queue station gets a serpentine
 * queue area in front of its servers, sized for the longest queue of the replay, so a
 * queued passenger's position maps to one dot.
 */
import { ModeCode, type CompiledLane } from '../scenario/compile.js';
import { compiledTargets } from '../scenario/lane-graph.js';

export interface StationLayout {
  index: number;
  id: string;
  label: string;
  mode: ModeCode;
  checks: string[];
  /** Reached only through an alarm. */
  secondary: boolean;
  column: number;
  /** Band (row of columns) when a long lane is wrapped onto several bands. */
  band: number;
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

export interface FloorPlan {
  width: number;
  height: number;
  stations: StationLayout[];
  entranceX: number;
  entranceY: number;
  exitX: number;
  exitY: number;
  exitBand: number;
  /** Top of each band; walkways between bands run in the corridor just above a band. */
  bandTop: number[];
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
const BAND_GAP = 80;
/** Canvas proportions the wrapping aims for (width : height); the replay canvas is about 2 : 1. */
const TARGET_ASPECT = 2;

/**
 * Lays out the lane; `maxQueue` (by station, from the replay) sizes the queue areas so the
 * longest queue fits.
 */
export function layoutFloorPlan(lane: CompiledLane, maxQueue: ArrayLike<number>, aspect = TARGET_ASPECT): FloorPlan {
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
      const { main, alarm } = compiledTargets(lane, s);
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
  const colHeight = new Float64Array(nCols);
  for (let s = 0; s < n; s++) {
    const b = boxes[s];
    colWidth[column[s]] = Math.max(colWidth[column[s]], b.w + (b.qw > 0 ? b.qw + 16 : 0));
    colHeight[column[s]] += Math.max(b.h, b.qh) + LABEL_H + GAP_Y;
  }
  // Wrap long lanes onto bands when that shows them bigger on a canvas of this aspect.
  const bandOf = chooseBands(colWidth, colHeight, aspect);
  const nBands = bandOf[nCols - 1] + 1;
  const colX = new Float64Array(nCols);
  const bandHeight = new Float64Array(nBands);
  let width = 0;
  let x = SIDE;
  for (let c = 0; c < nCols; c++) {
    if (c > 0 && bandOf[c] !== bandOf[c - 1]) x = SIDE;
    colX[c] = x;
    x += colWidth[c] + GAP_X;
    width = Math.max(width, x - GAP_X + SIDE);
    bandHeight[bandOf[c]] = Math.max(bandHeight[bandOf[c]], colHeight[c] - GAP_Y);
  }
  const bandTop: number[] = [];
  let y = MARGIN;
  for (let b = 0; b < nBands; b++) {
    bandTop.push(y);
    y += bandHeight[b] + BAND_GAP;
  }

  // Rows within a column: main flow first, then secondary stations.
  const order = lane.stations.map((_, s) => s).sort((a, b) => Number(boxes[a].secondary) - Number(boxes[b].secondary) || a - b);
  const colY = Float64Array.from(bandOf, (b) => bandTop[b]);
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
      band: bandOf[c],
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
  const height = y - BAND_GAP + MARGIN;
  const entry = stations[lane.entry];
  // The exit sits after the last column, at the height of its first station.
  const lastCol = stations.filter((st) => st.column === nCols - 1).sort((a, b) => a.y - b.y)[0] ?? entry;
  return {
    width,
    height,
    stations,
    entranceX: SIDE / 2,
    entranceY: entry.inY,
    exitX: lastCol.outX + SIDE / 2,
    exitY: lastCol.outY,
    exitBand: lastCol.band,
    bandTop,
    spacing: SPACING,
  };
}

/** Band of each column: 1 to 3 bands of contiguous columns, whichever shows the lane biggest. */
function chooseBands(colWidth: Float64Array, colHeight: Float64Array, aspect: number): Int32Array {
  const nCols = colWidth.length;
  let best = new Int32Array(nCols);
  let bestScale = 0;
  let total = 0;
  for (let c = 0; c < nCols; c++) total += colWidth[c] + GAP_X;
  for (let bands = 1; bands <= Math.min(3, nCols); bands++) {
    const bandOf = new Int32Array(nCols);
    let acc = 0;
    let b = 0;
    for (let c = 0; c < nCols; c++) {
      const w = colWidth[c] + GAP_X;
      // Start a new band once this one holds its share of the width.
      if (acc > 0 && b < bands - 1 && acc + w / 2 > (total / bands) * (b + 1)) b++;
      bandOf[c] = b;
      acc += w;
    }
    let W = 0;
    let H = 2 * MARGIN - BAND_GAP;
    for (let k = 0; k <= bandOf[nCols - 1]; k++) {
      let bw = 2 * SIDE - GAP_X;
      let bh = 0;
      for (let c = 0; c < nCols; c++) {
        if (bandOf[c] !== k) continue;
        bw += colWidth[c] + GAP_X;
        bh = Math.max(bh, colHeight[c] - GAP_Y);
      }
      W = Math.max(W, bw);
      H += bh + BAND_GAP;
    }
    const scale = Math.min(aspect / W, 1 / H);
    // A wrapped lane reads less directly: wrap only for a clear gain.
    if (scale > bestScale * 1.15) {
      bestScale = scale;
      best = bandOf;
    }
  }
  return best;
}

/**
 * Walkways are drawn and walked as elbows: out of the station, along the gap right after
 * it, then straight to the next station's queue at its height. A walkway to another band
 * (or backwards) runs through the corridor above the band instead, so walkways stay in the
 * gaps rather than cutting across stations. Writes up to 6 points (x, y pairs) into `out`
 * and returns how many.
 */
export function walkwayPoints(layout: FloorPlan, x0: number, y0: number, band0: number, x1: number, y1: number, band1: number, out: Float64Array): number {
  out[0] = x0;
  out[1] = y0;
  if (band0 === band1 && x1 >= x0) {
    const xm = x0 + Math.min(GAP_X / 2, (x1 - x0) / 2);
    out[2] = xm;
    out[3] = y0;
    out[4] = xm;
    out[5] = y1;
    out[6] = x1;
    out[7] = y1;
    return 4;
  }
  const lower = Math.max(band0, band1);
  const yc = layout.bandTop[lower] - (lower > 0 ? BAND_GAP / 2 : MARGIN / 3);
  const g = GAP_X / 2;
  out[2] = x0 + g;
  out[3] = y0;
  out[4] = x0 + g;
  out[5] = yc;
  out[6] = x1 - g / 2;
  out[7] = yc;
  out[8] = x1 - g / 2;
  out[9] = y1;
  out[10] = x1;
  out[11] = y1;
  return 6;
}

/** The point at fraction p (0..1, by length) along a polyline of n points. */
export function pointAlong(pts: Float64Array, n: number, p: number, out: { x: number; y: number }): void {
  let total = 0;
  for (let i = 1; i < n; i++) total += Math.abs(pts[2 * i] - pts[2 * i - 2]) + Math.abs(pts[2 * i + 1] - pts[2 * i - 1]);
  let d = p * total;
  for (let i = 1; i < n; i++) {
    const len = Math.abs(pts[2 * i] - pts[2 * i - 2]) + Math.abs(pts[2 * i + 1] - pts[2 * i - 1]);
    if (d <= len || i === n - 1) {
      const f = len > 0 ? Math.min(1, d / len) : 1;
      out.x = pts[2 * i - 2] + (pts[2 * i] - pts[2 * i - 2]) * f;
      out.y = pts[2 * i - 1] + (pts[2 * i + 1] - pts[2 * i - 1]) * f;
      return;
    }
    d -= len;
  }
  out.x = pts[0];
  out.y = pts[1];
}
