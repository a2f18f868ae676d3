/**
 * Serves the built renderer over app://lanesim/ with the CSP as a response header. Thin:
 * the path mapping and content types live in `../app-protocol.ts`.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../../contract/content-security-policy';
import { appScheme, contentTypeFor, resolveAppRequest } from '../app-protocol';

/** Must run before `app.whenReady()`: makes app:// a secure, standard origin (fetch, workers, modules). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Answers app:// requests from files under `root`. */
export function serveAppProtocol(root: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppRequest(request.url, root);
    if (file === null) return new Response('Not found', { status: 404 });
    // Electron's fs reads inside app.asar, so this works packaged and from the sources.
    const body = await readFile(file).catch(() => null);
    if (body === null) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    });
  });
}
