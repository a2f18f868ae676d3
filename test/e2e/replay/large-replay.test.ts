/**
 * A large replay file (about 150,000 stored visits, 12 MB) opens without freezing the page:
 * parsing, validation and decoding run in a worker (renderer/replay/open-worker.ts). While
 * it loads, a progress banner names the phase, a requestAnimationFrame counter keeps
 * advancing and a click on the toolbar is handled; then the replay opens with every visit.
 * A second open is cancelled midway: the banner goes, a notice says so and the replay that
 * was open stays. No wall-clock assertion: the checks are that the page does things while
 * the file is still loading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReplayPage, launchChromium, serveFolder, type StaticServer } from '../../../bench/replay-browser.js';
import { ENGINE_VERSION, validateScenario } from '../../../sim/index.js';
import { rebuildTrace, serializeReplay } from '../../../sim/replay/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WORK = join(ROOT, 'test-results', 'replay-large-e2e');
const FILE = join(WORK, 'large.replay.json');

let browser: Browser;
let server: StaticServer;
let page: Page;
let visits = 0;
const errors: string[] = [];

/** A lane with 5,000 passengers an hour for ten hours, three visits each, its replication 0 stored in the file. */
function writeLargeReplay(): void {
  const v = validateScenario({
    format: 'lanesim/scenario@1',
    name: 'large replay',
    horizon: { arrivalsSeconds: 36_000 },
    classes: [{ id: 'all', share: 1 }],
    arrivals: [{ kind: 'poisson', ratePerHour: 5000 }],
    entry: 'walk',
    stations: [
      { id: 'walk', mode: 'delay', service: { dist: 'uniform', min: 20, max: 60 }, next: 'desk' },
      { id: 'desk', mode: 'queue', servers: 50, service: { dist: 'exponential', mean: 30 }, next: 'corridor' },
      { id: 'corridor', mode: 'delay', service: { dist: 'uniform', min: 10, max: 30 }, next: 'exit' },
    ],
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const { log } = rebuildTrace(v.scenario, 1, 1_000_000);
  visits = log.visits.length;
  writeFileSync(FILE, serializeReplay({ scenario: v.scenario, seed: 1, recordVisits: 1_000_000, bookmarks: [], log }, { includeTrace: true, engine: ENGINE_VERSION }));
}

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  writeLargeReplay();
  const dir = await buildReplayPage(join(ROOT, 'test-results', 'replay-large-dist'));
  server = await serveFolder(dir);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}?lang=en`);
  await page.waitForSelector('[data-testid=replay-canvas]', { timeout: 60_000 });
  // The test's own frame counter on the UI thread: it advances only while that thread is free.
  await page.evaluate(() => {
    const w = window as unknown as { frames: number };
    w.frames = 0;
    const tick = () => {
      w.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const frames = () => page.evaluate(() => (window as unknown as { frames: number }).frames);
const loading = () => page.getByTestId('replay-opening').isVisible();

async function pick(): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('replay-open').click()]);
  await chooser.setFiles(FILE);
  await page.waitForSelector('[data-testid=replay-opening]');
}

describe('a large replay file', () => {
  it('loads in a worker: frames advance and clicks are handled while it loads, then every visit is there', async () => {
    expect(visits).toBeGreaterThan(100_000);
    const before = await page.getByTestId('replay-doc').textContent();
    await pick();
    // While the banner is up: the frame counter moves on, and a click on the toolbar takes effect.
    const f0 = await frames();
    await page.waitForFunction((n) => (window as unknown as { frames: number }).frames >= n + 5, f0, { timeout: 60_000 });
    const box = page.getByTestId('replay-include-trace');
    const checked = await box.isChecked();
    await box.click();
    expect(await box.isChecked()).toBe(!checked);
    expect(await loading()).toBe(true);
    await expect(page.getByTestId('replay-opening').textContent()).resolves.toMatch(/^Opening large\.replay\.json: (reading the JSON|checking the file|checking the scenario|checking the trace|decoding the trace)…/);
    await page.screenshot({ path: join(WORK, 'large-replay-loading.png') });
    // Then it opens, with every stored visit.
    await page.waitForSelector('[data-testid=replay-opening]', { state: 'detached', timeout: 240_000 });
    await expect(page.getByTestId('replay-notice').textContent()).resolves.toContain('Opened large.replay.json');
    await expect(page.getByTestId('replay-doc').textContent()).resolves.toContain(`${visits.toLocaleString('en')} station visits`);
    expect(await page.getByTestId('replay-doc').textContent()).not.toBe(before);
  }, 300_000);

  it('Cancel stops a load midway; the replay that was open stays', async () => {
    await page.getByTestId('replay-build').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=replay-building]'), undefined, { timeout: 60_000 });
    const before = await page.getByTestId('replay-doc').textContent();
    await pick();
    await page.getByTestId('replay-open-cancel').click();
    await page.waitForSelector('[data-testid=replay-opening]', { state: 'detached' });
    await expect(page.getByTestId('replay-notice').textContent()).resolves.toContain('Stopped opening large.replay.json');
    expect(await page.getByTestId('replay-doc').textContent()).toBe(before);
    expect(errors).toEqual([]);
  }, 120_000);
});
