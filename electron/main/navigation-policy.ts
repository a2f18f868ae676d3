/**
 * The page may never leave the app: navigation to anything but our own bundle is refused,
 * new windows are refused, and an https link the user clicks (a scenario's source) opens in
 * the system browser instead. Pure decisions, wired to Electron events in `shell/security.ts`.
 */
import { originOf } from './ipc-sender';

/** May the window navigate to `url`? Only within our own origins (e.g. a reload). */
export function isNavigationAllowed(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/** Every `window.open` / target=_blank is denied; plain https links go to the system browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  try {
    const parsed = new URL(url);
    const external = parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' ? parsed.href : null;
    return { action: 'deny', openExternally: external };
  } catch {
    return { action: 'deny', openExternally: null };
  }
}

/**
 * Permissions (camera, geolocation, notifications, …) are all denied: a simulation needs
 * none. Writing to the clipboard (copy a chart) is the one exception, only for our page.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, trustedOrigins: readonly string[]): boolean {
  return permission === 'clipboard-sanitized-write' && isNavigationAllowed(requestingUrl, trustedOrigins);
}
