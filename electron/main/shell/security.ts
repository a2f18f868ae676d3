/**
 * Applies the pure policies of `../navigation-policy.ts` to every web contents the app
 * creates, and denies permission requests for the whole session.
 */
import { app, session, shell } from 'electron';
import { contentSecurityPolicy } from '../../contract/content-security-policy';
import { decideWindowOpen, isNavigationAllowed, isPermissionAllowed } from '../navigation-policy';

/** Call once, before the first window. */
export function hardenApp(trustedOrigins: readonly string[], dev: boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url, trustedOrigins)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url, trustedOrigins)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally !== null) void shell.openExternal(decision.openExternally);
      return { action: decision.action };
    });
  });

  const current = session.defaultSession;
  current.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, trustedOrigins));
  });
  current.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, trustedOrigins));

  // The dev server is http: give its responses the same policy app:// sends.
  // (Vite's dev client needs inline scripts, so development relaxes script-src.)
  if (dev) {
    current.webRequest.onHeadersReceived((details, callback) => {
      const policy = contentSecurityPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:");
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
  }
}
