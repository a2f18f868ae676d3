/**
 * Serves the built renderer over app://lanesim/ with the CSP as a response header. Thin:
 * the path mapping and content types live in `../app-protocol.ts`.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
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
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (response === null || !response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
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
