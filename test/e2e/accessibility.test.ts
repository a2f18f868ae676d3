/**
 * axe-core on every view of the workbench, in Chinese and in English: no critical and no
 * serious violation (WCAG 2.1 A/AA rules). Each view is reached as a user would (the schedule
 * import dialog with a preview and with errors too), with a run
 * in the results and compare views; the replay page on its own is checked too.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startHarness, type Harness } from './harness.js';

interface Found {
  view: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function axe(page: Page, view: string): Promise<Found[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({ view, rule: v.id, impact: v.impact ?? '', targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) }));
}

async function runOnce(page: Page): Promise<void> {
  const before = await page.locator('[data-testid=run-list] li').count();
  await page.click('[data-testid=run]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0) === n + 1, before, { timeout: 60_000 });
}

describe('accessibility (axe-core)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds no critical or serious violation in any view, in both languages', { timeout: 600_000 }, async () => {
    const { page, context } = await h.newPage();
    await page.fill('[data-testid=replications]', '2');
    await page.fill('[data-testid=seed]', '3');
    await page.selectOption('[data-testid=open-menu]', 'bundled:harbin-t1-entry-classic');
    await runOnce(page);
    await page.selectOption('[data-testid=open-menu]', 'bundled:harbin-t1-entry-smart');
    await runOnce(page);
    // Two different scenarios: tick both (the first ticked is the baseline) and compare.
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(0).check();
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(1).check();
    await page.click('[data-testid=open-compare]');
    await page.waitForSelector('[data-testid=compare-table]');
    const found: Found[] = [];
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      await page.click('[data-testid=tab-editor]');
      for (const section of ['lane', 'arrivals', 'classes', 'settings'] as const) {
        await page.click(`[data-testid=section-${section}]`);
        if (section === 'lane') await page.click('[data-testid=node-corridor]');
        found.push(...(await axe(page, `${lang} editor-${section}`)));
        if (section === 'arrivals') {
          // The schedule import dialog with a preview, then with a file whose rows have problems.
          await page.click('[data-testid=import-schedule]');
          await page.setInputFiles('[data-testid=import-file]', `${ROOT}scenarios/schedules/heihe-buses-day.csv`);
          await page.waitForSelector('[data-testid=import-table]');
          found.push(...(await axe(page, `${lang} import-preview`)));
          await page.fill('[data-testid=import-paste]', 'Flight\tSTA\tPassengers\nCZ1\t25:61\t100\n');
          await page.waitForSelector('[data-testid=import-errors] li');
          found.push(...(await axe(page, `${lang} import-errors`)));
          await page.click('[data-testid=import-cancel]');
          await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
        }
      }
      await page.click('[data-testid=tab-results]');
      await page.waitForSelector('[data-testid=chart-histogram] svg path', { state: 'attached' });
      found.push(...(await axe(page, `${lang} results`)));
      await page.click('[data-testid=tab-compare]');
      await page.waitForSelector('[data-testid=compare-table]');
      found.push(...(await axe(page, `${lang} compare`)));
      await page.click('[data-testid=tab-sweep]');
      for (const panel of ['sweep', 'plan'] as const) {
        await page.click(`[data-testid=sweep-panel-${panel}]`);
        found.push(...(await axe(page, `${lang} ${panel}`)));
      }
      await page.click('[data-testid=tab-replay]');
      await page.waitForSelector('[data-testid=replay-view]');
      await page.waitForTimeout(300);
      found.push(...(await axe(page, `${lang} replay`)));
    }
    await page.goto(`${h.url}replay.html`);
    // The page builds its first replay on load: check it once that is done.
    await page.waitForSelector('[data-testid=replay-view] [data-testid=replay-build]:not([disabled])', { timeout: 60_000 });
    await page.waitForTimeout(300);
    found.push(...(await axe(page, 'replay page')));
    if (found.length > 0) console.log(found.map((f) => `${f.view}: ${f.impact} ${f.rule} ${f.targets.join(' | ')}`).join('\n'));
    expect(found).toEqual([]);
    await context.close();
  });
});
