/**
 * The honest planner and the staffing panel in Chromium. On the bundled classic lane, p95
 * clearance ≤ 1,500 s is met with 6 border desks but not with today's 8 (fewer desks meter
 * passengers into the customs X-ray): the Plan view says so under the answer with
 * `planNotes`' sentences for `planCapacity`'s plan, in both languages. The staffing panel
 * runs `planStaffing` in a worker and shows its requirement as a step chart against today's
 * schedule (drawn as duty bars); a `lanesim roster --format json` file opens as a Gantt
 * chart and exports the roster CSV (the shared writer's bytes); a file that is not a roster
 * is refused with its path. Screenshots at 1366×768 in both languages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayNames, parseStaffingTarget, parseTarget, planCapacity, planStaffing, type RosterDoc, type Scenario } from '../../../sim/index.js';
import { rosterCsv } from '../../../sim/export/index.js';
import { planNotes } from '../../../present/insight/plan-notes.js';
import { fmtClock } from '../../../present/format.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';
import { ensureFresh, lanesim } from '../../cli/sweep/helpers.js';
import { loadScenario, openSweepView } from './helpers.js';

/** A morning peak at one desk whose servers follow a schedule (3, 8, then 4). */
const PEAK: Scenario = {
  format: 'lanesim/scenario@1',
  name: 'morning peak',
  seed: 3,
  horizon: { arrivalsSeconds: 4 * 3600, warmupSeconds: 0 },
  classes: [{ id: 'all', share: 1 }],
  arrivals: [{ kind: 'poisson', schedule: [{ fromSeconds: 0, ratePerHour: 60 }, { fromSeconds: 3600, ratePerHour: 360 }, { fromSeconds: 7200, ratePerHour: 120 }] }],
  entry: 'desk',
  stations: [{ id: 'desk', mode: 'queue', servers: [{ fromSeconds: 0, servers: 3 }, { fromSeconds: 3600, servers: 8 }, { fromSeconds: 7200, servers: 4 }], service: { dist: 'exponential', mean: 60 }, next: 'exit' }],
};

async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.selectOption('[data-testid=open-menu]', 'file')]);
  await chooser.setFiles(path);
}

async function text(d: Download): Promise<string> {
  const { readFileSync } = await import('node:fs');
  return readFileSync(await d.path()).toString('utf8');
}

