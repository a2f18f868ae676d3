/**
 * The replay as the workbench's tab: the built app (`dist/renderer`, from `npm run
 * build:renderer`) opens the Replay tab, replays the open document, follows the language
 * switch in the header, gives the other tabs back, and is as it was left on return. Screenshots at 1366×768:
 * test-results/screenshots/replay-workbench-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runDetailed, validateScenario } from '../../../sim/index.js';
import { buildReplayModel, DEFAULT_RECORD_VISITS } from '../../../sim/replay/index.js';
import { launchChromium, serveFolder, type StaticServer } from '../../../bench/replay-browser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
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

    // Leave a bookmark and follow someone, switch to the editor and back: the replay is as it was left.
    await page.getByTestId('replay-bookmark-note').fill('Peak at the desks');
    await page.getByTestId('replay-bookmark-add').click();
    const pid = await page.evaluate(() => window.__lanesimReplay!.player.currentFrame().pid[0]);
    await page.evaluate((id) => window.__lanesimReplay!.player.follow(id), pid);
    const t = await page.evaluate(() => window.__lanesimReplay!.player.t);
    await page.getByTestId('tab-editor').click();
    await page.waitForSelector('[data-testid=lane-diagram]');
    expect(await page.getByTestId('replay-view').count()).toBe(0);
    await page.getByTestId('tab-replay').click();
    await page.waitForSelector('[data-testid=replay-follow]');
    expect(await page.evaluate(() => window.__lanesimReplay!.player.t)).toBe(t);
    expect(await page.evaluate(() => window.__lanesimReplay!.player.followed)).toBe(pid);
    await expect(page.getByTestId('replay-bookmarks').textContent()).resolves.toContain('Peak at the desks');
    expect(errors).toEqual([]);
  });

  it('replays with the seed in the workbench header (the run’s seed), also after a kept replay', async () => {
    const id = 'harbin-t1-entry-classic';
    const v = validateScenario(JSON.parse(readFileSync(join(ROOT, 'scenarios', `${id}.json`), 'utf8')));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    /** The trace's fingerprint: when and how high the queue peaks. */
    const peak = (seed: number) => {
      const { log } = runDetailed(v.scenario, { seed, replications: 1, recordVisits: DEFAULT_RECORD_VISITS });
      if (!log) throw new Error('no trace recorded');
      const { curve } = buildReplayModel(v.scenario, log);
      return `${curve.peakQueue}@${curve.peakTime}`;
    };
    expect(peak(7)).not.toBe(peak(v.scenario.seed ?? 1));
    const shownPeak = () => page.evaluate(() => {
      const c = window.__lanesimReplay?.player.model.curve;
      return c ? `${c.peakQueue}@${c.peakTime}` : '';
    });

    await page.getByTestId('lang-en').click();
    await page.getByTestId('tab-editor').click();
    await page.selectOption('[data-testid=open-menu]', `bundled:${id}`);
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.getByTestId('tab-replay').click();
    await expect.poll(shownPeak, { timeout: 30_000 }).toBe(peak(v.scenario.seed ?? 1));

    // Set the header's seed as for a run, come back: the kept replay is replaced by seed 7's.
    await page.getByTestId('tab-editor').click();
    await page.fill('[data-testid=seed]', '7');
    await page.getByTestId('tab-replay').click();
    await expect.poll(() => page.getByTestId('replay-doc-seed').textContent(), { timeout: 30_000 }).toBe('Seed 7 (as in the workbench run)');
    await expect(page.getByTestId('replay-seed').inputValue()).resolves.toBe('7');
    await expect.poll(shownPeak, { timeout: 30_000 }).toBe(peak(7));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'replay-workbench-seed-en.png') });
    await page.fill('[data-testid=seed]', '');
    expect(errors).toEqual([]);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`keeps the replay's seed across a tab switch, and "Build replay" stays enabled (${lang})`, async () => {
      await page.getByTestId(`lang-${lang}`).click();
      await page.getByTestId('tab-editor').click();
      await page.selectOption('[data-testid=open-menu]', 'bundled:harbin-t1-entry-classic');
      await page.waitForSelector('[data-testid=lane-diagram]');
      await page.getByTestId('tab-replay').click();
      await page.waitForFunction(() => (window.__lanesimReplay?.stats.count ?? 0) > 0, undefined, { timeout: 30_000 });
      const built = await page.getByTestId('replay-seed').inputValue();
      expect(built).toMatch(/^\d+$/);
      // Build with a seed of our own, leave for Results and come back: the seed and the button are as left.
      await page.fill('[data-testid=replay-seed]', '11');
      await page.getByTestId('replay-build').click();
      await expect.poll(() => page.getByTestId('replay-doc-seed').textContent(), { timeout: 30_000 }).toMatch(/11/);
      // Built (the button is enabled again once the trace is in).
      await expect.poll(() => page.getByTestId('replay-build').isEnabled(), { timeout: 30_000 }).toBe(true);
      await page.getByTestId('tab-results').click();
      await page.getByTestId('tab-replay').click();
      await page.waitForSelector('[data-testid=replay-seed]');
      await expect(page.getByTestId('replay-seed').inputValue()).resolves.toBe('11');
      await expect(page.getByTestId('replay-build').isEnabled()).resolves.toBe(true);
      await expect(page.getByTestId('replay-doc-seed').textContent()).resolves.toMatch(/11/);
      // A seed typed but not built yet survives the switch too.
      await page.fill('[data-testid=replay-seed]', '23');
      await page.getByTestId('tab-editor').click();
      await page.waitForSelector('[data-testid=lane-diagram]');
      await page.getByTestId('tab-replay').click();
      await expect(page.getByTestId('replay-seed').inputValue()).resolves.toBe('23');
      await expect(page.getByTestId('replay-build').isEnabled()).resolves.toBe(true);
      await page.getByTestId('replay-build').click();
      await expect.poll(() => page.getByTestId('replay-doc-seed').textContent(), { timeout: 30_000 }).toMatch(/23/);
      expect(errors).toEqual([]);
    });
  }

  it('names stations, classes and checks by the scenario’s translations, switching with the header’s language', async () => {
    await page.getByTestId('tab-editor').click();
    await page.selectOption('[data-testid=open-menu]', 'bundled:harbin-t1-entry-smart');
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.getByTestId('lang-zh-CN').click();
    await page.getByTestId('tab-replay').click();
    await page.waitForFunction(() => (window.__lanesimReplay?.stats.count ?? 0) > 0, undefined, { timeout: 30_000 });
    const bars = () => page.locator('.rp-bar-label').allTextContents();
    await expect.poll(bars, { timeout: 30_000 }).toContain('边检人工通道');
    await expect(page.getByTestId('replay-legend').textContent()).resolves.toContain('机组人员');
    // The picker names the document and the bundled lanes in Chinese too.
    await expect(page.locator('[data-testid=replay-scenario] option').first().textContent()).resolves.toContain('哈尔滨T1入境 — 智慧旅检通道');
    // Follow someone: the journey table names their stations in Chinese.
    const pid = await page.evaluate(() => window.__lanesimReplay!.player.currentFrame().pid[0]);
    if (pid !== undefined) {
      await page.evaluate((id) => window.__lanesimReplay!.player.follow(id), pid);
      await page.waitForSelector('[data-testid=replay-journey]');
      await expect(page.getByTestId('replay-journey').textContent()).resolves.toMatch(/智慧旅检通道/);
    }
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'replay-workbench-smart-zh-CN.png') });
    await page.getByTestId('lang-en').click();
    await expect.poll(bars).toContain('Border desks');
    await expect(page.getByTestId('replay-legend').textContent()).resolves.toContain('Aircrew');
    if (pid !== undefined) await expect(page.getByTestId('replay-journey').textContent()).resolves.toMatch(/Smart corridor/);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'replay-workbench-smart-en.png') });
    expect(errors).toEqual([]);
  });
});
