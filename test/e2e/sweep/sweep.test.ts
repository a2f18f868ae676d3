/**
 * Sweeps and capacity planning in Chromium: open a bundled lane, sweep border desks over
 * three values, and the numbers on screen are `sweep()`'s for the same seed; run the
 * planner on a small case and its answer is `planCapacity()`'s; cancel a long sweep; and
 * screenshots of both panels (and a heat map) at 1366×768 in Chinese and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayNames, parseTarget, planCapacity, sweep } from '../../../sim/index.js';
import { fmtMetric, fmtMetricInterval, fmtServers } from '../../../present/sweep-format.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';
import { BORDER, loadScenario, openSweepView, runPlan, runSweep, SCENARIO, SEED } from './helpers.js';

describe('sweeps and capacity planning in Chromium', () => {
  let h: Harness;
  const scenario = loadScenario(SCENARIO);
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sweeps border desks with sweep()’s numbers, and plans with planCapacity()’s answer', async () => {
    const { page, errors, context } = await h.newPage();
    await openSweepView(page);
    await runSweep(page, '6,8,10', 3, SEED);
    const expected = sweep(scenario, { params: [{ path: BORDER, values: [6, 8, 10] }], metric: { name: 'p95' } }, { seed: SEED, replications: 3 });
    expect(expected.rows.every((r) => r.status === 'ok')).toBe(true);
    for (const row of expected.rows) {
      const tr = page.locator(`[data-testid=sweep-row-${row.values[0]}]`);
      const value = tr.locator('[data-testid=value]');
      expect(Number(await value.getAttribute('data-value'))).toBe(row.value);
      expect(await value.textContent()).toBe(fmtMetric(row.value!, 's'));
      expect(await tr.locator('[data-testid=ci]').textContent()).toBe(fmtMetricInterval(row.ci95!, 's'));
    }
    expect(await page.locator('[data-testid=sweep-cli]').textContent()).toBe(
      `lanesim sweep ${SCENARIO}.json --param '${BORDER}' --values 6,8,10 --metric p95 --replications 3 --seed ${SEED}`,
    );
    expect(await page.locator('[data-testid=sweep-chart] svg path').count()).toBeGreaterThan(3);

    await runPlan(page);
    const plan = planCapacity(scenario, { stations: [{ id: 'border', max: 20 }], target: parseTarget('border.waitOver5Min<=20%') }, { seed: SEED, replications: 4, maxReplications: 16 });
    expect(plan.found).toBe(true);
    const answer = page.locator('[data-testid=plan-answer]');
    expect(JSON.parse((await answer.getAttribute('data-servers')) ?? '{}')).toEqual(plan.best!.servers);
    expect(Number(await answer.getAttribute('data-value'))).toBe(plan.best!.value);
    for (const n of plan.neighbours) {
      const row = page.locator(`[data-testid=plan-neighbour-${n.station}]`);
      expect(await row.getAttribute('data-status')).toBe(n.evaluation.status);
      expect(Number(await row.locator('[data-testid=value]').getAttribute('data-value'))).toBe(n.evaluation.value);
    }
    expect(await page.locator('[data-testid=plan-evaluated] tbody tr').count()).toBe(plan.evaluated.length);
    // Configurations name their stations in the UI's language (Chinese by default).
    const zh = displayNames(scenario, 'zh-CN').station;
    expect(zh('border')).not.toBe('border');
    // Every point, fewest servers first.
    const sorted = [...plan.evaluated].sort((a, b) => a.total - b.total || fmtServers(a.servers).localeCompare(fmtServers(b.servers)));
    expect(await page.locator('[data-testid=plan-evaluated] tbody tr td:first-child').allTextContents()).toEqual(sorted.map((e) => fmtServers(e.servers, zh)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks fields it cannot read, and cancels a long sweep keeping the points done', async () => {
    const { page, errors, context } = await h.newPage();
    await openSweepView(page);
    await page.fill('[data-testid=sweep-path-0]', 'stations[id=nope].servers');
    expect(await page.locator('[data-testid=sweep-path-error-0]').textContent()).toContain('unknown station id "nope"');
    expect(await page.locator('[data-testid=sweep-run]').isDisabled()).toBe(true);
    await page.selectOption('[data-testid=sweep-pick-0]', BORDER);
    await page.click('[data-testid=sweep-mode-0-range]');
    await page.fill('[data-testid=sweep-values-0]', '6:30:1');
    await page.fill('[data-testid=sweep-replications]', '40');
    await page.click('[data-testid=sweep-run]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=sweep-progress]')?.getAttribute('aria-valuenow')) > 0, undefined, { timeout: 30_000 });
    await page.click('[data-testid=sweep-cancel]');
    await page.waitForSelector('[data-testid=sweep-run]');
    expect(await page.locator('[data-testid=sweep-progress]').textContent()).toBe('已取消');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows every metric and station name whole in the 360 px form column, in both languages', async () => {
    const { page, errors, context } = await h.newPage();
    await openSweepView(page);
    /** Options whose text is wider than the closed select can show (its box less padding and the arrow). */
    const clipped = (testId: string) =>
      page.evaluate((id) => {
        const sel = document.querySelector(`[data-testid=${id}]`) as HTMLSelectElement;
        const cs = getComputedStyle(sel);
        const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
        return [...sel.options].filter((o) => ctx.measureText(o.text).width > room).map((o) => `${o.text} (${Math.round(ctx.measureText(o.text).width)} > ${Math.round(room)} px)`);
      }, testId);
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      await page.click('[data-testid=sweep-panel-sweep]');
      expect(await clipped('sweep-metric'), `${lang} sweep metric`).toEqual([]);
      expect(await clipped('sweep-station'), `${lang} sweep station`).toEqual([]);
      await page.click('[data-testid=sweep-panel-plan]');
      expect(await clipped('plan-metric'), `${lang} plan metric`).toEqual([]);
      expect(await clipped('plan-station'), `${lang} plan station`).toEqual([]);
      const cutNames = await page.$$eval('[data-testid=sweep-view] .sweep-check span', (spans) => spans.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
      expect(cutNames, `${lang} planner station names`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the smart lane’s stations in the UI’s language, and a share target starts as a percentage', async () => {
    const { page, errors, context } = await h.newPage();
    await page.selectOption('[data-testid=open-menu]', 'bundled:harbin-t1-entry-smart');
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.click('[data-testid=tab-sweep]');
    await page.waitForSelector('[data-testid=sweep-view]');
    for (const lang of ['zh-CN', 'en'] as const) {
      const border = lang === 'zh-CN' ? '边检人工通道' : 'Border desks';
      await page.click(`[data-testid=lang-${lang}]`);
      await page.click('[data-testid=sweep-panel-sweep]');
      await page.selectOption('[data-testid=sweep-metric]', 'p95Wait');
      expect(await page.locator('[data-testid=sweep-station] option[value=border]').textContent(), lang).toBe(border);
      expect(await page.locator(`[data-testid=sweep-pick-0] option[value="${BORDER}"]`).textContent(), lang).toContain(border);
      await page.click('[data-testid=sweep-panel-plan]');
      expect(await page.locator('[data-testid=plan-station] option[value=border]').textContent(), lang).toBe(border);
      expect(await page.locator('[data-testid=plan-vary-border] + span').textContent(), lang).toBe(border);
    }
    // A small sweep: its title names the station in English, then in Chinese after the switch.
    await page.click('[data-testid=sweep-panel-sweep]');
    await page.selectOption('[data-testid=sweep-station]', 'border');
    await page.selectOption('[data-testid=sweep-pick-0]', BORDER);
    await page.click('[data-testid=sweep-mode-0-list]');
    await page.fill('[data-testid=sweep-values-0]', '8,9');
    await page.fill('[data-testid=sweep-replications]', '2');
    await page.click('[data-testid=sweep-run]');
    await page.waitForSelector('[data-testid=sweep-results][data-complete=true]', { timeout: 60_000 });
    expect(await page.locator('[data-testid=sweep-results] h3').first().textContent()).toContain('Border desks');
    await page.click('[data-testid=lang-zh-CN]');
    expect(await page.locator('[data-testid=sweep-results] h3').first().textContent()).toContain('边检人工通道');
    // Planner: switching from seconds to a share replaces the value, it does not show "1800 %".
    await page.click('[data-testid=sweep-panel-plan]');
    await page.selectOption('[data-testid=plan-metric]', 'p95');
    await page.fill('[data-testid=plan-value]', '1800');
    await page.selectOption('[data-testid=plan-metric]', 'withinTarget');
    expect(await page.inputValue('[data-testid=plan-value]')).toBe('95');
    expect(await page.inputValue('[data-testid=plan-op]')).toBe('>=');
    await page.selectOption('[data-testid=plan-metric]', 'waitOver5Min');
    expect(await page.inputValue('[data-testid=plan-value]')).toBe('5');
    expect(await page.inputValue('[data-testid=plan-op]')).toBe('<=');
    await page.selectOption('[data-testid=plan-metric]', 'p95');
    expect(Number(await page.inputValue('[data-testid=plan-value]'))).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes screenshots of the sweep, heat map and planner at 1366×768 in both languages', async () => {
    const { page, errors, context } = await h.newPage();
    await openSweepView(page);
    await runSweep(page, '4,5,6,7,8,9,10', 3, SEED);
    await runPlan(page);
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      const shot = async (name: string) => {
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${SHOTS}/sweep-${name}-${lang}.png` });
      };
      await page.click('[data-testid=sweep-panel-sweep]');
      await page.waitForSelector('[data-testid=sweep-chart] svg path', { state: 'attached' });
      await shot('line');
      await page.click('[data-testid=sweep-panel-plan]');
      await page.waitForSelector('[data-testid=plan-results]');
      await shot('plan');
    }
    await page.click('[data-testid=sweep-panel-sweep]');
    await page.click('[data-testid=sweep-add-param]');
    await page.fill('[data-testid=sweep-values-0]', '6,8,10');
    await page.click('[data-testid=sweep-mode-1-list]');
    await page.fill('[data-testid=sweep-values-1]', '0.9,1,1.1');
    await page.click('[data-testid=sweep-run]');
    await page.waitForSelector('[data-testid=sweep-results][data-complete=true] [data-testid=sweep-cell-10-1\\.1]', { timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/sweep-heatmap-en.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
