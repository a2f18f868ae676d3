/**
 * Chooses the Host once, in one place: the desktop shell's preload installs the typed API as
 * `window.lanesim` (electron/contract/ipc-types.ts `hostGlobalName`); without it the page
 * runs in a plain browser and uses the browser host.
 */
import type { Host } from './host-api.js';
import { hostGlobalName } from '../../electron/contract/ipc-types.js';
import { createBrowserHost } from './browser-host.js';

function isHost(value: unknown): value is Host {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === 'electron' && typeof v.openScenario === 'function' && typeof v.saveScenario === 'function';
}

/** The desktop host when the preload exposed one, else the browser host. */
export function selectHost(global: object = window): Host {
  const candidate = (global as Record<string, unknown>)[hostGlobalName];
  return isHost(candidate) ? candidate : createBrowserHost();
}
