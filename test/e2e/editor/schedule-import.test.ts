/**
 * Schedule import in Chromium, in Chinese and in English: a bundled schedule through the file
 * picker and through a paste from a spreadsheet (tab-separated), its preview equal to the
 * flights or vehicles `lanesim schedule` creates, applied as one undoable edit (the saved
 * document's arrivals are the CLI's), then a run whose per-flight table is the CLI's figures
 * through the same formatter; a bad file (25:61) names row and column in the UI's language and
 * leaves the document as it was. Screenshots at 1366×768 in test-results/screenshots.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateScenario, type RunResult, type Scenario } from '../../../sim/index.js';
import { groupsCsv } from '../../../sim/export/index.js';
import { departuresTable, groupsTable } from '../../../present/tables/groups-table.js';
import type { Language } from '../../../present/words/languages.js';
import { ROOT, SHOTS, startHarness, type Harness } from '../harness.js';

const SEED = 5;
const REPS = 3;
const HEIHE_CSV = `${ROOT}scenarios/schedules/heihe-buses-day.csv`;
const HARBIN_CSV = `${ROOT}scenarios/schedules/harbin-t1-international-day.csv`;

let dir = '';

function cli(args: string[]): string {
  return execFileSync(process.execPath, [`${ROOT}bin/lanesim.mjs`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `lanesim schedule file --into base --direction …` and `lanesim run` of what it wrote. */
function cliImport(csv: string, base: string, direction: 'arrival' | 'departure' = 'arrival'): { scenario: Scenario; result: RunResult } {
  const out = join(dir, `${base}-${direction}.json`);
  cli(['schedule', csv, '--into', `${ROOT}scenarios/${base}.json`, '--direction', direction, '-o', out]);
  const scenario = JSON.parse(readFileSync(out, 'utf8')) as Scenario;
  const result = JSON.parse(cli(['run', out, '--replications', String(REPS), '--seed', String(SEED), '--format', 'json'])) as RunResult;
  return { scenario, result };
}

/** The scenario as the workbench holds it (clock strings resolved to seconds, as when a file opens). */
function resolved(s: Scenario): Scenario {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

/** What the arrivals editor shows: every field's path and value. */
async function editorState(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid=arrivals-editor] input, [data-testid=arrivals-editor] select', (els) =>
    els.map((e) => [e.closest('[data-path]')?.getAttribute('data-path') ?? '', (e as HTMLInputElement).value]),
  );
}

type Group = { id: string; at?: string; std?: string; passengers: number };
function groupsOf(s: Scenario): Group[] {
  return s.arrivals.flatMap((a): Group[] => (a.kind === 'flights' || a.kind === 'departures' ? a.flights : a.kind === 'vehicles' ? a.vehicles : []));
}

async function setLanguage(page: Page, lang: Language): Promise<void> {
  await page.click(`[data-testid=lang-${lang}]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function openArrivals(page: Page, id: string): Promise<void> {
  await page.fill('[data-testid=replications]', String(REPS));
  await page.fill('[data-testid=seed]', String(SEED));
  await page.click('[data-testid=tab-editor]');
  await page.click('[data-testid=section-lane]');
  await page.selectOption('[data-testid=open-menu]', `bundled:${id}`);
  await page.waitForSelector('[data-testid=lane-diagram]');
  await page.waitForFunction((f) => document.querySelector('[data-testid=doc-name]')?.getAttribute('title') === f, `${id}.json`);
  await page.click('[data-testid=section-arrivals]');
  await page.waitForSelector('[data-testid=arrivals-editor]');
}

/** The preview table's first three cells per row: id, time, passengers. */
async function previewRows(page: Page): Promise<string[][]> {
  await page.waitForSelector('[data-testid=import-table]');
  return page.$$eval('[data-testid=import-table] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent ?? '')));
}

function expectedPreview(s: Scenario): string[][] {
  return groupsOf(s).map((g) => [g.id, g.at ?? g.std ?? '', g.passengers.toLocaleString('en-US')]);
}

/** The document as the Save button writes it. */
async function savedDocument(page: Page): Promise<Scenario> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=save]')]);
  return JSON.parse(readFileSync(await d.path(), 'utf8')) as Scenario;
}

async function runAndReadGroups(page: Page, table = 'groups-table'): Promise<string[][]> {
  const count = () => page.evaluate(() => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0));
  const before = await count();
  await page.click('[data-testid=run]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0) === n + 1, before, { timeout: 120_000 });
  await page.click('[data-testid=tab-results]');
  await page.waitForSelector(`[data-testid=${table}]`);
  return page.$$eval(`[data-testid=${table}] tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent ?? '')));
}

