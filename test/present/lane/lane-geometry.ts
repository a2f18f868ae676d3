/**
 * Geometric checks of a laid-out lane diagram, shared by the layout tests: which edge
 * segment passes through a box that is not its end, which label covers a box or another
 * label, what lies outside the drawing. Each returns the faults found, described for a
 * failure message; an empty list means the drawing is clean.
 */
import type { Box, LaneDrawing, Point } from '../../../present/lane/lane-drawing.js';

/** Whether the segment a–b passes through the inside of `box` shrunk by `inset` on each side. */
export function segmentCrossesBox(a: Point, b: Point, box: Box, inset = 1): boolean {
  const x0 = box.x + inset;
  const y0 = box.y + inset;
  const x1 = box.x + box.w - inset;
  const y1 = box.y + box.h - inset;
  // Liang–Barsky clipping: does any part of the segment lie strictly inside?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clips: Array<[number, number]> = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
  }
  return t0 < t1;
}

export function boxesOverlap(a: Box, b: Box, inset = 0.5): boolean {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > inset && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > inset;
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.w <= width + 0.5 && b.y + b.h <= height + 0.5;
}

/** Every geometric fault of a drawing: edges through foreign boxes, labels on boxes or labels, anything outside. */
export function drawingFaults(d: LaneDrawing): string[] {
  const faults: string[] = [];
  for (const e of d.edges) {
    const name = `${e.edge.from}→${e.edge.to}${e.edge.label ? ` "${e.edge.label}"` : ''}`;
    if (e.points.length < 2) faults.push(`${name}: no route`);
    for (let i = 1; i < e.points.length; i++) {
      for (const n of d.nodes) {
        if (n.id === e.edge.from || n.id === e.edge.to) continue;
        if (segmentCrossesBox(e.points[i - 1], e.points[i], n)) faults.push(`${name}: segment ${i} passes through ${n.id}`);
      }
    }
    for (const p of e.points) if (p.x < 0 || p.y < 0 || p.x > d.width + 0.5 || p.y > d.height + 0.5) faults.push(`${name}: point (${p.x}, ${p.y}) outside ${d.width}×${d.height}`);
    if (e.edge.label && !e.label) faults.push(`${name}: label not placed`);
    if (e.label) {
      if (!inside(e.label, d.width, d.height)) faults.push(`${name}: label outside the drawing`);
      for (const n of d.nodes) if (boxesOverlap(e.label, n)) faults.push(`${name}: label over ${n.id}`);
    }
  }
  const labelled = d.edges.filter((e) => e.label);
  for (let i = 0; i < labelled.length; i++)
    for (let j = i + 1; j < labelled.length; j++)
      if (boxesOverlap(labelled[i].label as Box, labelled[j].label as Box)) faults.push(`labels "${labelled[i].edge.label}" and "${labelled[j].edge.label}" overlap`);
  for (let i = 0; i < d.nodes.length; i++) {
    if (!inside(d.nodes[i], d.width, d.height)) faults.push(`${d.nodes[i].id} outside the drawing`);
    for (let j = i + 1; j < d.nodes.length; j++) if (boxesOverlap(d.nodes[i], d.nodes[j])) faults.push(`${d.nodes[i].id} and ${d.nodes[j].id} overlap`);
  }
  return faults;
}
