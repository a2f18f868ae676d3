/**
 * End to end: the standalone replay page in Debian's Chromium. Opens a bundled scenario
 * (the replay fixture when none is bundled), plays, pauses, changes speed, scrubs, jumps to
 * the peak, steps event by event, follows a passenger, adds a bookmark, saves the replay
 * file and opens it again, refuses a broken one, and takes screenshots at 1366×768 in
 * zh-CN and English (test-results/screenshots/replay-*.png).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReplayPage, launchChromium, serveFolder, type StaticServer } from '../../../bench/replay-browser.js';
import { validateReplayText } from '../../../sim/replay/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const WORK = join(ROOT, 'test-results', 'replay-e2e');
const SCENARIO = existsSync(join(ROOT, 'scenarios', 'harbin-t1-entry-smart.json')) ? 'harbin-t1-entry-smart' : 'replay-entry';

let browser: Browser;
let server: StaticServer;
let page: Page;
const errors: string[] = [];

/** The simulated time the page shows (its clock element carries it, rounded to the millisecond), once React has caught up with the player. */
async function simTime(): Promise<number> {
  await page.waitForFunction(() => {
    const shown = Number(document.querySelector('[data-testid=replay-clock]')?.getAttribute('data-t'));
    return Math.abs(shown - window.__lanesimReplay!.player.getSnapshot().t) < 0.001;
  });
  return page.evaluate(() => window.__lanesimReplay!.player.getSnapshot().t);
}

async function player<T>(fn: string): Promise<T> {
  return page.evaluate(`(() => { const r = window.__lanesimReplay; return (${fn})(r.player, r); })()`) as Promise<T>;
}

