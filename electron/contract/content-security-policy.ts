/**
 * The app's Content-Security-Policy, in one place so the desktop shell (response header),
 * the browser fallback server and the renderer's index.html (meta tag) can all use the same
 * string. Nothing remote: scripts, styles, workers and data come from the app itself.
 * `'unsafe-inline'` styles only, for libraries that inject <style>; never inline scripts.
 */
export const contentSecurityPolicyDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** The policy as a header value. */
export const contentSecurityPolicy: string = Object.entries(contentSecurityPolicyDirectives)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');
