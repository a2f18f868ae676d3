/**
 * The replay as the workbench's tab: the built app (`dist/renderer`, from `npm run
 * build:renderer`) opens the Replay tab, replays the open document, follows the language
 * switch in the header, and gives the other tabs back. Screenshots at 1366×768:
 * test-results/screenshots/replay-workbench-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder, type StaticServer } from '../../bench/replay-browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist', 'renderer');
const SHOTS = join(ROOT, 'test-results', 'screenshots');

let browser: Browser;
let server: StaticServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html missing: run "npm run build:renderer" first`);
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(DIST);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url.replace(/replay\.html$/, 'index.html'));
  await page.waitForSelector('[data-testid=lane-diagram]', { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('replay tab in the workbench', () => {
  it('replays the open document, in both languages, and hands back the other tabs', async () => {
    await page.getByTestId('lang-zh-CN').click();
    await expect(page.getByTestId('tab-replay').textContent()).resolves.toBe('回放');
    await page.getByTestId('tab-replay').click();
    await page.waitForFunction(() => (window.__lanesimReplay?.stats.count ?? 0) > 0, undefined, { timeout: 30_000 });
    // The open document is the first choice and the one replayed.
    await expect(page.getByTestId('replay-scenario').inputValue()).resolves.toBe('(document)');
    const docName = await page.getByTestId('doc-name').textContent();
    expect(docName).toBeTruthy();
    await page.getByTestId('replay-peak').click();
    expect(Number(await page.getByTestId('replay-queued').textContent())).toBe(await page.evaluate(() => window.__lanesimReplay!.player.model.curve.peakQueue));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'replay-workbench-zh-CN.png') });

    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('tab-replay').textContent()).resolves.toBe('Replay');
    await expect(page.getByTestId('replay-play').textContent()).resolves.toContain('Play');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'replay-workbench-en.png') });

    await page.getByTestId('tab-editor').click();
    await page.waitForSelector('[data-testid=lane-diagram]');
    expect(await page.getByTestId('replay-view').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
