import { mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/contract/content-security-policy';
import { createStaticServer, listenOnFreePort, resolveRequestPath } from '../../scripts/static-server.mjs';
import { makeTempFolder, removeTempFolder } from './temp-folder';

let folder: string;
let server: Server;
let base: string;

beforeAll(async () => {
  folder = await makeTempFolder();
  const root = join(folder, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>LaneSim</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'export {};');
  await writeFile(join(folder, 'secret.txt'), 'outside the root');
  server = createStaticServer(root, { csp: contentSecurityPolicy });
  base = `http://127.0.0.1:${await listenOnFreePort(server, 5400 + Math.floor(Math.random() * 400))}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await removeTempFolder(folder);
});

describe('browser fallback server of npm start', () => {
  it('serves the UI with the app’s CSP and the right content types', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('LaneSim');
    const script = await fetch(`${base}/assets/index.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('falls back to the app page for client-side routes, not for missing assets', async () => {
    expect((await fetch(`${base}/compare`)).status).toBe(200);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves files outside its root and accepts only GET/HEAD', async () => {
    expect(resolveRequestPath('/srv/ui', '/%2e%2e/secret.txt')).toBe('/srv/ui/secret.txt');
    expect(resolveRequestPath('/srv/ui', '/..%2fsecret.txt')).toBeNull();
    expect(await (await fetch(`${base}/..%2fsecret.txt`)).text()).not.toContain('outside the root');
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
