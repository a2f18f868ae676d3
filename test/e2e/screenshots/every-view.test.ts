/**
 * A tour of every view of the workbench, in Chromium, at 1366×768 and 1920×1080, in Chinese
 * and in English (issue #18's proof: "screenshots of every view … looked at"). One page per
 * screen size holds the session a planner builds (two runs of two bundled lanes compared, a
 * sweep, a capacity plan, a staffing requirement, a roster, a replay at its peak); each
 * language then visits every view: editor and lane diagram, the validation list, the other
 * editor sections, the port-day schedule import (preview, applied, a bad paste), results,
 * the export menu, the run's HTML report, compare and its report, sweep, plan, staffing and
 * roster, replay, and the messages for a bad file. Each view is saved whole to
 * test-results/screenshots/<lang>-<width>/<view>.png and checked (./audit.ts): visible
 * text, no text wider than its box, nothing past the window's edge, and no English word in the
 * Chinese UI beyond formats and names. Replications are small: the pictures are the point.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHOTS, startHarness, VIEWPORTS, type Harness } from '../harness.js';
import { compareFirstTwo, downloadOf, loadScenario, openBundled, openFromDisk, runAndWait, setRunOptions } from '../workbench-steps.js';
import { runPlan, runSweep } from '../sweep/helpers.js';
import { ensureFresh, lanesim } from '../../cli/sweep/helpers.js';
import { auditView, fullShot, type Problem } from './audit.js';

const LANGUAGES = ['zh-CN', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const LANE = 'harbin-t1-entry-classic';
const PORT_DAY = `${ROOT}scenarios/schedules/harbin-t1-international-day.csv`;

/** The ids the lanes' files use (stations, classes, arrival streams, checks): names, allowed in Chinese text. */
const IDS = new Set(
  [LANE, 'harbin-t1-entry-smart', 'harbin-t1-entry-smart-day'].flatMap((id) => {
    const s = loadScenario(id);
    return [...s.stations.flatMap((st) => [st.id, ...(st.checks ?? [])]), ...s.classes.map((c) => c.id), ...s.arrivals.map((a) => a.id ?? '')].flatMap((x) => x.split(/[^A-Za-z]+/));
  }),
).add('schedule'); // the id the schedule import gives the stream it writes

let h: Harness;
let dir = '';
let rosterFile = '';
const badSyntax = () => join(dir, 'broken-lane.json');
const badValues = () => join(dir, 'bad-values.json');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lanesim-every-view-'));
  // A roster as `lanesim roster` writes it, for the day lane whose border desks are rostered.
  ensureFresh();
  const r = lanesim(['roster', `${ROOT}scenarios/harbin-t1-entry-smart-day.json`, '--station', 'border', '--interval', '30min', '--target', 'p95wait<=10min', '--shifts', `${ROOT}scenarios/shifts/border-shifts.json`, '-r', '2', '--format', 'json'], { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(r.stderr);
  rosterFile = join(dir, 'border-roster.json');
  writeFileSync(rosterFile, r.stdout);
  // Two bad files: one that is not JSON (a missing value), one whose values break the rules.
  writeFileSync(badSyntax(), '{\n  "format": "lanesim/scenario@1",\n  "name": "broken",\n  "seed": \n}\n');
  const lane = JSON.parse(readFileSync(`${ROOT}scenarios/${LANE}.json`, 'utf8')) as { stations: Array<Record<string, unknown>> };
  lane.stations[1] = { ...lane.stations[1], servers: -3 };
  lane.stations[2] = { ...lane.stations[2], next: 'nowhere' };
  writeFileSync(badValues(), JSON.stringify(lane, null, 2));
  h = await startHarness();
}, 300_000);

afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The session a planner builds before looking around: runs, a comparison, sweep, plan, staffing, roster, replay. */
async function buildSession(page: Page): Promise<void> {
  await setRunOptions(page, { language: 'zh-CN', replications: 2, seed: 5 });
  await openBundled(page, LANE);
  await runAndWait(page);
  await openBundled(page, 'harbin-t1-entry-smart');
  await runAndWait(page);
  await compareFirstTwo(page);
  await openBundled(page, LANE);
  await page.click('[data-testid=tab-sweep]');
  await page.waitForSelector('[data-testid=sweep-view]');
  await runSweep(page, '6,8,10', 2, 5);
  await runPlan(page);
  await page.click('[data-testid=sweep-panel-staff]');
  await page.selectOption('[data-testid=staff-station]', 'border');
  await page.fill('[data-testid=staff-target]', 'p95wait<=5min');
  await page.fill('[data-testid=staff-reps]', '2');
  await page.click('[data-testid=staff-run]');
  await page.waitForSelector('[data-testid=staff-result]', { timeout: 240_000 });
  await page.setInputFiles('[data-testid=roster-open]', rosterFile);
  await page.waitForSelector('[data-testid=roster-gantt] svg path', { state: 'attached' });
  await page.click('[data-testid=tab-replay]');
  await page.waitForFunction(() => (window.__lanesimReplay?.stats.count ?? 0) > 0, undefined, { timeout: 60_000 });
}

