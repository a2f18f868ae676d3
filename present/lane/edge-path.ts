/**
 * An edge's route as an SVG path: straight runs with corners rounded a little (never more
 * than half of either run, so a short jog stays a jog). Shared by the editor's diagram and
 * the report's lane SVG so both draw the engine's routes the same way.
 */
import type { Point } from './lane-drawing.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

export function roundedPath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  const parts = [`M ${r1(points[0].x)} ${r1(points[0].y)}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const inLen = Math.hypot(b.x - a.x, b.y - a.y);
    const outLen = Math.hypot(c.x - b.x, c.y - b.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      parts.push(`L ${r1(b.x)} ${r1(b.y)}`);
      continue;
    }
    const p = { x: b.x - ((b.x - a.x) / inLen) * r, y: b.y - ((b.y - a.y) / inLen) * r };
    const q = { x: b.x + ((c.x - b.x) / outLen) * r, y: b.y + ((c.y - b.y) / outLen) * r };
    parts.push(`L ${r1(p.x)} ${r1(p.y)} Q ${r1(b.x)} ${r1(b.y)} ${r1(q.x)} ${r1(q.y)}`);
  }
  const last = points[points.length - 1];
  if (points.length > 1) parts.push(`L ${r1(last.x)} ${r1(last.y)}`);
  return parts.join(' ');
}
