/**
 * What a planner does, in Chromium: open the classic entry lane, run it, open the smart one,
 * run it, compare — and the numbers on screen are the CLI's (and `run()`'s) for the same
 * seed; edit a station and see the result change; type a bad value, see the message, undo
 * it; cancel a long run. Runs use few replications to keep the suite short.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults, DEFAULT_REPLICATIONS, displayNames, run, validateScenario, type RunResult, type Scenario } from '../../sim/index.js';
import { fmtInt, fmtPercent, fmtSeconds, fmtSigned } from '../../present/format.js';
import { bottleneck } from '../../present/insight/bottleneck.js';
import { ROOT, SHOTS, startHarness, type Harness } from './harness.js';

const SEED = 5;
const REPS = 4;

/**
 * Raw figures must equal the CLI's to the last bit: the core uses its own logarithm and
 * exponential (sim/engine/det-math.ts) because Chromium's and Node's Math.log/exp differ in
 * the last place, and DESIGN.md promises identical numbers in Node, Chromium and Electron.
 */
function expectSame(actual: number, expected: number): void {
  expect(actual).toBe(expected);
}

function loadScenario(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(`${ROOT}scenarios/${id}.json`, 'utf8')));
  if (!v.ok) throw new Error(`${id}: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}

/** The CLI's result for the same scenario, seed and replications. */
function cliRun(id: string): RunResult {
  const out = execFileSync(process.execPath, [`${ROOT}bin/lanesim.mjs`, 'run', `${ROOT}scenarios/${id}.json`, '--replications', String(REPS), '--seed', String(SEED), '--format', 'json'], { encoding: 'utf8' });
  return JSON.parse(out) as RunResult;
}

async function openBundled(page: Page, id: string): Promise<void> {
  await page.selectOption('[data-testid=open-menu]', `bundled:${id}`);
  await diagramReady(page);
}

/** Waits for the lane diagram of the open lane, in the current language, to be laid out (elkjs is asynchronous). */
async function diagramReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=lane-diagram][data-layout=ready]');
}

/** Runs the open scenario and waits for the session's run count (the Results tab badge) to grow. */
async function runAndWait(page: Page): Promise<void> {
  const count = () => page.evaluate(() => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0));
  const before = await count();
  await page.click('[data-testid=run]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0) === n + 1, before, { timeout: 60_000 });
  await page.waitForSelector('[data-testid=results]');
}

async function cardValue(page: Page, id: string): Promise<{ raw: number; text: string }> {
  const card = page.locator(`[data-testid=card-${id}]`);
  return { raw: Number(await card.getAttribute('data-value')), text: (await card.locator('.card-value').textContent()) ?? '' };
}

async function setRunOptions(page: Page, reps: number, seed: number): Promise<void> {
  await page.fill('[data-testid=replications]', String(reps));
  await page.fill('[data-testid=seed]', String(seed));
}

describe('workbench in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs classic and smart entry lanes with the CLI’s numbers, and compares them', async () => {
    const { page, errors, context } = await h.newPage();
    // The workbench starts with the command line's default replication count.
    expect(await page.inputValue('[data-testid=replications]')).toBe(String(DEFAULT_REPLICATIONS));
    await setRunOptions(page, REPS, SEED);

    await openBundled(page, 'harbin-t1-entry-classic');
    await runAndWait(page);
    const cliClassic = cliRun('harbin-t1-entry-classic');
    const apiClassic = run(loadScenario('harbin-t1-entry-classic'), { seed: SEED, replications: REPS });
    expect(cliClassic.clearance.mean).toBe(apiClassic.clearance.mean);
    const mean = await cardValue(page, 'mean');
    expectSame(mean.raw, cliClassic.clearance.mean);
    expect(mean.text).toBe(`${fmtSeconds(cliClassic.clearance.mean)} 秒`);
    expect((await cardValue(page, 'p95')).text).toBe(`${fmtSeconds(cliClassic.clearance.p95)} 秒`);
    expect((await cardValue(page, 'within')).text).toBe(fmtPercent(cliClassic.withinTarget.share));
    expect((await cardValue(page, 'throughput')).text).toBe(`${fmtInt(cliClassic.throughputPerHour)} 人/时`);
    for (const s of cliClassic.stations) {
      const cell = page.locator(`[data-testid=station-row-${s.id}] [data-testid=mean-wait]`);
      expectSame(Number(await cell.getAttribute('data-value')), s.meanWait);
      expect(await cell.textContent()).toBe(fmtSeconds(s.meanWait));
    }
    await expect.poll(() => page.locator('[data-testid=bottleneck]').count()).toBe(1);
    // Peak utilisation: the same figure as run() for the same seed, beside the average.
    for (const s of apiClassic.stations) {
      const cell = page.locator(`[data-testid=station-row-${s.id}] [data-testid=peak-utilization]`);
      expectSame(Number(await cell.getAttribute('data-value')), s.peakUtilization);
      expect(await cell.textContent()).toBe(s.mode === 'queue' ? fmtPercent(s.peakUtilization) : '—');
    }
    // The badge sits where passengers lose the most time, and says so.
    const worst = bottleneck(apiClassic)!;
    const badge = page.locator(`[data-testid=station-row-${worst.id}] [data-testid=bottleneck]`);
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('title')).toContain(fmtPercent(worst.peakUtilization));
    // Utilisation over time: a heat map with a row per queue station, the full band named, and its own exports.
    await page.waitForSelector('[data-testid=chart-utilization] svg path', { state: 'attached' });
    const utilText = await page.locator('[data-testid=chart-utilization] svg').textContent();
    expect(utilText).toContain('100% 满负荷');
    const zhNames = displayNames(loadScenario('harbin-t1-entry-classic'), 'zh-CN');
    for (const s of apiClassic.stations.filter((x) => x.mode === 'queue')) expect(utilText).toContain(zhNames.station(s.id));
    for (const b of ['png', 'svg', 'copy']) expect(await page.locator(`[data-testid=chart-utilization-${b}]`).count()).toBe(1);

    await openBundled(page, 'harbin-t1-entry-smart');
    await runAndWait(page);
    const cliSmart = cliRun('harbin-t1-entry-smart');
    expect((await cardValue(page, 'mean')).text).toBe(`${fmtSeconds(cliSmart.clearance.mean)} 秒`);
    expect((await cardValue(page, 'p95')).text).toBe(`${fmtSeconds(cliSmart.clearance.p95)} 秒`);
    expectSame((await cardValue(page, 'p95')).raw, cliSmart.clearance.p95);

    // Two different scenarios: tick both (the first ticked is the baseline) and compare.
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(0).check();
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(1).check();
    await page.click('[data-testid=open-compare]');
    await page.waitForSelector('[data-testid=compare-table]');
    expect(await page.locator('[data-testid=paired]').getAttribute('class')).toContain('badge-ok');
    const expected = compareResults(cliClassic, cliSmart);
    for (const m of expected.metrics.filter((x) => x.unit === 's')) {
      const diff = page.locator(`[data-testid="metric-${m.key}"] [data-testid=diff]`);
      expectSame(Number(await diff.getAttribute('data-value')), m.diff);
      expect(await diff.textContent()).toBe(fmtSigned(m.diff));
    }
    await page.waitForSelector('[data-testid=chart-compare-cdf] svg path', { state: 'attached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits a station and the result changes; a bad value shows its message and undo takes it back', async () => {
    const { page, errors, context } = await h.newPage();
    await setRunOptions(page, 3, SEED);
    await openBundled(page, 'harbin-t1-entry-classic');
    await runAndWait(page);
    const before = (await cardValue(page, 'mean')).raw;

    await page.click('[data-testid=tab-editor]');
    await page.click('[data-testid=node-border]');
    const servers = page.locator('[data-testid=station-panel] [data-path="stations[1].servers"] input');
    const original = await servers.inputValue();
    await servers.fill(String(Number(original) + 4));
    await expect.poll(() => page.locator('[data-testid=dirty]').getAttribute('class')).toContain('dirty-mark-on');
    await runAndWait(page);
    const after = (await cardValue(page, 'mean')).raw;
    expect(after).toBeLessThan(before);
    const scenario = loadScenario('harbin-t1-entry-classic');
    const edited = { ...scenario, stations: scenario.stations.map((s) => (s.id === 'border' ? { ...s, servers: Number(original) + 4 } : s)) };
    expectSame(after, run(edited, { seed: SEED, replications: 3 }).clearance.mean);

    await page.click('[data-testid=tab-editor]');
    await page.click('[data-testid=node-border]');
    await servers.fill('-2');
    const message = page.locator('[data-testid=station-panel] [data-path="stations[1].servers"] [data-testid=field-error]');
    await expect.poll(() => message.textContent()).toContain('≥ 0');
    expect(await page.locator('[data-testid=validity]').getAttribute('class')).toContain('validity-bad');
    expect(await page.locator('[data-testid=node-border]').getAttribute('class')).toContain('node-invalid');
    expect(await page.locator('[data-testid=run]').isEnabled()).toBe(true);

    await page.click('[data-testid=undo]');
    await expect.poll(() => message.count()).toBe(0);
    expect(await servers.inputValue()).toBe(String(Number(original) + 4));
    await page.click('[data-testid=undo]');
    expect(await servers.inputValue()).toBe(original);
    await expect.poll(() => page.locator('[data-testid=dirty]').getAttribute('class')).not.toContain('dirty-mark-on');
    await page.click('[data-testid=redo]');
    expect(await servers.inputValue()).toBe(String(Number(original) + 4));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits bags per passenger and the entry station in place, with messages at the field and undo', async () => {
    const { page, errors, context } = await h.newPage();
    await page.click('[data-testid=lang-en]');
    await openBundled(page, 'harbin-t1-entry-classic');
    await page.click('[data-testid=section-classes]');
    const prob = page.locator('[data-path="classes[0].bags[0].probability"] input');
    expect(await prob.inputValue()).toBe('0.25');
    await prob.fill('0.5');
    const sumError = page.locator('[data-testid=bags-0] [data-testid=field-error]');
    await expect.poll(() => sumError.textContent()).toContain('sum to 1');
    expect(await page.locator('[data-testid=bags-0]').textContent()).toContain('Sum 1.25');
    await prob.blur();
    await page.click('[data-testid=bags-add-0]');
    expect(await page.locator('[data-path="classes[0].bags[3].count"] input').inputValue()).toBe('3');
    await page.click('[data-testid=undo]');
    await expect.poll(() => page.locator('[data-path="classes[0].bags[3].count"]').count()).toBe(0);
    await page.click('[data-testid=undo]');
    await expect.poll(() => sumError.count()).toBe(0);
    expect(await prob.inputValue()).toBe('0.25');

    // The entry: a select of station ids; the diagram starts from the chosen station.
    await page.click('[data-testid=section-settings]');
    const entry = page.locator('[data-path=entry] select');
    expect(await entry.inputValue()).toBe('temperature');
    await entry.selectOption('border');
    await expect.poll(() => page.locator('[data-testid=not-reached]').textContent()).toContain('temperature');
    await page.click('[data-testid=section-lane]');
    expect(await page.locator('[data-testid=node-border]').getAttribute('class')).toContain('node-entry');
    expect(await page.locator('[data-testid=node-temperature]').getAttribute('class')).toContain('node-secondary');
    await page.click('[data-testid=undo]');
    await expect.poll(() => page.locator('[data-testid=node-temperature]').getAttribute('class')).toContain('node-entry');
    await page.click('[data-testid=section-settings]');
    expect(await entry.inputValue()).toBe('temperature');
    expect(await page.locator('[data-testid=not-reached]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1366×768: lane nodes show keyboard focus and whole names, table columns carry units, per-class times name the class', async () => {
    const { page, errors, context } = await h.newPage();
    await openBundled(page, 'harbin-t1-entry-classic');
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      await page.click('[data-testid=section-lane]');
      // Keyboard focus reaches a station and is visible (the focus ring's blue, not the node's own shadow).
      await page.focus('[data-testid=section-settings]');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ id: document.activeElement?.getAttribute('data-testid'), shadow: getComputedStyle(document.activeElement as Element).boxShadow }));
      expect(focused.id).toMatch(/^node-/);
      expect(focused.shadow).toContain('rgb(37, 99, 235)');
      // Station names are shown whole (up to three lines before any "…"), and the full name is a tooltip.
      const cut = await page.$$eval('[data-testid=lane-diagram] button.node .node-title', (els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1 || el.getAttribute('title') !== el.textContent?.trim()).map((el) => el.textContent));
      expect(cut, lang).toEqual([]);
      await page.click('[data-testid=section-arrivals]');
      const heads = await page.locator('[data-testid=flights-table] th').allTextContents();
      expect(heads.filter((x) => x).slice(1, 2).concat(heads.slice(3, 4)), lang).toEqual(lang === 'en' ? ['Arrives at (s)', 'Deplaning (pax/min)'] : ['到达时刻（秒）', '下机速率（人/分钟）']);
    }
    await page.click('[data-testid=section-lane]');
    await page.click('[data-testid=node-border]');
    expect(await page.locator('[data-testid=station-panel]').textContent()).toContain('Service time for Foreign nationals');
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/editor-station-en.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names stations, classes, checks and runs in the UI’s language; the smart lane’s diagram fits its column with labels apart', async () => {
    const { page, errors, context } = await h.newPage();
    await setRunOptions(page, 2, SEED);
    await openBundled(page, 'harbin-t1-entry-smart');
    const smart = loadScenario('harbin-t1-entry-smart');
    const zhBorder = smart.translations?.['zh-CN']?.stations?.border ?? '';
    expect(zhBorder).toBe('边检人工通道');
    await runAndWait(page);
    for (const lang of ['zh-CN', 'en'] as const) {
      const border = lang === 'zh-CN' ? zhBorder : 'Border desks';
      const citizens = lang === 'zh-CN' ? '中国公民' : 'Chinese citizens';
      await page.click(`[data-testid=lang-${lang}]`);
      // Results: station table, class table, run list.
      await page.click('[data-testid=tab-results]');
      expect(await page.locator('[data-testid=station-row-border] [data-testid=station-name]').textContent(), lang).toBe(border);
      expect(await page.locator('[data-testid=class-row-citizen] td').first().textContent(), lang).toBe(citizens);
      expect(await page.locator('[data-testid=run-list] .run-name').first().textContent(), lang).toContain(lang === 'zh-CN' ? '哈尔滨T1入境 — 智慧旅检通道' : smart.name);
      expect(await page.locator('[data-testid=results-title]').textContent(), lang).toContain(lang === 'zh-CN' ? '智慧旅检通道' : smart.name);
      // The editor: node, side panel title, the name field (the name in the UI's language), alarm and branch labels, header.
      await page.click('[data-testid=tab-editor]');
      await page.click('[data-testid=section-lane]');
      await page.click('[data-testid=node-border]');
      expect(await page.locator('[data-testid=node-border] .node-title').textContent(), lang).toBe(border);
      expect(await page.locator('[data-testid=station-panel-title]').textContent(), lang).toBe(border);
      expect(await page.locator('[data-testid=station-panel] input').nth(1).inputValue(), lang).toBe(border);
      await diagramReady(page);
      const edgeLabels = await page.locator('[data-testid=edge-labels] text').allTextContents();
      expect(edgeLabels, lang).toContain(lang === 'zh-CN' ? '体温检测 0.2 %' : 'Temperature 0.2 %');
      expect(edgeLabels, lang).toContain(`${citizens} 85 %`);
      expect(await page.locator('[data-testid=doc-name]').textContent(), lang).toContain(lang === 'zh-CN' ? '哈尔滨T1入境 — 智慧旅检通道' : smart.name);
      // Fits its column at 1366×768 (no sideways scrolling), and no two edge labels overlap.
      const fit = await page.$eval('[data-testid=lane-diagram]', (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(fit.scroll, lang).toBeLessThanOrEqual(fit.client);
      const rects = await page.$$eval('[data-testid=edge-labels] rect', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i];
          const b = rects[j];
          const hit = Math.min(a.x + a.w, b.x + b.w) > Math.max(a.x, b.x) + 0.5 && Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y) + 0.5;
          expect(hit, `${lang}: edge labels ${edgeLabels[i]} / ${edgeLabels[j]}`).toBe(false);
        }
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SHOTS}/editor-smart-lane-${lang}.png` });
    }
    // The scenario picker names bundled lanes in the UI's language.
    expect(await page.locator('[data-testid=open-menu] option[value="bundled:harbin-t1-entry-smart"]').textContent()).toBe(smart.name);
    await page.click('[data-testid=lang-zh-CN]');
    expect(await page.locator('[data-testid=open-menu] option[value="bundled:harbin-t1-entry-smart"]').textContent()).toBe('哈尔滨T1入境 — 智慧旅检通道');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1366×768 every bundled lane fits the editor column (a lane too wide runs top to bottom): Customs X-ray is whole in view', async () => {
    const { page, errors, context } = await h.newPage();
    for (const id of ['harbin-t1-entry-classic', 'harbin-t1-entry-smart', 'harbin-t1-exit-classic', 'harbin-t1-exit-merged', 'heihe-road-port']) {
      await openBundled(page, id);
      for (const lang of ['zh-CN', 'en'] as const) {
        await page.click(`[data-testid=lang-${lang}]`);
        await diagramReady(page);
        const fit = await page.$eval('[data-testid=lane-diagram]', (el) => {
          const box = el.getBoundingClientRect();
          const out = [...el.querySelectorAll('.node')].filter((n) => n.getBoundingClientRect().right > box.right + 0.5).map((n) => n.textContent);
          return { scroll: el.scrollWidth, client: el.clientWidth, out };
        });
        expect(fit.scroll, `${id} ${lang}`).toBeLessThanOrEqual(fit.client);
        expect(fit.out, `${id} ${lang}`).toEqual([]);
      }
    }
    await openBundled(page, 'harbin-t1-entry-classic');
    await page.click('[data-testid=node-customs-xray]');
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/editor-classic-lane-en.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a station added from the palette in the Chinese UI reads in Chinese, keeps an English label, and one undo removes it', async () => {
    const { page, errors, context } = await h.newPage();
    await openBundled(page, 'harbin-t1-entry-smart');
    await page.click('[data-testid=lang-zh-CN]');
    await page.click('[data-testid=node-border]');
    const before = await page.locator('[data-testid=lane-diagram] button.node').count();
    await page.click('[data-testid=preset-manual-desk]');
    await expect.poll(() => page.locator('[data-testid=lane-diagram] button.node').count()).toBe(before + 1);
    expect(await page.locator('[data-testid=station-panel-title]').textContent()).toBe('人工查验台');
    // The name field shows (and edits) the name in the UI's language.
    expect(await page.locator('[data-testid=station-panel] input').nth(1).inputValue()).toBe('人工查验台');
    expect(await page.locator('[data-testid=lane-diagram] .node-title', { hasText: '人工查验台' }).count()).toBe(1);
    await page.click('[data-testid=lang-en]');
    expect(await page.locator('[data-testid=lane-diagram] .node-title', { hasText: 'Manual passport desk' }).count()).toBe(1);
    await page.click('[data-testid=undo]');
    await expect.poll(() => page.locator('[data-testid=lane-diagram] button.node').count()).toBe(before);
    await page.click('[data-testid=lang-zh-CN]');
    expect(await page.locator('[data-testid=lane-diagram] .node-title', { hasText: '人工查验台' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cancels a long run: the workers stop, nothing is added, the tabs still answer', async () => {
    const { page, errors, context } = await h.newPage();
    await setRunOptions(page, 5000, 1);
    await page.click('[data-testid=run]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=progress]')?.getAttribute('aria-valuenow')) > 0 || /[1-9]\d* \//.test(document.querySelector('[data-testid=progress]')?.textContent ?? ''), null, { timeout: 30_000 });
    // Workers run off the UI thread: a tab switch works mid-run. How fast it answers is a
    // benchmark figure (`npm run bench`: longest main-thread task during a run), not a test.
    await page.click('[data-testid=tab-compare]');
    await page.waitForSelector('[data-testid=compare]');
    const box = await page.locator('[data-testid=progress]').boundingBox();
    await page.click('[data-testid=cancel]');
    await page.waitForSelector('[data-testid=run]');
    expect(await page.locator('[data-testid=progress]').textContent()).toBe('已取消运行');
    expect(await page.locator('[data-testid=run-list] li').count()).toBe(0);
    expect(await page.locator('[data-testid=progress]').boundingBox()).toEqual(box);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes a screenshot of each view at 1366×768 in both languages', async () => {
    const { page, errors, context } = await h.newPage();
    await setRunOptions(page, 3, SEED);
    await openBundled(page, 'harbin-t1-entry-classic');
    await runAndWait(page);
    await openBundled(page, 'harbin-t1-entry-smart');
    await runAndWait(page);
    // Two different scenarios: tick both (the first ticked is the baseline) and compare.
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(0).check();
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(1).check();
    await page.click('[data-testid=open-compare]');
    await page.waitForSelector('[data-testid=compare-table]');
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      const shot = async (name: string) => {
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${SHOTS}/${name}-${lang}.png` });
      };
      await page.click('[data-testid=tab-compare]');
      await page.waitForSelector('[data-testid=chart-compare-cdf] svg path', { state: 'attached' });
      await shot('compare');
      await page.click('[data-testid=tab-results]');
      await page.waitForSelector('[data-testid=chart-histogram] svg path', { state: 'attached' });
      await shot('results');
      await page.locator('[data-testid=station-table]').scrollIntoViewIfNeeded();
      await shot('results-stations');
      await page.locator('[data-testid=chart-utilization]').scrollIntoViewIfNeeded();
      await shot('results-utilization');
      await page.click('[data-testid=tab-editor]');
      await page.click('[data-testid=section-lane]');
      await page.click('[data-testid=node-corridor]');
      await shot('editor-lane');
      for (const section of ['arrivals', 'classes', 'settings'] as const) {
        await page.click(`[data-testid=section-${section}]`);
        await shot(`editor-${section}`);
      }
      await page.click('[data-testid=section-lane]');
    }
    // The language is remembered across a reload.
    await page.reload();
    await page.waitForSelector('[data-testid=lane-diagram]');
    expect(await page.locator('[data-testid=tab-editor]').textContent()).toBe('Lane editor');
    expect(errors).toEqual([]);
    await context.close();
  });
});
