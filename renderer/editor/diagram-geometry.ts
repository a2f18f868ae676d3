/**
 * Where the lane diagram draws things, in pixels: node boxes sized so the lane fits the
 * width it is given (narrower nodes and gaps down to a legible minimum, then scrolling),
 * the curve of each edge, and a place for each edge label where it collides with no other
 * label and covers as little of the nodes as it can. Pure, so it is unit-tested without a DOM.
 */
import { EXIT_ID, type LaneEdge, type LaneLayout } from '../../present/lane/lane-layout.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface DiagramGeometry {
  nodeW: number;
  nodeH: number;
  colGap: number;
  rowGap: number;
  pad: number;
  exitW: number;
  /** Station columns per band: a lane longer than fits legibly wraps onto bands below. */
  perBand: number;
  bands: number;
  /** Height of one band (its main and secondary rows). */
  bandH: number;
  bandGap: number;
  /** Column of the exit (after the last station column, in the last band). */
  exitColumn: number;
  width: number;
  height: number;
}

export const NODE_H = 112;
/** The widest a node gets (room enough for a name on two lines). */
export const MAX_NODE_W = 152;
/** The narrowest: names of three short lines still fit; narrower and the diagram scrolls. */
export const MIN_NODE_W = 124;
/** Below this width nodes use the compact style (smaller title, less padding). */
export const COMPACT_NODE_W = 140;
const MAX_COL_GAP = 44;
const MIN_COL_GAP = 32;
const ROW_GAP = 44;
const PAD = 12;
const EXIT_W = 56;

const BAND_GAP = 56;

/**
 * Node width and column gap for a lane of `exitColumn` station columns (the exit after them)
 * in `available` pixels (null: not measured yet, the widest, one band). Gaps shrink with the
 * nodes, at about a fifth of each column, so arrows and their labels keep some room. A lane
 * too long for legible nodes wraps: its columns continue on a band below, like lines of text,
 * rather than scrolling sideways.
 */
export function diagramGeometry(layout: Pick<LaneLayout, 'exitColumn' | 'rows'>, available: number | null): DiagramGeometry {
  const cols = Math.max(layout.exitColumn, 1);
  let nodeW = MAX_NODE_W;
  let colGap = MAX_COL_GAP;
  let perBand = cols;
  if (available !== null) {
    const room = available - 2 * PAD - EXIT_W;
    if (room / cols < MIN_NODE_W + MIN_COL_GAP) perBand = Math.max(1, Math.floor(room / (MIN_NODE_W + MIN_COL_GAP)));
    // Bands as even as they can be (5 columns in two bands: 3 + 2, not 4 + 1).
    const bands = Math.ceil(cols / perBand);
    perBand = Math.ceil(cols / bands);
    const span = room / perBand;
    colGap = Math.min(MAX_COL_GAP, Math.max(MIN_COL_GAP, Math.round(span * 0.22)));
    nodeW = Math.min(MAX_NODE_W, Math.max(MIN_NODE_W, Math.floor(span - colGap)));
  }
  const bands = Math.ceil(cols / perBand);
  const bandH = layout.rows * (NODE_H + ROW_GAP) - ROW_GAP;
  const lastBandCols = layout.exitColumn - (bands - 1) * perBand;
  const width = PAD * 2 + Math.max(perBand * (nodeW + colGap), lastBandCols * (nodeW + colGap)) + EXIT_W;
  const height = PAD * 2 + bands * bandH + (bands - 1) * BAND_GAP + 24;
  return { nodeW, nodeH: NODE_H, colGap, rowGap: ROW_GAP, pad: PAD, exitW: EXIT_W, perBand, bands, bandH, bandGap: BAND_GAP, exitColumn: layout.exitColumn, width, height };
}

/** The band a column is drawn in; the exit stays in the band of the last station column. */
export function bandOf(g: DiagramGeometry, column: number): number {
  const c = column === g.exitColumn ? Math.max(column - 1, 0) : column;
  return Math.min(Math.floor(c / g.perBand), g.bands - 1);
}

