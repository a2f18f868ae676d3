/**
 * The level of service on screen, in Chromium: after a run of the day scenario the matrix
 * puts each station in the cell of its wait and space bands, and the table's classes are
 * `run()`'s for the same seed and replications, in both languages; screenshots for review.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, validateScenario, type Scenario } from '../../../sim/index.js';
import { ROOT, SHOTS, startHarness, type Harness } from '../harness.js';

const SEED = 3;
const REPS = 3;
const DAY = 'harbin-t1-entry-smart-day';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => h?.close());

describe('level of service in the workbench', () => {
  it('matrix cells and table classes are the core result’s, in Chinese and English', async () => {
    const v = validateScenario(JSON.parse(readFileSync(`${ROOT}scenarios/${DAY}.json`, 'utf8')));
    if (!v.ok) throw new Error('day scenario invalid');
    const expected = run(v.scenario as Scenario, { seed: SEED, replications: REPS });
    const { page, errors } = await h.newPage();
    await page.fill('[data-testid=replications]', String(REPS));
    await page.fill('[data-testid=seed]', String(SEED));
    await page.selectOption('[data-testid=open-menu]', `bundled:${DAY}`);
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=los-section]', { timeout: 120_000 });
    for (const s of expected.stations.filter((x) => x.los)) {
      const los = s.los!;
      await expect(page.getAttribute(`[data-testid=los-row-${s.id}]`, 'data-class')).resolves.toBe(los.class);
      const cell = page.locator(`[data-testid=los-cell-${los.wait.class}-${los.space?.class ?? 'none'}] [data-station="${s.id}"]`);
      expect(await cell.count()).toBe(1);
    }
    await page.waitForSelector('[data-testid=chart-los] svg');
    await page.locator('[data-testid=los-section]').screenshot({ path: `${SHOTS}/los-zh-CN.png` });
    await page.click('text=EN');
    await page.waitForSelector('text=Level-of-service matrix: wait × space');
    await page.locator('[data-testid=los-section]').screenshot({ path: `${SHOTS}/los-en.png` });
    expect(errors).toEqual([]);
  }, 180_000);
});
