/**
 * End-to-end harness: serves the built workbench (`dist/renderer`, from `npm run
 * build:renderer`) on localhost and drives Debian's Chromium with playwright-core.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error -- plain ESM script without types; returns { server, url }.
import { serveRenderer } from '../../scripts/serve-renderer.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = `${ROOT}dist/renderer`;
export const SHOTS = `${ROOT}test-results/screenshots`;
export const CHROMIUM = '/usr/bin/chromium';

export interface Viewport {
  width: number;
  height: number;
}

/** The two screen sizes the workbench is designed for (issue #18): a laptop and a desktop monitor. */
export const VIEWPORTS: readonly Viewport[] = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

export interface Harness {
  browser: Browser;
  server: Server;
  url: string;
  /** A fresh context and page on the workbench; 1366×768 unless a viewport is given. */
  newPage(options?: { viewport?: Viewport }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/index.html missing: run "npm run build:renderer" first`);
  mkdirSync(SHOTS, { recursive: true });
  const { server, url } = (await serveRenderer(DIST)) as { server: Server; url: string };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    browser,
    server,
    url,
    async newPage(options) {
      const context = await browser.newContext({ viewport: options?.viewport ?? VIEWPORTS[0], acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(url);
      // The diagram is laid out asynchronously (elkjs): wait for it to be drawn, exit included.
      await page.waitForSelector('[data-testid=lane-diagram][data-layout=ready]');
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
