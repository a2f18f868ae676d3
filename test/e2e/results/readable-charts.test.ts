/**
 * Charts a person can read, in Chromium, at 1366×768 and 1920×1080 in both languages: the
 * utilisation chart is a station × time heat map (a row per queue station, not a line
 * each), legends are whole (no paginated legend, every entry drawn), the time axes are
 * labelled on round clock values only, and Sweep & plan open on the bottleneck station
 * rather than the first one. Screenshots: test-results/screenshots/results-charts-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { displayNames, validateScenario, type Scenario } from '../../../sim/index.js';
import { ROOT, SHOTS, startHarness, type Harness } from '../harness.js';

const CLASSIC = ((): Scenario => {
  const v = validateScenario(JSON.parse(readFileSync(`${ROOT}scenarios/harbin-t1-entry-classic.json`, 'utf8')));
  if (!v.ok) throw new Error('classic lane invalid');
  return v.scenario;
})();

async function runLane(page: Page, id: string): Promise<void> {
  await page.selectOption('[data-testid=open-menu]', `bundled:${id}`);
  await page.waitForSelector('[data-testid=lane-diagram][data-layout=ready]');
  await page.fill('[data-testid=replications]', '2');
  await page.fill('[data-testid=seed]', '3');
  const count = () => page.evaluate(() => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0));
  const before = await count();
  await page.click('[data-testid=run]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0) === n + 1, before, { timeout: 90_000 });
  await page.waitForSelector('[data-testid=results]');
}

/** The texts of a chart's SVG, and how many legend page arrows it draws (a paginated legend has them). */
async function chartTexts(page: Page, testId: string): Promise<string[]> {
  await page.waitForSelector(`[data-testid=${testId}] svg text`, { state: 'attached' });
  return page.$$eval(`[data-testid=${testId}] svg text`, (els) => els.map((e) => e.textContent ?? ''));
}

describe('readable charts in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('heat map of utilisation, whole legends, round time ticks; at both sizes in both languages', async () => {
    const { page, errors, context } = await h.newPage();
    await runLane(page, 'harbin-t1-entry-classic');
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      for (const lang of ['zh-CN', 'en'] as const) {
        await page.click(`[data-testid=lang-${lang}]`);
        await page.click('[data-testid=tab-results]');
        await page.locator('[data-testid=chart-utilization]').scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        // Utilisation: one heat-map row label per queue station, the bands as its key.
        const util = await chartTexts(page, 'chart-utilization');
        const border = displayNames(CLASSIC, lang).station('border');
        expect(util.filter((t) => t === border), `${lang}: one row named ${border}`).toHaveLength(1);
        expect(util.some((t) => t.includes('≥ 95 %')), lang).toBe(true);
        // Time axes: every shown label a round clock value (minutes a multiple of 5), and not many.
        const queue = await chartTexts(page, 'chart-queue');
        const times = queue.filter((t) => /^\d\d:\d\d$/.test(t));
        expect(times.length, lang).toBeGreaterThan(2);
        expect(times.length, lang).toBeLessThanOrEqual(9);
        const minutes = times.map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
        const step = minutes[1] - minutes[0];
        expect([5, 10, 15, 20, 30, 60, 120, 180], `${lang}: step ${step}`).toContain(step);
        for (const m of minutes) expect(m % step, `${lang}: ${times.join(' ')}`).toBe(0);
        // Legends whole: every queue station of the queue chart is named in it.
        const names = displayNames(CLASSIC, lang);
        const queues = CLASSIC.stations.filter((s) => s.mode === 'queue').map((s) => names.station(s.id));
        expect(queues.length).toBeGreaterThanOrEqual(3);
        for (const name of queues) expect(queue, `${lang}: legend ${name}`).toContain(name);
        await page.screenshot({ path: `${SHOTS}/results-charts-${lang}-${width}x${height}.png`, fullPage: true });
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('Sweep & plan open on the bottleneck station (border desks), not the first station (temperature screening)', async () => {
    const { page, errors, context } = await h.newPage();
    await page.selectOption('[data-testid=open-menu]', 'bundled:harbin-t1-entry-classic');
    await page.waitForSelector('[data-testid=lane-diagram][data-layout=ready]');
    await page.click('[data-testid=tab-sweep]');
    await page.waitForSelector('[data-testid=sweep-view]');
    expect(await page.inputValue('[data-testid=sweep-pick-0]')).toBe('stations[id=border].servers');
    await page.click('[data-testid=sweep-panel-plan]');
    expect(await page.isChecked('[data-testid=plan-vary-border]')).toBe(true);
    expect(await page.isChecked('[data-testid=plan-vary-temperature]')).toBe(false);
    await page.screenshot({ path: `${SHOTS}/plan-default-bottleneck.png` });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