/** Visits every view in one language; returns what the audit found. */
async function tour(page: Page, lang: Language, width: number): Promise<Problem[]> {
  const out = join(SHOTS, `${lang}-${width}`);
  mkdirSync(out, { recursive: true });
  const problems: Problem[] = [];
  const shot = async (view: string, root?: string) => {
    await page.waitForTimeout(250);
    problems.push(...(await auditView(page, view, { language: lang, root, names: IDS })));
    await fullShot(page, join(out, `${view}.png`));
  };
  await setRunOptions(page, { language: lang });
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);

  // Editor: the lane diagram with a station open, then the validation list for a bad value.
  await page.click('[data-testid=tab-editor]');
  await page.click('[data-testid=section-lane]');
  await page.waitForSelector('[data-testid=lane-diagram][data-layout=ready]');
  await page.click('[data-testid=node-border]');
  await page.waitForSelector('[data-testid=station-panel]');
  await shot('editor');
  const servers = page.locator('[data-testid=station-panel] [data-path="stations[1].servers"] input');
  // Two desks for this lane's load: the offered-load check flags it while typing.
  await servers.fill('2');
  await page.waitForSelector('[data-testid=validity].validity-bad');
  await page.waitForSelector('.error-list li');
  await shot('validation');
  await page.click('[data-testid=undo]');
  await page.waitForSelector('[data-testid=validity].validity-ok');
  for (const section of ['arrivals', 'classes', 'settings'] as const) {
    await page.click(`[data-testid=section-${section}]`);
    await shot(`editor-${section}`);
  }

  // The port day's flights imported into the lane: preview, applied (then undone), a bad paste.
  await page.click('[data-testid=section-arrivals]');
  const flightRows = () => page.locator('[data-testid=flights-table] tbody tr').count();
  const before = await flightRows();
  await page.click('[data-testid=import-schedule]');
  await page.setInputFiles('[data-testid=import-file]', PORT_DAY);
  await page.waitForSelector('[data-testid=import-table]');
  await shot('import-preview');
  await page.click('[data-testid=import-apply]');
  await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
  await expect.poll(flightRows).toBeGreaterThan(before);
  await shot('import-applied');
  await page.click('[data-testid=undo]');
  await expect.poll(flightRows).toBe(before);
  // The import's notice has been seen: close it, as a planner would, before the next views.
  await page.click('[data-testid=notice] button');
  await page.click('[data-testid=import-schedule]');
  await page.fill('[data-testid=import-paste]', 'Flight\tSTA\tPassengers\nCZ1\t25:61\t100\nCZ2\t08:10\tmany\n');
  await page.waitForSelector('[data-testid=import-errors] li');
  await shot('import-errors');
  await page.click('[data-testid=import-cancel]');
  await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });

  // Results: cards, charts (the utilisation heat map among them), tables, level of service.
  await page.click('[data-testid=tab-results]');
  await page.waitForSelector('[data-testid=chart-throughput] svg path', { state: 'attached' });
  await page.waitForSelector('[data-testid=los-section]');
  await page.waitForSelector('[data-testid=chart-utilization] svg path', { state: 'attached' });
  await shot('results');
  // The export menu: the CSV choices shown open (a native drop-down is not in a screenshot).
  const csv = page.locator('[data-testid=export-csv]');
  expect(await csv.locator('option').count()).toBeGreaterThan(3);
  await csv.evaluate((el: HTMLSelectElement) => {
    el.size = el.options.length;
    el.style.height = 'auto';
  });
  problems.push(...(await auditView(page, 'export-menu', { language: lang, root: '.results-header', names: IDS })));
  const optionWords = (await csv.locator('option').allTextContents()).join(' ');
  // The choices are Chinese but for the file names they save and the formats.
  if (lang === 'zh-CN' && /[A-Za-z]{3,}/.test(optionWords.replace(/[\w-]+\.csv|CSV|JSON|zip/gi, ''))) problems.push({ view: 'export-menu', kind: 'english', what: optionWords });
  await page.locator('.results-header').screenshot({ path: join(out, 'export-menu.png') });
  await csv.evaluate((el: HTMLSelectElement) => {
    el.size = 0;
    el.style.height = '';
  });

  const report = async (view: string, testId: string) => {
    const file = join(dir, `${view}-${lang}-${width}.html`);
    writeFileSync(file, (await downloadOf(page, testId)).bytes);
    const viewer = await page.context().newPage();
    await viewer.goto(`file://${file}`);
    expect(await viewer.getAttribute('html', 'lang')).toBe(lang);
    problems.push(...(await auditView(viewer, view, { language: lang, names: IDS })));
    await viewer.screenshot({ path: join(out, `${view}.png`), fullPage: true });
    await viewer.close();
  };
  await report('report', 'export-report');

  await page.click('[data-testid=tab-compare]');
  await page.waitForSelector('[data-testid=compare-table]');
  await page.waitForSelector('[data-testid=chart-compare-cdf] svg path', { state: 'attached' });
  await shot('compare');
  await report('compare-report', 'export-compare-report');

  await page.click('[data-testid=tab-sweep]');
  await page.click('[data-testid=sweep-panel-sweep]');
  await page.waitForSelector('[data-testid=sweep-chart] svg path', { state: 'attached' });
  await shot('sweep');
  await page.click('[data-testid=sweep-panel-plan]');
  await page.waitForSelector('[data-testid=plan-results]');
  await shot('plan');
  await page.click('[data-testid=sweep-panel-staff]');
  await page.waitForSelector('[data-testid=staff-step-chart] svg path', { state: 'attached' });
  await page.waitForSelector('[data-testid=roster-gantt] svg path', { state: 'attached' });
  await shot('staffing');

  // The replay, built (again, if the import and its undo changed the document), at the queue's peak.
  await page.click('[data-testid=tab-replay]');
  await page.waitForSelector('[data-testid=replay-canvas]');
  await page.waitForSelector('[data-testid=replay-build]:not([disabled])', { timeout: 60_000 });
  await page.click('[data-testid=replay-peak]');
  const peak = await page.evaluate(() => window.__lanesimReplay?.player.model.curve.peakQueue ?? -1);
  await expect.poll(async () => Number(await page.getByTestId('replay-queued').textContent())).toBe(peak);
  expect(peak).toBeGreaterThan(0);
  await shot('replay');

  // Bad files: the message names the file and says what is wrong; the lane stays as it was.
  for (const [view, file] of [
    ['error-syntax', badSyntax()],
    ['error-values', badValues()],
  ] as const) {
    await page.click('[data-testid=tab-editor]');
    await openFromDisk(page, file);
    await page.waitForSelector('[data-testid=notice]');
    expect(await page.locator('[data-testid=notice]').textContent()).toContain(file.split('/').pop());
    await shot(view);
    await page.click('[data-testid=notice] button');
  }
  return problems;
}

describe('every view, in both languages, at 1366×768 and 1920×1080', () => {
  for (const viewport of VIEWPORTS) {
    it(`${viewport.width}×${viewport.height}`, { timeout: 900_000 }, async () => {
      const { page, errors, context } = await h.newPage({ viewport });
      await buildSession(page);
      const problems: Problem[] = [];
      for (const lang of LANGUAGES) problems.push(...(await tour(page, lang, viewport.width)).map((p) => ({ ...p, view: `${lang}-${viewport.width}/${p.view}` })));
      if (problems.length) console.log(problems.map((p) => `${p.view} ${p.kind}: ${p.what}`).join('\n'));
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
