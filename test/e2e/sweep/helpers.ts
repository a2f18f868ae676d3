/** Shared steps of the sweep view's end-to-end tests: open the tab on a bundled lane, run a sweep of border desks, run a small plan. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { validateScenario, type Scenario } from '../../../sim/index.js';
import { ROOT } from '../harness.js';

export const SCENARIO = 'harbin-t1-entry-classic';
export const SEED = 5;
export const BORDER = 'stations[id=border].servers';

export function loadScenario(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(`${ROOT}scenarios/${id}.json`, 'utf8')));
  if (!v.ok) throw new Error(`${id}: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}

export async function openSweepView(page: Page): Promise<void> {
  await page.selectOption('[data-testid=open-menu]', `bundled:${SCENARIO}`);
  await page.waitForSelector('[data-testid=lane-diagram]');
  await page.click('[data-testid=tab-sweep]');
  await page.waitForSelector('[data-testid=sweep-view]');
}

export async function runSweep(page: Page, values: string, reps: number, seed: number): Promise<void> {
  await page.selectOption('[data-testid=sweep-pick-0]', BORDER);
  await page.click('[data-testid=sweep-mode-0-list]');
  await page.fill('[data-testid=sweep-values-0]', values);
  await page.fill('[data-testid=sweep-replications]', String(reps));
  await page.fill('[data-testid=sweep-seed]', String(seed));
  await page.click('[data-testid=sweep-run]');
  await page.waitForSelector('[data-testid=sweep-results][data-complete=true]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid=sweep-chart] svg path', { state: 'attached' });
}

/** Plans border desks for "≤ 20 % wait over 5 min" with 4 (up to 16) replications. */
export async function runPlan(page: Page): Promise<void> {
  await page.click('[data-testid=sweep-panel-plan]');
  await page.selectOption('[data-testid=plan-metric]', 'waitOver5Min');
  await page.selectOption('[data-testid=plan-station]', 'border');
  await page.fill('[data-testid=plan-value]', '20');
  await page.uncheck('[data-testid=plan-vary-temperature]');
  await page.check('[data-testid=plan-vary-border]');
  await page.fill('[data-testid=plan-max-border]', '20');
  await page.fill('[data-testid=plan-replications]', '4');
  await page.fill('[data-testid=plan-max-replications]', '16');
  await page.fill('[data-testid=plan-seed]', String(SEED));
  await page.click('[data-testid=plan-run]');
  await page.waitForSelector('[data-testid=plan-results]', { timeout: 60_000 });
}
