/**
 * The scrubber: the queue curve (and passengers in the lane) over the whole replay, the
 * peak, bookmarks as flags, and the play head. Click or drag to jump; arrow keys step a
 * minute (Shift: ten). Drawn on its own canvas, repainted only when the time moves.
 */
import { useContext, useEffect, useRef } from 'react';
import type { Bookmark } from '../../sim/replay/index.js';
import type { ReplayPlayer } from './replay-player.js';
import { fmtReplayClock } from '../../present/format.js';
import { ReplayClockContext } from './clock-context.js';

interface Props {
  player: ReplayPlayer;
  bookmarks: Bookmark[];
  label: string;
  curveLabel: string;
  laneLabel: string;
}

const H = 64;

export function TimelineBar({ player, bookmarks, label, curveLabel, laneLabel }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const marks = useRef(bookmarks);
  const dirty = useRef(true);
  const clock = useContext(ReplayClockContext);
  const clockRef = useRef(clock);
  useEffect(() => {
    clockRef.current = clock;
    dirty.current = true;
  }, [clock]);
  useEffect(() => {
    marks.current = bookmarks;
    dirty.current = true;
  }, [bookmarks]);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const { curve } = player.model;
    const t0 = player.tStart;
    const span = Math.max(1, player.tEnd - t0);
    let drawnT = NaN;
    let raf = 0;
    const resize = () => {
      const dpr = window.devicePixelRatio || 1;
      const w = Math.max(1, Math.round(canvas.getBoundingClientRect().width));
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(H * dpr);
      dirty.current = true;
    };
    const ro = new ResizeObserver(resize);
    ro.observe(canvas);
    resize();
    const draw = () => {
      raf = requestAnimationFrame(draw);
      if (!dirty.current && drawnT === player.t) return;
      dirty.current = false;
      drawnT = player.t;
      const dpr = window.devicePixelRatio || 1;
      const w = canvas.width / dpr;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, H);
      ctx.fillStyle = '#f8fafc';
      ctx.fillRect(0, 0, w, H);
      const top = 14;
      const base = H - 14;
      let maxLane = 1;
      for (let i = 0; i < curve.inLane.length; i++) if (curve.inLane[i] > maxLane) maxLane = curve.inLane[i];
      const n = curve.queue.length;
      const x = (i: number) => (i / n) * w;
      const y = (v: number) => base - (v / maxLane) * (base - top);
      // Passengers in the lane: a light line; queued: a filled area.
      ctx.beginPath();
      ctx.moveTo(0, base);
      for (let i = 0; i < n; i++) ctx.lineTo(x(i + 0.5), y(curve.queue[i]));
      ctx.lineTo(w, base);
      ctx.closePath();
      ctx.fillStyle = 'rgba(220,38,38,0.28)';
      ctx.fill();
      ctx.beginPath();
      for (let i = 0; i < n; i++) ctx[i === 0 ? 'moveTo' : 'lineTo'](x(i + 0.5), y(curve.inLane[i]));
      ctx.strokeStyle = '#64748b';
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.strokeStyle = '#e2e8f0';
      ctx.beginPath();
      ctx.moveTo(0, base + 0.5);
      ctx.lineTo(w, base + 0.5);
      ctx.stroke();
      // Legend and time ticks.
      ctx.font = "10px 'Noto Sans CJK SC', system-ui, sans-serif";
      ctx.textBaseline = 'top';
      ctx.fillStyle = '#b91c1c';
      ctx.fillText(`■ ${curveLabel}`, 6, 2);
      ctx.fillStyle = '#64748b';
      ctx.fillText(`— ${laneLabel}`, 10 + ctx.measureText(`■ ${curveLabel}`).width + 6, 2);
      ctx.textBaseline = 'bottom';
      const tickEvery = [300, 600, 900, 1800, 3600, 7200].find((s) => span / s <= 10) ?? 14400;
      // Ticks on round times of the port's clock when the scenario has one.
      const offset = clockRef.current?.startSecondsOfDay ?? 0;
      for (let s = Math.ceil((t0 + offset) / tickEvery) * tickEvery - offset; s <= t0 + span; s += tickEvery) {
        const xx = ((s - t0) / span) * w;
        ctx.fillStyle = '#94a3b8';
        ctx.fillRect(xx, base, 1, 4);
        ctx.fillText(fmtReplayClock(s, clockRef.current), Math.min(w - 40, Math.max(2, xx - 18)), H);
      }
      // Peak.
      const px = ((curve.peakTime - t0) / span) * w;
      ctx.fillStyle = '#b91c1c';
      ctx.beginPath();
      ctx.moveTo(px, top - 2);
      ctx.lineTo(px - 4, top - 8);
      ctx.lineTo(px + 4, top - 8);
      ctx.fill();
      // Bookmarks.
      for (const b of marks.current) {
        const bx = ((b.atSeconds - t0) / span) * w;
        ctx.fillStyle = '#b45309';
        ctx.fillRect(bx - 0.5, top - 4, 1.5, base - top + 4);
        ctx.beginPath();
        ctx.moveTo(bx, top - 4);
        ctx.lineTo(bx + 7, top - 1);
        ctx.lineTo(bx, top + 2);
        ctx.fill();
      }
      // Play head.
      const hx = ((player.t - t0) / span) * w;
      ctx.fillStyle = '#1d4ed8';
      ctx.fillRect(hx - 1, 0, 2, H);
    };
    raf = requestAnimationFrame(draw);

    const timeAt = (clientX: number) => {
      const r = canvas.getBoundingClientRect();
      return t0 + Math.min(1, Math.max(0, (clientX - r.left) / r.width)) * span;
    };
    const onDown = (e: PointerEvent) => {
      canvas.setPointerCapture(e.pointerId);
      player.seek(timeAt(e.clientX));
    };
    const onMove = (e: PointerEvent) => {
      if (canvas.hasPointerCapture(e.pointerId)) player.seek(timeAt(e.clientX));
    };
    const onKey = (e: KeyboardEvent) => {
      const d = e.shiftKey ? 600 : 60;
      if (e.key === 'ArrowRight') player.seek(player.t + d);
      else if (e.key === 'ArrowLeft') player.seek(player.t - d);
      else if (e.key === 'Home') player.seek(player.tStart);
      else if (e.key === 'End') player.seek(player.tEnd);
      else return;
      e.preventDefault();
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(raf);
      ro.disconnect();
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('keydown', onKey);
    };
  }, [player, curveLabel, laneLabel]);

  return (
    <canvas
      ref={ref}
      className="rp-timeline"
      height={H}
      tabIndex={0}
      role="slider"
      aria-label={label}
      aria-valuemin={Math.floor(player.tStart)}
      aria-valuemax={Math.ceil(player.tEnd)}
      aria-valuenow={Math.round(player.getSnapshot().t)}
      data-testid="replay-timeline"
    />
  );
}
