/**
 * Steps the workbench's end-to-end tests share (review finding: the same open and run
 * steps were written out in several files): load a bundled scenario from disk as the
 * core validates it, pick the language and the run's replications and seed, open a
 * bundled scenario (or a file from disk) in the workbench, run it and wait for its results,
 * compare two runs, and catch a download.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { validateScenario, type Scenario } from '../../sim/index.js';
import { ROOT } from './harness.js';

/** A bundled scenario (scenarios/<id>.json), validated as the workbench opens it. */
export function loadScenario(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(`${ROOT}scenarios/${id}.json`, 'utf8')));
  if (!v.ok) throw new Error(`${id}: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}

/** The header's language, replications and seed, as a planner sets them before a run. */
export async function setRunOptions(page: Page, options: { language?: 'zh-CN' | 'en'; replications?: number; seed?: number }): Promise<void> {
  if (options.language) await page.click(`[data-testid=lang-${options.language}]`);
  if (options.replications !== undefined) await page.fill('[data-testid=replications]', String(options.replications));
  if (options.seed !== undefined) await page.fill('[data-testid=seed]', String(options.seed));
}

/** Opens a bundled scenario from the Open menu and waits for its diagram. */
export async function openBundled(page: Page, id: string): Promise<void> {
  await page.selectOption('[data-testid=open-menu]', `bundled:${id}`);
  await page.waitForSelector('[data-testid=lane-diagram]');
}

/** Presses Run and waits until the run list has one more run and its results are shown. */
export async function runAndWait(page: Page): Promise<void> {
  const count = () => page.evaluate(() => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0));
  const before = await count();
  await page.click('[data-testid=run]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0) === n + 1, before, { timeout: 120_000 });
  await page.waitForSelector('[data-testid=results]');
}

/** Opens a file from disk through the Open menu's file chooser, as a planner picks one. */
export async function openFromDisk(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.selectOption('[data-testid=open-menu]', 'file')]);
  await chooser.setFiles(path);
}

/** Ticks the first two runs of the run list (the first is the baseline) and opens their comparison. */
export async function compareFirstTwo(page: Page): Promise<void> {
  await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(0).check();
  await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(1).check();
  await page.click('[data-testid=open-compare]');
  await page.waitForSelector('[data-testid=compare-table]');
}

/** Clicks an export button and returns the file the browser Host downloaded. */
export async function downloadOf(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}