describe('the honest planner and staffing in Chromium', () => {
  let h: Harness;
  let dir = '';
  beforeAll(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), 'lanesim-staff-e2e-'));
  });
  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('plans border desks for p95 ≤ 1500 s on the classic lane: answer 6, with the warning that today’s 8 misses and why, in both languages', async () => {
    const scenario = loadScenario('harbin-t1-entry-classic');
    const plan = planCapacity(scenario, { stations: [{ id: 'border' }], target: parseTarget('p95<=1500') }, { seed: scenario.seed ?? 1 });
    expect(plan.best!.servers).toEqual({ border: 6 });
    expect(plan.monotonic).toBe(false);
    const { page, errors, context } = await h.newPage();
    await openSweepView(page);
    await page.click('[data-testid=sweep-panel-plan]');
    await page.selectOption('[data-testid=plan-metric]', 'p95');
    await page.fill('[data-testid=plan-value]', '1500');
    await page.uncheck('[data-testid=plan-vary-temperature]');
    await page.check('[data-testid=plan-vary-border]');
    await page.click('[data-testid=plan-run]');
    await page.waitForSelector('[data-testid=plan-results]', { timeout: 120_000 });
    expect(JSON.parse((await page.locator('[data-testid=plan-answer]').getAttribute('data-servers')) ?? '{}')).toEqual({ border: 6 });
    const notes = page.locator('[data-testid=plan-notes]');
    expect(await notes.getAttribute('data-monotonic')).toBe('false');
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      const expected = planNotes(plan, lang, displayNames(scenario, lang).station).map((n) => n.text);
      expect(await notes.locator('li').allTextContents()).toEqual(expected);
      // Every count evaluated is listed with its verdict: 8 (today) among the misses.
      expect(await page.locator('[data-testid=plan-evaluated] tbody tr[data-status=fails]').count()).toBe(plan.evaluated.filter((e) => e.status === 'fails').length);
      expect(await page.locator('[data-testid=plan-evaluated] tbody tr[data-servers=\'{"border":8}\']').getAttribute('data-status')).toBe('fails');
      await page.screenshot({ path: `${SHOTS}/plan-not-monotonic-${lang}.png` });
    }
    expect(await notes.locator('li[data-kind=grew]').textContent()).toContain(displayNames(scenario, 'en').station('customs-xray'));
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('finds staff per interval in a worker, draws it against today’s schedule, opens a roster as a Gantt chart and exports its CSV', async () => {
    ensureFresh();
    const lane = join(dir, 'peak.json');
    writeFileSync(lane, JSON.stringify(PEAK));
    const rules = join(dir, 'shifts.json');
    writeFileSync(rules, JSON.stringify({ lengthsHours: [1, 2], breakAfterHours: 2, breakMinutes: 30, minOfficers: 1, maxOfficers: 10 }));
    const r = lanesim(['roster', lane, '--station', 'desk', '--interval', '30min', '--target', 'p95wait<=2min', '--shifts', rules, '-r', '4', '--format', 'json'], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as RosterDoc;
    const rosterFile = join(dir, 'roster.json');
    writeFileSync(rosterFile, r.stdout);
    const notRoster = join(dir, 'not-a-roster.json');
    writeFileSync(notRoster, JSON.stringify({ ...doc, shifts: [{ startSeconds: -5, lengthSeconds: 3600, break: null, officers: 1 }] }));
    const staffing = await planStaffing(PEAK, { stations: ['desk'], intervalSeconds: 1800, target: parseStaffingTarget('p95wait<=2min') }, { replications: 4, seed: 3 });

    const { page, errors, context } = await h.newPage();
    await openFile(page, lane);
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.click('[data-testid=tab-sweep]');
    await page.click('[data-testid=sweep-panel-staff]');
    await page.fill('[data-testid=staff-target]', 'p95wait<=2min');
    await page.fill('[data-testid=staff-reps]', '4');
    await page.click('[data-testid=staff-run]');
    const result = page.locator('[data-testid=staff-result]');
    await result.waitFor({ timeout: 120_000 });
    expect(JSON.parse((await result.getAttribute('data-servers')) ?? '[]')).toEqual(staffing.stations[0].intervals.map((iv) => iv.servers));
    await page.waitForSelector('[data-testid=staff-step-chart] svg path', { state: 'attached' });
    // Today's schedule (3, 8, 4 servers) as duty bars: 8 officer slots.
    await page.waitForSelector('[data-testid=staff-today-gantt] svg path', { state: 'attached' });

    // A file that is not a roster: refused with its name and the JSON path.
    await page.setInputFiles('[data-testid=roster-open]', notRoster);
    expect(await page.locator('[data-testid=roster-error]').textContent()).toMatch(/^not-a-roster\.json: shifts\[0\]\.startSeconds: /);
    await page.setInputFiles('[data-testid=roster-open]', rosterFile);
    const view = page.locator('[data-testid=roster-view]');
    await view.waitFor();
    expect(Number(await view.getAttribute('data-shifts'))).toBe(doc.shifts.length);
    await page.waitForSelector('[data-testid=roster-gantt] svg path', { state: 'attached' });
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=roster-export-csv]')]);
    expect(d.suggestedFilename()).toBe('morning-peak-desk-roster.csv');
    expect(await text(d)).toBe(rosterCsv(doc.shifts, fmtClock, { bom: true }));
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      await page.locator('[data-testid=staff-result]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/staffing-${lang}.png` });
      await page.locator('[data-testid=roster-view]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/roster-gantt-${lang}.png` });
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