async function waitForReplay(): Promise<void> {
  await page.waitForSelector('[data-testid=replay-canvas]', { timeout: 30_000 });
  await page.waitForFunction(() => (window.__lanesimReplay?.stats.count ?? 0) > 0);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(WORK, { recursive: true });
  const dir = await buildReplayPage();
  server = await serveFolder(dir);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon') && !m.text().includes('404')) errors.push(m.text());
  });
  await page.goto(`${server.url}?lang=zh-CN&scenario=${SCENARIO}`);
  try {
    await waitForReplay();
  } catch (e) {
    await page.screenshot({ path: join(WORK, 'failed-start.png') });
    throw new Error(`${String(e)}\npage errors: ${errors.join('\n')}`);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('replay view end to end', () => {
  it('opens a bundled scenario with its stations, legend and counters', async () => {
    await expect(page.getByTestId('replay-scenario').inputValue()).resolves.toBe(SCENARIO);
    expect(await page.getByTestId('replay-legend').locator('li').count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('replay-doc').textContent()).resolves.toMatch(/名旅客/);
    expect(await simTime()).toBe(await player<number>('(p) => p.tStart'));
  });

  it('plays, changes speed and pauses', async () => {
    await page.getByTestId('replay-speed').selectOption('300');
    const t0 = await simTime();
    await page.getByTestId('replay-play').click();
    await page.waitForTimeout(1200);
    const t1 = await simTime();
    // About 300 simulated seconds per second (animation frames may be slow on a busy machine).
    expect(t1 - t0).toBeGreaterThan(100);
    await page.getByTestId('replay-play').click();
    const paused = await simTime();
    await page.waitForTimeout(400);
    expect(await simTime()).toBe(paused);
    expect(Number(await page.getByTestId('replay-in-lane').textContent())).toBeGreaterThan(0);
  });

  it('scrubs on the timeline and jumps to the peak', async () => {
    const box = (await page.getByTestId('replay-timeline').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
    const [tStart, tEnd] = await player<[number, number]>('(p) => [p.tStart, p.tEnd]');
    await page.waitForTimeout(150);
    expect(Math.abs((await simTime()) - (tStart + (tEnd - tStart) * 0.5))).toBeLessThan((tEnd - tStart) * 0.01);
    await page.getByTestId('replay-peak').click();
    await page.waitForTimeout(150);
    const peak = await player<{ t: number; q: number }>('(p) => ({ t: p.model.curve.peakTime, q: p.model.curve.peakQueue })');
    expect(await simTime()).toBeCloseTo(peak.t, 3);
    expect(Number(await page.getByTestId('replay-queued').textContent())).toBe(peak.q);
  });

  it('steps event by event', async () => {
    const before = await simTime();
    await page.getByTestId('replay-step').click();
    await page.waitForTimeout(100);
    const after = await simTime();
    expect(after).toBeGreaterThan(before);
    const expected = await player<number>(`(p) => { const e = p.model.events; let i = 0; while (i < e.length && e.time[i] <= ${before}) i++; return e.time[i]; }`);
    expect(after).toBe(expected);
    await expect(page.getByTestId('replay-event').textContent()).resolves.toMatch(/旅客 #\d+/);
    await page.getByTestId('replay-step-back').click();
    await page.waitForTimeout(100);
    expect(await simTime()).toBeLessThan(after);
  });

  it('follows a clicked passenger and shows their times at each station', async () => {
    await page.getByTestId('replay-peak').click();
    // Pick a passenger waiting in a queue (they stand still) and click them on the canvas.
    const pid = await player<number>('(p) => { const f = p.currentFrame(); for (let i = 0; i < f.count; i++) if (f.state[i] === 1) return f.pid[i]; return f.pid[0]; }');
    const pos = await page.evaluate((id) => window.__lanesimReplay!.screenPosition(id), pid);
    expect(pos).not.toBeNull();
    const canvas = (await page.getByTestId('replay-canvas').boundingBox())!;
    await page.mouse.click(canvas.x + pos!.x, canvas.y + pos!.y);
    await page.waitForSelector('[data-testid=replay-follow]');
    const followed = await player<number>('(p) => p.followed');
    // The nearest passenger to the click: the one chosen, or a neighbour in the same queue.
    expect(followed).toBeGreaterThanOrEqual(0);
    await expect(page.getByTestId('replay-follow').textContent()).resolves.toContain(`#${followed}`);
    const visits = await player<number>(`(p) => p.model.index.pvStart[${followed} + 1] - p.model.index.pvStart[${followed}]`);
    expect(await page.getByTestId('replay-journey').locator('tbody tr').count()).toBe(visits);
    await expect(page.getByTestId('replay-follow-state').textContent()).resolves.toMatch(/排队|办理|步行|通过|行李/);
  });

  it('adds a bookmark and takes the zh-CN screenshot', async () => {
    await page.getByTestId('replay-bookmark-note').fill('高峰：边检排队最长');
    await page.getByTestId('replay-bookmark-add').click();
    await expect(page.getByTestId('replay-bookmarks').locator('li').count()).resolves.toBe(1);
    await expect(page.getByTestId('replay-bookmarks').textContent()).resolves.toContain('高峰：边检排队最长');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'replay-zh-CN.png') });
  });

  it('saves the replay file with its trace and opens it again', async () => {
    await page.getByTestId('replay-include-trace').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('replay-save').click()]);
    const path = join(WORK, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/\.replay\.json$/);
    const text = readFileSync(path, 'utf8');
    const parsed = validateReplayText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.replay.bookmarks.map((b) => b.note)).toEqual(['高峰：边检排队最长']);
    expect(parsed.replay.log).not.toBeNull();

    // Open it back (the browser host asks for the file through a file input).
    await page.getByTestId('replay-build').click(); // a fresh replay without bookmarks
    await waitForReplay();
    await expect(page.getByTestId('replay-bookmarks').locator('li').count()).resolves.toBe(0);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('replay-open').click()]);
    await chooser.setFiles(path);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=replay-bookmarks] li').length === 1);
    await expect(page.getByTestId('replay-notice').textContent()).resolves.toContain('已打开');
    // The bookmark jumps back to its moment.
    await page.getByTestId('replay-bookmarks').locator('li button').first().click();
    expect(await simTime()).toBeCloseTo(parsed.replay.bookmarks[0].atSeconds, 2);
  });

  it('refuses a replay file from a newer LaneSim with the path and the reason', async () => {
    const bad = join(WORK, 'future.replay.json');
    writeFileSync(bad, JSON.stringify({ format: 'lanesim/replay@3', scenario: {}, seed: 1, bookmarks: [] }));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('replay-open').click()]);
    await chooser.setFiles(bad);
    await page.waitForSelector('[data-testid=replay-notice][role=alert]');
    const text = await page.getByTestId('replay-notice').textContent();
    expect(text).toContain('format');
    // The page speaks Chinese here (English comes in the next step): the reason in Chinese.
    expect(text).toContain('回放格式第 3 版');
    // The replay that was open stays open.
    expect(await page.getByTestId('replay-bookmarks').locator('li').count()).toBe(1);
  });

  it('switches to English and takes the English screenshot', async () => {
    await page.getByTestId('replay-language').selectOption('en');
    await page.getByTestId('replay-peak').click();
    await expect(page.getByTestId('replay-doc').textContent()).resolves.toMatch(/passengers/);
    await page.getByTestId('replay-step').click();
    await expect(page.getByTestId('replay-event').textContent()).resolves.toMatch(/Passenger #\d+/);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'replay-en.png') });
    expect(errors).toEqual([]);
  });
});
