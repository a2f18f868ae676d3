/**
 * Where the window's page comes from: the built bundle over app://, or — in development
 * only — a Vite dev server on this machine. A packaged app ignores the variable, so an
 * environment variable can never point an installed LaneSim at a remote page.
 */
import { appEntryUrl, appOrigin } from './app-protocol';
import { originOf } from './ipc-sender';

export interface RendererSource {
  /** The URL the window loads. */
  url: string;
  /** Origins whose top frame may use the IPC API and navigate. */
  trustedOrigins: string[];
  dev: boolean;
}

/** Chooses the page from `LANESIM_DEV_URL` (development only) or the bundle. */
export function rendererSource(devUrl: string | undefined, packaged: boolean): RendererSource {
  if (!packaged && devUrl !== undefined && devUrl !== '') {
    const origin = originOf(devUrl);
    const local = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin ?? '');
    if (origin !== null && local) return { url: devUrl, trustedOrigins: [origin], dev: true };
  }
  return { url: appEntryUrl, trustedOrigins: [appOrigin], dev: false };
}
