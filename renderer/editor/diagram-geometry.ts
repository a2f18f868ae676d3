/**
 * Where the lane diagram draws things, in pixels: node boxes sized so the lane fits the
 * width it is given (narrower nodes and gaps down to a legible minimum, then scrolling),
 * the curve of each edge, and a place for each edge label where it collides with no other
 * label and covers as little of the nodes as it can. Pure, so it is unit-tested without a DOM.
 */
import { EXIT_ID, type LaneEdge, type LaneLayout } from './lane-layout.js';

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

/**
 * Node width and column gap for a lane of `columns` station columns (the exit after them)
 * in `available` pixels (null: not measured yet, the widest). Gaps shrink with the nodes, at
 * about a fifth of each column, so arrows and their labels keep some room.
 */
export function diagramGeometry(layout: Pick<LaneLayout, 'exitColumn' | 'rows'>, available: number | null): DiagramGeometry {
  const cols = Math.max(layout.exitColumn, 1);
  let nodeW = MAX_NODE_W;
  let colGap = MAX_COL_GAP;
  if (available !== null) {
    const span = (available - 2 * PAD - EXIT_W) / cols;
    colGap = Math.min(MAX_COL_GAP, Math.max(MIN_COL_GAP, Math.round(span * 0.22)));
    nodeW = Math.min(MAX_NODE_W, Math.max(MIN_NODE_W, Math.floor(span - colGap)));
  }
  const width = PAD * 2 + layout.exitColumn * (nodeW + colGap) + EXIT_W;
  const height = PAD * 2 + layout.rows * (NODE_H + ROW_GAP) - ROW_GAP + 24;
  return { nodeW, nodeH: NODE_H, colGap, rowGap: ROW_GAP, pad: PAD, exitW: EXIT_W, width, height };
}

export function cellXY(g: DiagramGeometry, column: number, row: number): Point {
  return { x: g.pad + column * (g.nodeW + g.colGap), y: g.pad + row * (g.nodeH + g.rowGap) };
}

/** The box of a station (or the exit) in the diagram; null for an id the layout does not place. */
export function boxOf(layout: LaneLayout, g: DiagramGeometry, id: string): Box | null {
  if (id === EXIT_ID) return { ...cellXY(g, layout.exitColumn, 0), w: g.exitW, h: g.nodeH };
  const n = layout.nodes.find((x) => x.id === id);
  return n ? { ...cellXY(g, n.column, n.row), w: g.nodeW, h: g.nodeH } : null;
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
  curve: Curve;
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
      const p = pointOn(r.curve, t);
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
  const nodes = [...layout.nodes.map((n) => boxOf(layout, g, n.id)), boxOf(layout, g, EXIT_ID)].filter((b): b is Box => b !== null);
  const withCurves = layout.edges.flatMap((edge) => {
    const from = boxOf(layout, g, edge.from);
    const to = boxOf(layout, g, edge.to);
    return from && to ? [{ edge, curve: edgeCurve(from, to) }] : [];
  });
  const labelled = withCurves.filter((e) => e.edge.label);
  const boxes = placeLabels(labelled.map((e) => ({ curve: e.curve, text: e.edge.label })), nodes, g);
  return withCurves.map((e) => {
    const i = labelled.indexOf(e);
    return { edge: e.edge, d: curvePath(e.curve), label: i >= 0 ? boxes[i] : null };
  });
}
