// A tiny static file server for the built UI (dist/renderer), used by `npm start` when the
// Electron binary is missing. Loopback only, GET/HEAD only, never serves outside its root,
// and sends the same Content-Security-Policy as the desktop shell, so what a browser shows
// here is what the desktop app would show.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` for a request path, or null when it would leave the root. */
export function resolveRequestPath(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const base = normalize(root);
  const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
  return file === base || file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : null;
}

/** URL path under which `npm start -- <file>` serves the file it was given (one file, by name). */
export const OPENED_FILE_PREFIX = '/opened-file/';

/**
 * An http.Server serving `root`; `csp` is sent on every response. `openedFile` (an absolute
 * path, optional) is the scenario named on `npm start -- <file>`: it is served at
 * `/opened-file/<its base name>` and nothing else outside the root is.
 */
export function createStaticServer(root, { csp, openedFile }) {
  const openedPath = openedFile ? OPENED_FILE_PREFIX + encodeURIComponent(basename(openedFile)) : null;
  return createServer(async (request, response) => {
    const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = openedPath !== null && new URL(request.url ?? '/', 'http://localhost').pathname === openedPath ? openedFile : resolveRequestPath(root, request.url ?? '/');
    if (file === null) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    let info = await stat(file).catch(() => null);
    // Client-side routes (no extension) fall back to the app page.
    if ((info === null || info.isDirectory()) && extname(file) === '') {
      file = join(root, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (info === null || !info.isFile()) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': info.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}

/** Listens on 127.0.0.1, trying the next ports when one is taken; resolves the port used. */
export function listenOnFreePort(server, firstPort, attempts = 20) {
  return new Promise((resolve, reject) => {
    let port = firstPort;
    const tryPort = () => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && port < firstPort + attempts - 1) {
          port += 1;
          tryPort();
        } else reject(error);
      });
      server.listen(port, '127.0.0.1', () => resolve(server.address().port));
    };
    tryPort();
  });
}
