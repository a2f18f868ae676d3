/**
 * The workbench shows the CLI's strings for the same run, in both languages: the classic
 * and smart entry lanes run in Chromium with the seed and replications given to `lanesim
 * run` / `lanesim compare`; every labelled figure on Results (cards, station and class
 * tables) and on Compare (baseline, this run, difference) reads as present/figures writes
 * the CLI's JSON — the numbers `lanesim run` prints in its table. Each label carries its
 * definition as a tooltip. Needs `npm run build:renderer` and `npm run build:cli`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, RunResult } from '../../../sim/index.js';
import { figureDiffText, runFigures } from '../../../present/figures/figures.js';
import { FIGURE_DEFINITIONS } from '../../../present/figures/figure-definitions.js';
import { ensureBuilt, lanesim } from '../../cli/helpers.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';
import { openBundled, runAndWait, setRunOptions } from '../workbench-steps.js';

const SEED = 6;
const REPS = 3;
const CLASSIC = 'harbin-t1-entry-classic';
const SMART = 'harbin-t1-entry-smart';

function cli<T>(args: string[]): T {
  const r = lanesim([...args, '--seed', String(SEED), '--replications', String(REPS), '--format', 'json'], { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as T;
}

/** Every `[data-figure]` on the page inside `root`: key → shown text (a card's number without its unit). */
async function shownFigures(page: Page, root: string): Promise<Array<{ key: string; text: string; testId: string | null }>> {
  return page.locator(`${root} [data-figure]`).evaluateAll((els) =>
    els.map((e) => ({
      key: e.getAttribute('data-figure') ?? '',
      text: (e.querySelector('[data-testid=figure-text]') ?? e).textContent ?? '',
      testId: e.getAttribute('data-testid'),
    })),
  );
}

describe('the workbench shows the CLI’s figures', () => {
  let h: Harness;
  let classic: RunResult;
  let smart: RunResult;
  let cmp: Comparison;
  beforeAll(async () => {
    ensureBuilt();
    classic = cli<RunResult>(['run', `scenarios/${CLASSIC}.json`]);
    smart = cli<RunResult>(['run', `scenarios/${SMART}.json`]);
    cmp = cli<{ comparisons: Comparison[] }>(['compare', `scenarios/${CLASSIC}.json`, `scenarios/${SMART}.json`]).comparisons[0];
    h = await startHarness();
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    it(`${language}: Results and Compare read as lanesim run and lanesim compare`, { timeout: 300_000 }, async () => {
      const { page, errors, context } = await h.newPage();
      await setRunOptions(page, { language, replications: REPS, seed: SEED });
      await openBundled(page, CLASSIC);
      await runAndWait(page);
      const expected = runFigures(classic);
      const shown = await shownFigures(page, '[data-testid=results]');
      expect(shown.length).toBeGreaterThan(10);
      for (const f of shown) {
        const want = expected.get(f.key)?.text;
        expect(want, f.key).toBeDefined();
        if (f.key.startsWith('clearance.') || f.key === 'throughputPerHour') expect(f.text.startsWith(`${want} `) || f.text === want, `${f.key}: ${f.text}`).toBe(true);
        else expect(f.text, f.key).toBe(want);
      }
      // The label says which statistic it is.
      expect(await page.locator('[data-testid=card-p95] .card-title').getAttribute('title')).toBe(FIGURE_DEFINITIONS[language]['clearance.p95']);
      expect(await page.locator('[data-testid=station-table] th').nth(3).getAttribute('title')).toBe(FIGURE_DEFINITIONS[language]['station.meanWait']);
      await page.screenshot({ path: `${SHOTS}/same-figures-results-${language}.png` });

      await openBundled(page, SMART);
      await runAndWait(page);
      // Compare the two: the classic run is the baseline (ticked first).
      const list = page.locator('[data-testid=run-list] li');
      await list.nth(0).locator('input[type=checkbox]').check();
      await list.nth(1).locator('input[type=checkbox]').check();
      await page.click('[data-testid=tab-compare]');
      await page.waitForSelector('[data-testid=compare-table]');
      const after = runFigures(smart);
      for (const m of cmp.metrics) {
        const row = page.locator(`[data-testid="metric-${m.key}"]`);
        expect(await row.locator('[data-testid=value-a]').textContent(), m.key).toBe(expected.get(m.key)!.text);
        expect(await row.locator('[data-testid=value-b]').textContent(), m.key).toBe(after.get(m.key)!.text);
        expect(await row.locator('[data-testid=diff]').textContent(), m.key).toBe(figureDiffText(m.unit, m.diff));
      }
      expect(await page.locator('[data-testid="metric-clearance.p95"] td').first().getAttribute('title')).toBe(FIGURE_DEFINITIONS[language]['clearance.p95']);
      await page.screenshot({ path: `${SHOTS}/same-figures-compare-${language}.png` });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
