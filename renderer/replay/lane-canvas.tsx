/**
 * The animated lane: one canvas, redrawn by requestAnimationFrame from the player (no React
 * render per frame). The floor plan is cached in an offscreen canvas and only repainted on
 * resize or language change. Clicking a passenger follows them. Frame costs (model + draw)
 * go into a small ring buffer on `window.__lanesimReplay`, which the benchmark reads.
 */
import { useEffect, useRef } from 'react';
import { placePassengers } from '../../sim/replay/index.js';
import { drawDynamic, drawStatic, dotRadius, fitView, hitTest, type LaneLabels, type LaneView } from './draw-lane.js';
import type { ReplayPlayer } from './replay-player.js';

interface FrameStats {
  frameMs: Float64Array;
  count: number;
  onScreen: number;
}

declare global {
  interface Window {
    __lanesimReplay?: {
      stats: FrameStats;
      player: ReplayPlayer;
      /** Where a passenger is drawn now (CSS pixels in the canvas), or null when not on screen; for tests. */
      screenPosition(pid: number): { x: number; y: number } | null;
    };
  }
}

const RING = 2048;

export function LaneCanvas({ player, labels, ariaLabel }: { player: ReplayPlayer; labels: LaneLabels; ariaLabel: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const labelsRef = useRef(labels);
  const staticDirty = useRef(true);

  useEffect(() => {
    labelsRef.current = labels;
    staticDirty.current = true;
  }, [labels]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const floor = document.createElement('canvas');
    const floorCtx = floor.getContext('2d');
    if (!floorCtx) return;
    const stats: FrameStats = { frameMs: new Float64Array(RING), count: 0, onScreen: 0 };
    let view: LaneView | null = null;
    const screenPosition = (pid: number) => {
      const frame = player.currentFrame();
      placePassengers(frame, player.model.layout, player.xs, player.ys);
      for (let i = 0; i < frame.count; i++) {
        if (frame.pid[i] === pid && view) return { x: view.ox + player.xs[i] * view.scale, y: view.oy + player.ys[i] * view.scale };
      }
      return null;
    };
    window.__lanesimReplay = { stats, player, screenPosition };
    let raf = 0;
    let lastNow = performance.now();
    let drawnT = NaN;
    let drawnVersion = -1;

    const resize = () => {
      const rect = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      const w = Math.max(1, Math.round(rect.width));
      const h = Math.max(1, Math.round(rect.height));
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
      floor.width = canvas.width;
      floor.height = canvas.height;
      view = fitView(player.model, w, h, dpr);
      staticDirty.current = true;
    };
    const ro = new ResizeObserver(resize);
    ro.observe(canvas);
    resize();

    const loop = (now: number) => {
      raf = requestAnimationFrame(loop);
      player.advance(Math.min(250, now - lastNow), now);
      lastNow = now;
      if (!view) return;
      if (!staticDirty.current && drawnT === player.t && drawnVersion === player.version) return;
      const t0 = performance.now();
      if (staticDirty.current) {
        drawStatic(floorCtx, player.model, view, labelsRef.current);
        staticDirty.current = false;
      }
      const frame = player.currentFrame();
      placePassengers(frame, player.model.layout, player.xs, player.ys);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(floor, 0, 0);
      drawDynamic(ctx, player.model, frame, player.xs, player.ys, view, labelsRef.current, player.followed);
      drawnT = player.t;
      drawnVersion = player.version;
      stats.frameMs[stats.count % RING] = performance.now() - t0;
      stats.count++;
      stats.onScreen = frame.count;
    };
    raf = requestAnimationFrame(loop);

    const onClick = (e: MouseEvent) => {
      if (!view) return;
      const rect = canvas.getBoundingClientRect();
      const frame = player.currentFrame();
      placePassengers(frame, player.model.layout, player.xs, player.ys);
      const pid = hitTest(frame, player.xs, player.ys, view, e.clientX - rect.left, e.clientY - rect.top, dotRadius(player.model, view));
      if (pid >= 0) player.follow(pid);
    };
    canvas.addEventListener('click', onClick);
    return () => {
      cancelAnimationFrame(raf);
      ro.disconnect();
      canvas.removeEventListener('click', onClick);
      if (window.__lanesimReplay?.player === player) delete window.__lanesimReplay;
    };
  }, [player]);

  return <canvas ref={canvasRef} className="rp-canvas" role="img" aria-label={ariaLabel} data-testid="replay-canvas" />;
}
