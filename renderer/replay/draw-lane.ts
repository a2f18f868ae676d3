/**
 * Drawing the lane on a 2D canvas, in two layers: the floor plan (stations, server slots,
 * queue areas, walkways, labels), drawn once per size or language into an offscreen canvas;
 * and the moving layer (passengers, queue counts, busy servers), drawn every frame in a few
 * batched paths (one per class colour) so 2,000 passengers stay well inside a 16 ms frame.
 * Text is drawn at fixed screen sizes so labels stay legible whatever the zoom.
 */
import { EXIT_INDEX, ModeCode, RouteCode } from '../../sim/scenario/compile.js';
import { PaxState, type Frame, type ReplayModel } from '../../sim/replay/index.js';
import { GAP_X, walkwayPoints } from '../../sim/replay/floor-plan.js';

/** Class colours: distinguishable for common colour blindness, and on print. */
export const CLASS_COLORS = ['#2563eb', '#f59e0b', '#059669', '#9333ea', '#db2777', '#0891b2', '#65a30d', '#475569'];
export const ALARM_COLOR = '#dc2626';
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', system-ui, sans-serif";

export function classColor(c: number): string {
  return CLASS_COLORS[c % CLASS_COLORS.length];
}

/** World (floor-plan units) to CSS pixels. */
export interface LaneView {
  scale: number;
  ox: number;
  oy: number;
  cssW: number;
  cssH: number;
  dpr: number;
}

/** Translated words the canvas needs. */
export interface LaneLabels {
  title(s: number): string;
  subtitle(s: number): string;
  entrance: string;
  exit: string;
  queueBadge(n: number): string;
  waitingBags(n: number): string;
  serversOpen(busy: number, n: number): string;
}

/** Fits the floor plan into the canvas with a small margin. */
export function fitView(model: ReplayModel, cssW: number, cssH: number, dpr: number): LaneView {
  const { width, height } = model.layout;
  const scale = Math.min(cssW / width, cssH / height);
  return { scale, ox: (cssW - width * scale) / 2, oy: (cssH - height * scale) / 2, cssW, cssH, dpr };
}

function modeColor(mode: ModeCode, secondary: boolean): string {
  if (secondary) return '#b91c1c';
  if (mode === ModeCode.Delay) return '#7c3aed';
  if (mode === ModeCode.Reclaim) return '#b45309';
  return '#1d4ed8';
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Draws text shrunk (ellipsis) to fit `maxW` pixels. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxW: number): void {
  if (ctx.measureText(text).width <= maxW) {
    ctx.fillText(text, x, y);
    return;
  }
  let s = text;
  while (s.length > 1 && ctx.measureText(s + '…').width > maxW) s = s.slice(0, -1);
  ctx.fillText(s + '…', x, y);
}