function expectedGroups(result: RunResult, lang: Language, departures = false): string[][] {
  const t = departures ? departuresTable(result, lang) : groupsTable(result, lang);
  if (!t) throw new Error('no groups');
  return [t.columns.map((c) => c.header), ...t.rows.map((r) => r.cells)];
}

describe('schedule import in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lanesim-import-'));
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports by file picker and by paste in zh-CN and English, one undo, and the per-flight table is the CLI’s', { timeout: 600_000 }, async () => {
    const { page, errors, context } = await h.newPage();
    const heihe = cliImport(HEIHE_CSV, 'heihe-road-port');
    const harbin = cliImport(HARBIN_CSV, 'harbin-t1-entry-classic');
    const harbinOut = cliImport(HARBIN_CSV, 'harbin-t1-exit-classic', 'departure');

    // zh-CN, file picker: the Heihe buses into the Heihe lane.
    await setLanguage(page, 'zh-CN');
    await openArrivals(page, 'heihe-road-port');
    await page.click('[data-testid=import-schedule]');
    await page.setInputFiles('[data-testid=import-file]', HEIHE_CSV);
    expect(await previewRows(page)).toEqual(expectedPreview(heihe.scenario));
    expect(await page.textContent('[data-testid=import-summary]')).toContain(`${groupsOf(heihe.scenario).length} 辆车`);
    expect(await page.textContent('[data-testid=import-source]')).toContain('UTF-8');
    await page.screenshot({ path: `${SHOTS}/import-file-zh.png` });
    await page.click('[data-testid=import-apply]');
    await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
    expect(await page.locator('[data-testid=vehicles-table] tbody tr').count()).toBe(groupsOf(heihe.scenario).length);
    const saved = await savedDocument(page);
    const cliHeihe = resolved(heihe.scenario);
    expect({ startTime: saved.startTime, horizon: saved.horizon, arrivals: saved.arrivals }).toEqual({ startTime: cliHeihe.startTime, horizon: cliHeihe.horizon, arrivals: cliHeihe.arrivals });
    // One edit: one undo brings back the two bundled vehicle streams, redo the import.
    await page.click('[data-testid=undo]');
    expect(await page.locator('[data-testid=vehicles-table]').count()).toBe(2);
    await expect.poll(() => page.isDisabled('[data-testid=undo]')).toBe(true);
    await page.click('[data-testid=redo]');
    expect(await page.locator('[data-testid=vehicles-table] tbody tr').count()).toBe(groupsOf(heihe.scenario).length);
    expect(await runAndReadGroups(page)).toEqual(expectedGroups(heihe.result, 'zh-CN'));
    await page.$eval('[data-testid=groups-section]', (e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/groups-table-zh.png` });
    // The per-vehicle CSV of the UI is the CLI's flights.csv (the same writer).
    const csvs: Array<{ name: string; text: string }> = [];
    const collect = (d: Download) => void d.path().then((p) => csvs.push({ name: d.suggestedFilename(), text: readFileSync(p, 'utf8') }));
    page.on('download', collect);
    // The CSV menu saves one table the user picks (or all in one zip): the flights table here.
    await page.selectOption('[data-testid=export-csv]', 'flights');
    await expect.poll(() => csvs.length, { timeout: 60_000 }).toBe(1);
    page.off('download', collect);
    const flightsCsv = csvs.find((f) => f.name.endsWith('-flights.csv'));
    // Every figure as the CLI writes it; the run-naming columns (scenarioHash, seed,
    // replications, engine) name the document as edited in the workbench, whose hash differs.
    const figures = (text: string) => text.split('\r\n').map((line) => line.split(',').slice(0, -4).join(','));
    expect(figures(flightsCsv?.text ?? '')).toEqual(figures(groupsCsv(heihe.result, { bom: true })));
    expect(flightsCsv?.text.split('\r\n')[1]).toMatch(/,[0-9a-f]{64},5,3,[^,]+$/);

    // zh-CN, paste: the Harbin day has arrivals and departures; the preview offers both; the departing flights go into the exit lane.
    await openArrivals(page, 'harbin-t1-exit-classic');
    await page.click('[data-testid=import-schedule]');
    const tsv = readFileSync(HARBIN_CSV, 'utf8').replace(/,/g, '\t');
    await page.fill('[data-testid=import-paste]', tsv);
    expect(await page.$$eval('[data-testid=import-direction] option', (os) => os.map((o) => o.textContent))).toEqual(['进港', '出港']);
    expect(await previewRows(page)).toEqual(expectedPreview(harbin.scenario));
    await page.selectOption('[data-testid=import-direction]', 'departure');
    await page.waitForFunction(() => document.querySelector('[data-testid=import-summary]')?.textContent?.includes('出港航班'));
    expect(await previewRows(page)).toEqual(expectedPreview(harbinOut.scenario));
    // Departing flights: id, STD and passengers only (no deplaning, stand or walk), headers and cells alike.
    expect(await page.locator('[data-testid=import-table] thead th').count()).toBe(3);
    expect(await page.locator('[data-testid=import-table] tbody tr').first().locator('td').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/import-departures-zh.png` });
    await page.click('[data-testid=import-apply]');
    await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
    const savedOut = await savedDocument(page);
    expect(savedOut.arrivals).toEqual(resolved(harbinOut.scenario).arrivals);
    expect(await runAndReadGroups(page, 'departures-table')).toEqual(expectedGroups(harbinOut.result, 'zh-CN', true));
    await page.$eval('[data-testid=departures-section]', (e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/departures-table-zh.png` });

    // English, paste: the Harbin arrivals into the classic entry lane, run, the CLI's table.
    await setLanguage(page, 'en');
    await openArrivals(page, 'harbin-t1-entry-classic');
    await page.click('[data-testid=import-schedule]');
    await page.fill('[data-testid=import-paste]', tsv);
    await page.selectOption('[data-testid=import-direction]', 'arrival');
    expect(await previewRows(page)).toEqual(expectedPreview(harbin.scenario));
    expect(await page.textContent('[data-testid=import-summary]')).toContain(`${groupsOf(harbin.scenario).length} flights`);
    expect(await page.textContent('[data-testid=import-unknown]')).toBe('Columns not used: “始发站/目的地”');
    await page.screenshot({ path: `${SHOTS}/import-paste-en.png` });
    await page.click('[data-testid=import-apply]');
    await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
    const savedEn = await savedDocument(page);
    expect(savedEn.arrivals).toEqual(resolved(harbin.scenario).arrivals);
    expect(savedEn.horizon).toEqual(resolved(harbin.scenario).horizon);
    expect(savedEn.startTime).toBe(harbin.scenario.startTime);
    expect(await runAndReadGroups(page)).toEqual(expectedGroups(harbin.result, 'en'));
    await page.$eval('[data-testid=groups-section]', (e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/groups-table-en.png` });

    // English, file picker: the Heihe file previews the same buses; Cancel changes nothing.
    await page.click('[data-testid=tab-editor]');
    await page.click('[data-testid=section-arrivals]');
    const beforeCancel = await editorState(page);
    await page.click('[data-testid=import-schedule]');
    await page.setInputFiles('[data-testid=import-file]', HEIHE_CSV);
    expect(await previewRows(page)).toEqual(expectedPreview(heihe.scenario));
    expect(await page.textContent('[data-testid=import-summary]')).toContain(`${groupsOf(heihe.scenario).length} vehicles`);
    await page.click('[data-testid=import-cancel]');
    await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
    expect(await editorState(page)).toEqual(beforeCancel);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a bad file (25:61) names row and column in each language and leaves the document unchanged', { timeout: 300_000 }, async () => {
    const { page, errors, context } = await h.newPage();
    const bad = join(dir, 'bad-day.csv');
    writeFileSync(bad, '\uFEFFFlight,STA,Passengers\nCZ1,08:30,120\nCZ2,25:61,100\nCZ3,09:00,-4\n');
    for (const lang of ['zh-CN', 'en'] as const) {
      await setLanguage(page, lang);
      await openArrivals(page, 'harbin-t1-entry-classic');
      const before = await editorState(page);
      await page.click('[data-testid=import-schedule]');
      await page.setInputFiles('[data-testid=import-file]', bad);
      await page.waitForSelector('[data-testid=import-errors] li');
      const lines = await page.$$eval('[data-testid=import-errors] li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(lines).toEqual(
        lang === 'en'
          ? [
              'row 3, column "STA" (B): expected a time such as 08:30 (00:00–23:59) or a date and time such as 2025-08-15 08:30, got "25:61"',
              'row 4, column "Passengers" (C): expected a whole number of passengers from 0 to 900, got "-4"',
            ]
          : ['第 3 行，"STA" (B) 列：时间应为 08:30 这样的时刻（00:00–23:59）或 2025-08-15 08:30 这样的日期时间，实际为 "25:61"', '第 4 行，"Passengers" (C) 列：旅客人数应为 0 到 900 的整数，实际为 "-4"'],
      );
      expect(await page.locator('[data-testid=import-table]').count()).toBe(0);
      expect(await page.isDisabled('[data-testid=import-apply]')).toBe(true);
      await page.screenshot({ path: `${SHOTS}/import-bad-${lang}.png` });
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
      expect(await editorState(page)).toEqual(before);
      expect(await page.isDisabled('[data-testid=undo]')).toBe(true);
      expect(await page.getAttribute('[data-testid=dirty]', 'class')).not.toContain('dirty-mark-on');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
