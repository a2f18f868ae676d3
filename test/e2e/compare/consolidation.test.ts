/**
 * Consolidation in the workbench, in Chromium: run the classic exit lane, merge customs and
 * security in the editor (一次过检, checked bags onto the baggage system: 一机双屏), run the
 * merged lane, compare — the headline sentence, "−1 step, −2 queues" and every station of
 * both lanes are on screen, computed by the same core as `run()`/`compareResults()` for the
 * same seed. Screenshots in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults, consolidate, run } from '../../../sim/index.js';
import { attributionText, compareHeadline, structureDeltaText } from '../../../present/insight/consolidation-text.js';
import { consolidationWords } from '../../../present/words/consolidation-words.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';
import { loadScenario, openBundled, runAndWait, setRunOptions } from '../workbench-steps.js';

const SEED = 3;
const REPS = 4;

describe('consolidation in the workbench', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('merges in the editor, runs, and the comparison explains the merge in both languages', async () => {
    const { page, errors, context } = await h.newPage();
    await setRunOptions(page, { replications: REPS, seed: SEED });
    await openBundled(page, 'harbin-t1-exit-classic');
    await runAndWait(page);
    expect(await page.locator('[data-testid=structure]').getAttribute('data-steps')).toBe('4');
    expect(await page.locator('[data-testid=structure]').textContent()).toContain('4道检查环节、4次排队');
    // Where each second goes: the same figures as run(), a stacked chart and its table.
    const classicRun = run(loadScenario('harbin-t1-exit-classic'), { seed: SEED, replications: REPS });
    const service = page.locator('[data-testid=decomposition-row-all] [data-part=service]');
    expect(Number(await service.getAttribute('data-value'))).toBe(classicRun.decomposition!.overall.mean.service);
    await page.waitForSelector('[data-testid=chart-decomposition] svg path', { state: 'attached' });
    await page.locator('[data-testid=decomposition]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/results-decomposition-zh-CN.png` });

    // Merge in the editor: a refused merge first (not one path), then the exit merge.
    await page.click('[data-testid=tab-editor]');
    await page.click('[data-testid=merge-open]');
    await page.check('[data-testid=merge-pick-customs-checked]');
    await page.check('[data-testid=merge-pick-security]');
    await page.click('[data-testid=merge-apply]');
    expect(await page.locator('[data-testid=merge-error]').textContent()).toContain('not on one path');
    await page.uncheck('[data-testid=merge-pick-customs-checked]');
    await page.check('[data-testid=merge-pick-customs-carryon]');
    await page.check('[data-testid=merge-bags-customs-checked]');
    await page.fill('[data-testid=merge-into]', 'joint-check');
    await page.selectOption('[data-testid=merge-rule]', 'max');
    await page.screenshot({ path: `${SHOTS}/merge-panel-zh-CN.png` });
    await page.click('[data-testid=merge-apply]');
    expect(await page.locator('[data-testid=merge-done]').textContent()).toBe('已合并：减少1道检查环节、减少2次排队');
    await page.screenshot({ path: `${SHOTS}/merge-done-zh-CN.png` });
    await runAndWait(page);

    const classic = loadScenario('harbin-t1-exit-classic');
    const merged = consolidate(classic, { stations: ['customs-carryon', 'security'], baggageSystem: ['customs-checked'], into: 'joint-check', service: 'max' }).scenario;
    const expected = compareResults(run(classic, { seed: SEED, replications: REPS }), run(merged, { seed: SEED, replications: REPS }));
    await page.click('[data-testid=compare-previous]');
    await page.waitForSelector('[data-testid=compare-headline]');
    const mean = expected.metrics.find((m) => m.key === 'clearance.mean')!;
    expect(await page.locator('[data-testid=compare-headline]').textContent()).toBe(compareHeadline(mean, true, 'zh-CN'));
    const zh = consolidationWords('zh-CN');
    expect(await page.locator('[data-testid=compare-attribution]').textContent()).toBe(
      attributionText(expected.attribution!.clearance, expected.attribution!.parts, (p) => zh.parts[p as keyof typeof zh.parts], 'zh-CN'),
    );
    const structure = page.locator('[data-testid=compare-structure]');
    expect([await structure.getAttribute('data-steps'), await structure.getAttribute('data-queues')]).toEqual(['-1', '-2']);
    expect(await structure.textContent()).toContain(structureDeltaText({ steps: -1, queues: -2 }, 'zh-CN'));
    // Every station of both lanes is in the table, merged against the sum of its parts.
    const rows = page.locator('[data-testid=station-map-row]');
    expect(await rows.count()).toBe(expected.stationMap!.length);
    const a = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-a') ?? ''))).flatMap((x) => (x ? x.split(',') : []));
    const b = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-b') ?? ''))).flatMap((x) => (x ? x.split(',') : []));
    expect(a.sort()).toEqual(classic.stations.map((s) => s.id).sort());
    expect(b.sort()).toEqual(merged.stations.map((s) => s.id).sort());
    expect(await page.locator('[data-testid=station-map-row][data-b=joint-check]').getAttribute('data-kind')).toBe('merged');
    // Where each lane's seconds go, one stacked bar per run, beside the curves and the waits at every station.
    await page.waitForSelector('[data-testid=chart-compare-decomposition] svg path', { state: 'attached' });
    const partsText = await page.locator('[data-testid=chart-compare-decomposition] svg').textContent();
    for (const p of ['查验', '排队', '二次查验']) expect(partsText).toContain(p);
    await page.locator('[data-testid=chart-compare-waits]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-charts-zh-CN.png` });
    await page.waitForSelector('[data-testid=chart-station-map] svg path', { state: 'attached' });
    const chartText = await page.locator('[data-testid=chart-station-map] svg').textContent();
    for (const name of ['安检开包检查', '边检人工通道']) expect(chartText).toContain(name);
    await page.locator('[data-testid=consolidation-summary]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-consolidation-zh-CN.png` });

    await page.click('[data-testid=lang-en]');
    expect(await page.locator('[data-testid=compare-headline]').textContent()).toBe(compareHeadline(mean, true, 'en'));
    expect(await structure.textContent()).toContain('−1 step, −2 queues');
    await page.locator('[data-testid=consolidation-summary]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-consolidation-en.png` });
    await page.locator('[data-testid=chart-station-map]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-station-map-en.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
