/**
 * The renderer is served from `app://lanesim/`, not `file://` (Electron security checklist:
 * a custom protocol gives the page a real origin, lets us send the CSP as a header, and
 * confines it to the built bundle). This maps a request URL to a file inside the bundle
 * folder — never outside it — and names its content type.
 */
import { extname, join, normalize, sep } from 'node:path';

export const appScheme = 'app';
export const appHost = 'lanesim';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content type by extension; unknown files are served as opaque bytes. */
export function contentTypeFor(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` for `url`, or null if the URL is not ours or escapes the root. */
export function resolveAppRequest(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const rootNormal = normalize(root);
  const file = normalize(join(rootNormal, relative));
  const prefix = rootNormal.endsWith(sep) ? rootNormal : rootNormal + sep;
  return file.startsWith(prefix) ? file : null;
}
