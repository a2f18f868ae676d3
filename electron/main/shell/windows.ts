/**
 * Creates the main window: secure web preferences, restored bounds, shown only once painted
 * (no white flash), and its bounds remembered on close.
 */
import { BrowserWindow, screen } from 'electron';
import type { JsonStore } from '../json-store';
import { buildWebPreferences } from '../security-options';
import { type WindowState, captureWindowState, minimumWindowSize, restoreWindowBounds } from '../window-state';

export interface MainWindowOptions {
  preload: string;
  url: string;
  stateStore: JsonStore<WindowState | null>;
  icon?: string;
  /** A packaged build: DevTools off. */
  packaged: boolean;
}

/** Opens the main window at its last place. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await options.stateStore.read();
  const areas = screen.getAllDisplays().map((display) => display.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  const { bounds, maximized } = restoreWindowBounds(saved, [primary, ...areas.filter((area) => area !== primary)]);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'LaneSim',
    backgroundColor: '#ffffff',
    ...(options.icon !== undefined ? { icon: options.icon } : {}),
    webPreferences: buildWebPreferences(options.preload, { packaged: options.packaged }),
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.url);
  return window;
}

/** The bounds to store for `window` (call while it still exists, i.e. on 'close'). */
export function windowStateOf(window: BrowserWindow): WindowState {
  return captureWindowState(window.getNormalBounds(), window.isMaximized());
}
