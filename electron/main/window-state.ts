/**
 * The window comes back where the user left it — unless that place is no longer on any
 * screen (a laptop undocked from its monitor), in which case it is centred on the primary
 * display rather than opened out of reach.
 */
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const defaultWindowSize = { width: 1280, height: 820 } as const;
export const minimumWindowSize = { width: 800, height: 560 } as const;

/** How much of the window must be on a display to count as reachable (the title bar, roughly). */
const visibleMargin = 80;

function overlaps(a: Rectangle, b: Rectangle): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= visibleMargin && height >= Math.min(visibleMargin, a.height);
}

/** Bounds to open the window with, given what was saved and the displays' work areas now. */
export function restoreWindowBounds(saved: WindowState | null, workAreas: readonly Rectangle[]): { bounds: Rectangle; maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultWindowSize };
  const centred = (width: number, height: number): Rectangle => {
    const w = Math.min(width, primary.width);
    const h = Math.min(height, primary.height);
    return { x: Math.round(primary.x + (primary.width - w) / 2), y: Math.round(primary.y + (primary.height - h) / 2), width: w, height: h };
  };
  if (saved === null) return { bounds: centred(defaultWindowSize.width, defaultWindowSize.height), maximized: false };
  const width = Math.max(saved.width, minimumWindowSize.width);
  const height = Math.max(saved.height, minimumWindowSize.height);
  const bounds = { x: saved.x, y: saved.y, width, height };
  const reachable = workAreas.some((area) => overlaps(bounds, area));
  return { bounds: reachable ? bounds : centred(width, height), maximized: saved.maximized };
}

/** What to store on close: the normal (un-maximized) bounds plus whether it was maximized. */
export function captureWindowState(normalBounds: Rectangle, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}