/** Top of a band. */
export function bandTop(g: DiagramGeometry, band: number): number {
  return g.pad + band * (g.bandH + g.bandGap);
}

export function cellXY(g: DiagramGeometry, column: number, row: number): Point {
  const band = bandOf(g, column);
  return { x: g.pad + (column - band * g.perBand) * (g.nodeW + g.colGap), y: bandTop(g, band) + row * (g.nodeH + g.rowGap) };
}

/** The box of a station (or the exit) in the diagram; null for an id the layout does not place. */
export function boxOf(layout: LaneLayout, g: DiagramGeometry, id: string): (Box & { band: number }) | null {
  if (id === EXIT_ID) return { ...cellXY(g, layout.exitColumn, 0), w: g.exitW, h: g.nodeH, band: bandOf(g, layout.exitColumn) };
  const n = layout.nodes.find((x) => x.id === id);
  return n ? { ...cellXY(g, n.column, n.row), w: g.nodeW, h: g.nodeH, band: bandOf(g, n.column) } : null;
}

/** A cubic Bézier: start, two controls, end. */
export type Curve = [Point, Point, Point, Point];

/**
 * The curve of an edge: forward edges leave the right side for the left side of the next
 * column; edges back to an earlier row go from top to bottom; edges back along a row loop
 * below both nodes.
 */
export function edgeCurve(from: Box, to: Box): Curve {
  if (to.x > from.x) {
    const a = { x: from.x + from.w, y: from.y + from.h / 2 };
    const b = { x: to.x, y: to.y + to.h / 2 };
    const mx = (a.x + b.x) / 2;
    return [a, { x: mx, y: a.y }, { x: mx, y: b.y }, b];
  }
  if (to.y < from.y) {
    const a = { x: from.x + from.w * 0.7, y: from.y };
    const b = { x: to.x + to.w * 0.7, y: to.y + to.h };
    const my = (a.y + b.y) / 2;
    return [a, { x: a.x, y: my }, { x: b.x, y: my }, b];
  }
  const a = { x: from.x + from.w / 2, y: from.y + from.h };
  const b = { x: to.x + to.w / 2, y: to.y + to.h };
  const y = Math.max(a.y, b.y) + 24;
  return [a, { x: a.x, y }, { x: b.x, y }, b];
}

/** An edge as drawn: its SVG path and a point at any fraction of it (where a label may go). */
export interface EdgeShape {
  d: string;
  at(t: number): Point;
}

export function curveShape(c: Curve): EdgeShape {
  return { d: curvePath(c), at: (t) => pointOn(c, t) };
}

/** A path of straight runs, with its points spaced by length. */
export function polylineShape(points: Point[]): EdgeShape {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  const total = lengths.reduce((a, b) => a + b, 0);
  return {
    d: `M ${points.map((p) => `${p.x} ${p.y}`).join(' L ')}`,
    at(t) {
      let left = t * total;
      for (let i = 0; i < lengths.length; i++) {
        if (left <= lengths[i] || i === lengths.length - 1) {
          const f = lengths[i] > 0 ? Math.min(left / lengths[i], 1) : 0;
          return { x: points[i].x + (points[i + 1].x - points[i].x) * f, y: points[i].y + (points[i + 1].y - points[i].y) * f };
        }
        left -= lengths[i];
      }
      return points[points.length - 1];
    },
  };
}

/**
 * An edge onto a later band (a wrapped lane): out of the right side, down the gap to the
 * space between the bands, back left and into the next station from the left, like a line
 * of text continuing below.
 */