/** The floor plan: everything that does not move. */
export function drawStatic(ctx: CanvasRenderingContext2D, model: ReplayModel, v: LaneView, labels: LaneLabels): void {
  const { layout, lane } = model;
  const k = v.scale;
  const X = (x: number) => v.ox + x * k;
  const Y = (y: number) => v.oy + y * k;
  ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
  ctx.fillStyle = '#f1f5f9';
  ctx.fillRect(0, 0, v.cssW, v.cssH);
  // Floor.
  ctx.fillStyle = '#ffffff';
  roundRect(ctx, X(8), Y(8), (layout.width - 16) * k, (layout.height - 16) * k, 10);
  ctx.fill();
  ctx.strokeStyle = '#e2e8f0';
  ctx.lineWidth = 1;
  ctx.stroke();

  // Walkways, then alarm routes on top.
  const pts = new Float64Array(12);
  const line = (x0: number, y0: number, b0: number, x1: number, y1: number, b1: number) => {
    const n = walkwayPoints(layout, x0, y0, b0, x1, y1, b1, pts);
    ctx.moveTo(X(pts[0]), Y(pts[1]));
    for (let i = 1; i < n; i++) ctx.lineTo(X(pts[2 * i]), Y(pts[2 * i + 1]));
  };
  const entry = layout.stations[lane.entry];
  ctx.beginPath();
  line(layout.entranceX, layout.entranceY, 0, entry.inX, entry.inY, entry.band);
  const alarms: [number, number][] = [];
  lane.stations.forEach((st, s) => {
    const from = layout.stations[s];
    const r = st.route;
    const targets = r.code === RouteCode.Fixed ? [r.target] : Array.from(r.targets);
    for (const t of targets) {
      if (t === EXIT_INDEX) line(from.outX, from.outY, from.band, layout.exitX, layout.exitY, layout.exitBand);
      else line(from.outX, from.outY, from.band, layout.stations[t].inX, layout.stations[t].inY, layout.stations[t].band);
    }
    for (const a of st.alarms) if (a.target !== EXIT_INDEX) alarms.push([s, a.target]);
  });
  ctx.strokeStyle = '#cbd5e1';
  ctx.lineWidth = Math.max(2, 6 * k);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
  ctx.beginPath();
  for (const [s, t] of alarms) {
    const a = layout.stations[s];
    const b = layout.stations[t];
    line(a.outX, a.outY + 6, a.band, b.inX, b.inY, b.band);
  }
  ctx.setLineDash([6, 5]);
  ctx.strokeStyle = 'rgba(220,38,38,0.55)';
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.setLineDash([]);

  // Entrance and exit.
  ctx.font = `600 12px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const [x, y, text, color] of [
    [layout.entranceX, layout.entranceY, labels.entrance, '#0f766e'],
    [layout.exitX, layout.exitY, labels.exit, '#334155'],
  ] as const) {
    const w = ctx.measureText(text).width + 14;
    ctx.fillStyle = color;
    roundRect(ctx, X(x) - w / 2, Y(y) - 11, w, 22, 11);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.textAlign = 'center';
    ctx.fillText(text, X(x), Y(y));
  }

  for (const st of layout.stations) {
    const color = modeColor(st.mode, st.secondary);
    // Queue area.
    if (st.qw > 0) {
      ctx.fillStyle = st.mode === ModeCode.Reclaim ? '#fffbeb' : '#f8fafc';
      roundRect(ctx, X(st.qx) - 3, Y(st.qy) - 3, st.qw * k + 6, st.qh * k + 6, 4);
      ctx.fill();
      ctx.setLineDash([3, 3]);
      ctx.strokeStyle = '#cbd5e1';
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.setLineDash([]);
    }
    // Box.
    ctx.fillStyle = st.mode === ModeCode.Delay ? '#f5f3ff' : st.mode === ModeCode.Reclaim ? '#fff7ed' : st.secondary ? '#fef2f2' : '#eff6ff';
    roundRect(ctx, X(st.x), Y(st.y), st.w * k, st.h * k, 6);
    ctx.fill();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    if (st.mode === ModeCode.Delay) {
      // Direction of travel through a walk-through check.
      ctx.strokeStyle = 'rgba(124,58,237,0.25)';
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let i = 1; i < 4; i++) {
        const xx = X(st.x + (st.w * i) / 4);
        ctx.moveTo(xx - 4, Y(st.y + st.h / 2) - 6);
        ctx.lineTo(xx + 2, Y(st.y + st.h / 2));
        ctx.lineTo(xx - 4, Y(st.y + st.h / 2) + 6);
      }
      ctx.stroke();
    }
    if (st.mode === ModeCode.Reclaim) {
      // The belt.
      ctx.strokeStyle = 'rgba(180,83,9,0.45)';
      ctx.lineWidth = Math.max(3, 8 * k);
      roundRect(ctx, X(st.x + 14), Y(st.y + 28), (st.w - 28) * k, (st.h - 40) * k, 10);
      ctx.stroke();
    }
    // Server slots.
    const half = (st.slotSize * k) / 2;
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#94a3b8';
    ctx.lineWidth = 1;
    for (let i = 0; i < st.slots; i++) {
      ctx.beginPath();
      ctx.rect(X(st.slotX[i]) - half, Y(st.slotY[i]) - half, half * 2, half * 2);
      ctx.fill();
      ctx.stroke();
    }
    // Labels above the station block.
    const left = st.qw > 0 ? X(st.qx) - 3 : X(st.x);
    // Labels may run into the walkway gap after the station, not into the next column.
    const maxW = X(st.x + st.w) - left + GAP_X * k * 0.75;
    const top = Math.min(Y(st.qw > 0 ? st.qy : st.y), Y(st.y)) - 6;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = color;
    ctx.fillRect(left, top - 27, 3, 25);
    ctx.fillStyle = '#0f172a';
    ctx.font = `600 13px ${FONT}`;
    fitText(ctx, labels.title(st.index), left + 7, top - 15, maxW - 7);
    ctx.fillStyle = '#475569';
    ctx.font = `11px ${FONT}`;
    fitText(ctx, labels.subtitle(st.index), left + 7, top - 2, maxW - 7);
  }
}

/** Passenger dot radius in CSS pixels. */
export function dotRadius(model: ReplayModel, v: LaneView): number {
  return Math.max(1.6, Math.min(6, model.layout.spacing * v.scale * 0.4));
}

/** The moving layer: passengers, busy servers, queue counts, the followed passenger. */
export function drawDynamic(
  ctx: CanvasRenderingContext2D,
  model: ReplayModel,
  frame: Frame,
  xs: Float32Array,
  ys: Float32Array,
  v: LaneView,
  labels: LaneLabels,
  followed: number,
): void {
  const { layout } = model;
  const k = v.scale;
  const r = dotRadius(model, v);
  ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
  // Busy server slots.
  ctx.fillStyle = 'rgba(37,99,235,0.16)';
  for (let i = 0; i < frame.count; i++) {
    if (frame.state[i] !== PaxState.InService) continue;
    const st = layout.stations[frame.station[i]];
    const s = frame.slot[i];
    if (s < 0 || s >= st.slots) continue;
    const half = (st.slotSize * k) / 2;
    ctx.fillRect(v.ox + st.slotX[s] * k - half, v.oy + st.slotY[s] * k - half, half * 2, half * 2);
  }
  // Passengers, one path per class.
  const nClasses = model.lane.classes.length;
  for (let c = 0; c < nClasses; c++) {
    ctx.beginPath();
    for (let i = 0; i < frame.count; i++) {
      if (frame.cls[i] !== c) continue;
      const x = v.ox + xs[i] * k;
      const y = v.oy + ys[i] * k;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
    }
    ctx.fillStyle = classColor(c);
    ctx.fill();
  }
  // Alarms: a red ring (current alarm) or a red dot mark (earlier alarm).
  ctx.beginPath();
  for (let i = 0; i < frame.count; i++) {
    if (frame.alarm[i] === 0) continue;
    const x = v.ox + xs[i] * k;
    const y = v.oy + ys[i] * k;
    ctx.moveTo(x + r + 2, y);
    ctx.arc(x, y, r + 2, 0, Math.PI * 2);
  }
  ctx.strokeStyle = ALARM_COLOR;
  ctx.lineWidth = 1.6;
  ctx.stroke();

  // Queue counts and server occupancy under each station.
  ctx.font = `600 11px ${FONT}`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  for (const st of layout.stations) {
    const s = st.index;
    const left = st.qw > 0 ? v.ox + st.qx * k - 3 : v.ox + st.x * k;
    const bottom = Math.max(v.oy + (st.qy + st.qh) * k + 3, v.oy + (st.y + st.h) * k) + 4;
    const parts: string[] = [];
    if (st.mode === ModeCode.Queue) parts.push(labels.queueBadge(frame.queue[s]), labels.serversOpen(frame.busy[s], st.slots));
    else if (st.mode === ModeCode.Reclaim) parts.push(labels.waitingBags(frame.queue[s]));
    if (parts.length === 0) continue;
    const text = parts.join('  ·  ');
    const hot = frame.queue[s] >= 20;
    // A white backing keeps the count legible over walkways.
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.fillRect(left - 2, bottom - 1, ctx.measureText(text).width + 4, 14);
    ctx.fillStyle = hot ? '#b91c1c' : '#334155';
    ctx.fillText(text, left, bottom);
  }

  // The followed passenger.
  if (followed >= 0) {
    for (let i = 0; i < frame.count; i++) {
      if (frame.pid[i] !== followed) continue;
      const x = v.ox + xs[i] * k;
      const y = v.oy + ys[i] * k;
      ctx.beginPath();
      ctx.arc(x, y, r + 7, 0, Math.PI * 2);
      ctx.strokeStyle = '#0f172a';
      ctx.lineWidth = 2.5;
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(x, y, r + 1.5, 0, Math.PI * 2);
      ctx.fillStyle = classColor(frame.cls[i]);
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.stroke();
      ctx.font = `600 12px ${FONT}`;
      ctx.textBaseline = 'bottom';
      ctx.textAlign = 'center';
      const label = `#${followed}`;
      const w = ctx.measureText(label).width + 10;
      ctx.fillStyle = '#0f172a';
      roundRect(ctx, x - w / 2, y - r - 30, w, 18, 4);
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.fillText(label, x, y - r - 14);
      break;
    }
  }
}

/** The passenger nearest to a click (CSS pixels), within a few pixels, or -1. */
export function hitTest(frame: Frame, xs: Float32Array, ys: Float32Array, v: LaneView, px: number, py: number, radius: number): number {
  let best = -1;
  let bestD = (radius + 5) * (radius + 5);
  for (let i = 0; i < frame.count; i++) {
    const dx = v.ox + xs[i] * v.scale - px;
    const dy = v.oy + ys[i] * v.scale - py;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = frame.pid[i];
    }
  }
  return best;
}
