/**
 * The window's web preferences, following Electron's security checklist: the page is an
 * ordinary sandboxed web page with no Node, isolated from the preload, and every
 * "convenience" that lets content escape (webview, insecure content, drag-to-navigate) off.
 * A function of plain data so a test can hold the line.
 */
import type { WebPreferences } from 'electron';

/**
 * Web preferences for the main window, with `preload` the built CommonJS preload. DevTools
 * exist only in development: in a packaged build nobody should be talked into opening a
 * console on a planner's desktop.
 */
export function buildWebPreferences(preload: string, options: { packaged?: boolean } = {}): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: !(options.packaged ?? false),
  };
}
