/**
 * The README's browser fallback of `npm start`: the UI served by scripts/static-server.mjs
 * (the server start.mjs uses) with the file named on `npm start -- <file>` opens that file,
 * and the standalone replay page (`/replay.html`) is part of the build, not a 404.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { contentSecurityPolicy } from '../../electron/contract/content-security-policy.js';
import { createStaticServer, listenOnFreePort } from '../../scripts/static-server.mjs';
import { CHROMIUM, DIST, ROOT } from './harness.js';

const README_FILE = /npm start -- (\S+)/.exec(readFileSync(`${ROOT}README.md`, 'utf8'))?.[1] ?? '';

describe('npm start browser fallback', () => {
  let server: Server;
  let base = '';
  let browser: Browser;
  beforeAll(async () => {
    server = createStaticServer(DIST, { csp: contentSecurityPolicy, openedFile: `${ROOT}${README_FILE}` });
    base = `http://127.0.0.1:${await listenOnFreePort(server, 5600 + Math.floor(Math.random() * 300))}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it('opens the README’s example file', async () => {
    expect(README_FILE).toMatch(/^scenarios\/.+\.json$/);
    const name = README_FILE.split('/').pop() ?? '';
    expect((await fetch(`${base}/opened-file/${name}`)).status).toBe(200);
    expect((await fetch(`${base}/opened-file/other.json`)).status).toBe(404);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/?open=${encodeURIComponent(name)}`);
    await expect.poll(() => page.locator('[data-testid=doc-name]').getAttribute('title')).toBe(name);
    await page.waitForSelector('[data-testid=lane-diagram]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the standalone replay page', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${base}/replay.html`);
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