export function wrapShape(from: Box, to: Box, g: DiagramGeometry, fromBand: number): EdgeShape {
  const a = { x: from.x + from.w, y: from.y + from.h / 2 };
  const b = { x: to.x, y: to.y + to.h / 2 };
  const outX = a.x + g.colGap / 2;
  const gapY = bandTop(g, fromBand) + g.bandH + g.bandGap / 2;
  const inX = Math.max(b.x - g.colGap / 2, 4);
  return polylineShape([a, { x: outX, y: a.y }, { x: outX, y: gapY }, { x: inX, y: gapY }, { x: inX, y: b.y }, b]);
}

export function curvePath(c: Curve): string {
  return `M ${c[0].x} ${c[0].y} C ${c[1].x} ${c[1].y}, ${c[2].x} ${c[2].y}, ${c[3].x} ${c[3].y}`;
}

export function pointOn(c: Curve, t: number): Point {
  const u = 1 - t;
  const k = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: k[0] * c[0].x + k[1] * c[1].x + k[2] * c[2].x + k[3] * c[3].x, y: k[0] * c[0].y + k[1] * c[1].y + k[2] * c[2].y + k[3] * c[3].y };
}

export const LABEL_FONT_PX = 11;
export const LABEL_H = 15;
/** On the edge, or just above or below it. */
const DYS = [0, -(LABEL_H + 1), LABEL_H + 1];

/** An estimate of a label's width at 11 px: CJK characters are square, others about 0.56 em. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? LABEL_FONT_PX : LABEL_FONT_PX * 0.56;
  return Math.ceil(w) + 8;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Positions along an edge to try, nearest the middle first. */
const TS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];

export interface LabelRequest {
  shape: Pick<EdgeShape, 'at'>;
  text: string;
}

/**
 * Places labels one after another: each takes the spot along its own edge that overlaps no
 * label placed before it (a collision costs far more than anything else), covers the least
 * of the nodes, stays inside the diagram and is nearest the middle of its edge.
 */
export function placeLabels(requests: LabelRequest[], nodes: Box[], bounds: { width: number; height: number }): Box[] {
  const placed: Box[] = [];
  for (const r of requests) {
    const w = labelWidth(r.text);
    let best: Box | null = null;
    let bestScore = Infinity;
    for (const t of TS) {
      const p = r.shape.at(t);
      for (const dy of DYS) {
        const x = Math.min(Math.max(p.x - w / 2, 0), Math.max(bounds.width - w, 0));
        const y = Math.min(Math.max(p.y + dy - LABEL_H / 2, 0), Math.max(bounds.height - LABEL_H, 0));
        const box = { x, y, w, h: LABEL_H };
        let score = Math.abs(t - 0.5) * 40 + Math.abs(dy);
        for (const o of placed) score += overlap(box, o) * 100;
        for (const n of nodes) score += overlap(box, n);
        if (score < bestScore) {
          bestScore = score;
          best = box;
        }
      }
    }
    placed.push(best as Box);
  }
  return placed;
}

export interface DrawnEdge {
  edge: LaneEdge;
  d: string;
  /** Where its label goes (absent for an unlabelled edge). */
  label: Box | null;
}

/** Every edge with its path and label box, ready to draw. */
export function drawEdges(layout: LaneLayout, g: DiagramGeometry): DrawnEdge[] {
  const nodes = [...layout.nodes.map((n) => boxOf(layout, g, n.id)), boxOf(layout, g, EXIT_ID)].filter((b): b is Box & { band: number } => b !== null);
  const shaped = layout.edges.flatMap((edge) => {
    const from = boxOf(layout, g, edge.from);
    const to = boxOf(layout, g, edge.to);
    if (!from || !to) return [];
    return [{ edge, shape: to.band > from.band ? wrapShape(from, to, g, from.band) : curveShape(edgeCurve(from, to)) }];
  });
  const labelled = shaped.filter((e) => e.edge.label);
  const boxes = placeLabels(labelled.map((e) => ({ shape: e.shape, text: e.edge.label })), nodes, g);
  return shaped.map((e) => {
    const i = labelled.indexOf(e);
    return { edge: e.edge, d: e.shape.d, label: i >= 0 ? boxes[i] : null };
  });
}
