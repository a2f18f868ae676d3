/**
 * Runs carry what they are, in Chinese and in English: open the classic entry lane, run it,
 * change the border desks 8 → 10, rerun. The two runs are named apart ("… 边检人工通道
 * 8 → 10 …"); "compare with previous" takes the previous run of the same scenario as the
 * baseline even after another scenario ran in between; the edited run's report shows 10
 * desks; the 2-desk lane is flagged while typing, at the field, in the UI's language.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayNames } from '../../sim/index.js';
import { SHOTS, startHarness, type Harness } from './harness.js';
import { loadScenario, openBundled, runAndWait, setRunOptions } from './workbench-steps.js';

const CLASSIC = loadScenario('harbin-t1-entry-classic');
const BORDER = CLASSIC.stations.findIndex((s) => s.id === 'border');

describe('runs that carry what they are', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang}: edit desks, rerun, runs named apart, compared the right way round, the report shows 10 desks`, { timeout: 300_000 }, async () => {
      const { page, errors, context } = await h.newPage();
      await setRunOptions(page, { language: lang, replications: 2, seed: 4 });
      const names = displayNames(CLASSIC, lang);
      const border = names.station('border');

      await openBundled(page, 'harbin-t1-entry-classic');
      await runAndWait(page);
      // Another scenario runs in between: "previous" must still mean the classic lane's run.
      await openBundled(page, 'harbin-t1-entry-smart');
      await runAndWait(page);
      await openBundled(page, 'harbin-t1-entry-classic');

      await page.click('[data-testid=tab-editor]');
      await page.click('[data-testid=node-border]');
      const servers = page.locator(`[data-testid=station-panel] [data-path="stations[${BORDER}].servers"] input`);
      expect(await servers.inputValue()).toBe('8');
      // Overloaded while typing: flagged at the field and on the badge, in the UI's language.
      await servers.fill('2');
      const message = page.locator(`[data-testid=station-panel] [data-path="stations[${BORDER}].servers"] [data-testid=field-error]`);
      await expect.poll(() => message.textContent()).toContain(border);
      expect(await message.textContent()).toMatch(lang === 'zh-CN' ? /供给负荷/ : /offered load/);
      expect(await page.locator('[data-testid=validity]').textContent()).not.toMatch(/✓/);
      expect(await page.locator('[data-testid=node-border]').getAttribute('class')).toContain('node-invalid');
      await servers.fill('10');
      await expect.poll(() => page.locator('[data-testid=validity]').textContent()).toMatch(/✓/);
      await runAndWait(page);

      const runNames = await page.locator('[data-testid=run-list] .run-name').allTextContents();
      expect(runNames).toHaveLength(3);
      expect(runNames[0]).not.toContain('→');
      expect(runNames[2]).toContain(`${border} 8 → 10`);
      expect(await page.locator('[data-testid=run-list] li').nth(2).locator('[data-testid=run-changes]').textContent()).toBe(`${border} 8 → 10`);
      // "Compare with previous" waits for a previous run of the same scenario: the smart lane has none.
      await page.locator('[data-testid=run-list] li').nth(1).locator('.run-item-main').click();
      expect(await page.locator('[data-testid=compare-previous]').isDisabled()).toBe(true);
      await page.locator('[data-testid=run-list] li').nth(2).locator('.run-item-main').click();
      expect(new Set(runNames).size).toBe(3);
      const hashes = await page.locator('[data-testid=run-hash]').allTextContents();
      expect(hashes[0]).not.toBe(hashes[2]);

      await page.click('[data-testid=compare-previous]');
      await page.waitForSelector('[data-testid=compare-table]');
      // Baseline first: the 8-desk run of the same file, not the smart lane that ran last before it.
      const list = page.locator('[data-testid=run-list] li');
      expect(await list.nth(0).locator('input[type=checkbox]').isChecked()).toBe(true);
      expect(await list.nth(1).locator('input[type=checkbox]').isChecked()).toBe(false);
      expect(await list.nth(2).locator('input[type=checkbox]').isChecked()).toBe(true);
      expect(await list.nth(0).locator('.run-meta').textContent()).toMatch(lang === 'zh-CN' ? /基准/ : /baseline/);
      await page.screenshot({ path: `${SHOTS}/run-identity-compare-${lang}.png` });

      // The edited run's report: the parameters of the lane it ran, with its change named.
      await page.click('[data-testid=tab-results]');
      await page.locator('[data-testid=run-list] li').nth(2).locator('.run-item-main').click();
      // Durations in the UI's language ("16.5 分钟", not "16.5 min").
      expect(await page.locator('[data-testid=card-mean]').textContent()).toContain(lang === 'zh-CN' ? '分钟' : 'min');
      if (lang === 'zh-CN') expect(await page.locator('[data-testid=card-mean]').textContent()).not.toContain('min');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-report]')]);
      const html = readFileSync(await download.path(), 'utf8');
      expect(html).toMatch(/data-station="border"><td>[^<]+<\/td><td>[^<]+<\/td><td class="num" data-testid="report-servers">10<\/td>/);
      expect(html).toContain(`${border} 8 → 10`);
      await page.screenshot({ path: `${SHOTS}/run-identity-results-${lang}.png` });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
