/**
 * Sweep & plan exports in Chromium, captured as downloads (the browser Host): the sweep
 * chart as PNG (2× size), as SVG (parses, names title, scenario and axes as on screen,
 * holds the plotted values) and copied to the clipboard; the sweep as JSON (`sweep()`'s
 * object for the same inputs, wall time aside) and as CSV (byte-equal, after the BOM, to
 * what `lanesim sweep … --format csv` prints); the plan as JSON (`planCapacity()`'s);
 * a heat map as PNG. Screenshots of the tab with the export buttons in both languages, and
 * the exported PNGs themselves (sweep-export-file-*.png).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartData } from '../../../present/report/index.js';
import { sweepCsv } from '../../../sim/export/index.js';
import { parseTarget, planCapacity, sweep, type PlanResult, type SweepResult } from '../../../sim/index.js';
import { chartValue } from '../../../present/sweep-format.js';
import { lanesim } from '../../cli/helpers.js';
import { ensureFresh } from '../../cli/sweep/helpers.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';
import { parseSvg } from '../../present/report/browser.js';
import { BORDER, loadScenario, openSweepView, runPlan, runSweep, SCENARIO, SEED } from './helpers.js';

const REPS = 3;

async function download(page: Page, testId: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  const bytes = readFileSync(await d.path());
  return { name: d.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

function withoutWall<T extends { wallMs: number }>(r: T): Omit<T, 'wallMs'> {
  const { wallMs: _w, ...rest } = r;
  return rest;
}

/** Pixels that are clearly coloured (not white, grey or black). */
function colouredPixels(png: { data: Uint8Array }): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
  }
  return n;
}

describe('sweep and plan exports in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    ensureFresh();
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a sweep: PNG at 2×, SVG with its values, copy, JSON = sweep(), CSV = the CLI’s; the plan as JSON = planCapacity()', async () => {
    const { page, errors, context } = await h.newPage();
    const scenario = loadScenario(SCENARIO);
    await openSweepView(page);
    await runSweep(page, '6,8,10', REPS, SEED);
    const spec = { params: [{ path: BORDER, values: [6, 8, 10] }], metric: { name: 'p95' as const } };
    const expected = sweep(scenario, spec, { seed: SEED, replications: REPS });

    const png = await download(page, 'sweep-chart-png');
    expect(png.name).toMatch(/-sweep\.png$/);
    const image = PNG.sync.read(png.bytes);
    expect([image.width, image.height]).toEqual([1600, 840]);
    expect(colouredPixels(image)).toBeGreaterThan(2000);
    writeFileSync(`${SHOTS}/sweep-export-file-line.png`, png.bytes);

    const svg = await download(page, 'sweep-chart-svg');
    expect(svg.name).toMatch(/-sweep\.svg$/);
    const parsed = await parseSvg(h.browser, svg.text);
    expect(parsed.error).toBeNull();
    const data = JSON.parse(parsed.metadata) as ChartData;
    const title = await page.locator('[data-testid=sweep-results] .chart-card h3').textContent();
    const xName = await page.locator('[data-testid=sweep-table] thead th').first().textContent();
    const yName = await page.locator('[data-testid=sweep-table] thead th').nth(1).textContent();
    expect(data.title).toBe(title);
    expect(data.xAxis.name).toBe(xName);
    expect(data.yAxis.name).toBe(yName);
    expect(yName).toMatch(/ \(秒\)$/);
    expect(data.scenario).toBe((await page.locator('[data-testid=sweep-meta]').textContent())?.split(' · ')[0]);
    for (const text of [data.title, data.scenario, data.xAxis.name, data.yAxis.name]) expect(parsed.texts, text).toContain(text);
    // The metric's line is named as the y axis less its unit.
    const line = data.series.find((s) => `${s.name} (秒)` === yName);
    expect(line?.data).toEqual(expected.rows.map((r) => [r.values[0], Math.round(chartValue(r.value!, 's') * 1000) / 1000]));
    expect(parsed.texts).toContain(line!.name);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('[data-testid=sweep-chart-copy]');
    await page.waitForSelector('[data-testid=notice]');
    expect((await page.locator('[data-testid=notice]').textContent()) ?? '').toMatch(/剪贴板|复制/);
    await page.click('[data-testid=notice] button');

    const json = await download(page, 'sweep-export-json');
    expect(json.name).toMatch(/-sweep\.json$/);
    const result = JSON.parse(json.text) as SweepResult;
    expect(result.format).toBe('lanesim/sweep@1');
    expect(withoutWall(result)).toEqual(withoutWall(expected));

    const csv = await download(page, 'sweep-export-csv');
    expect(csv.name).toMatch(/-sweep\.csv$/);
    const cli = lanesim(['sweep', `scenarios/${SCENARIO}.json`, '--param', BORDER, '--values', '6,8,10', '--metric', 'p95', '--replications', String(REPS), '--seed', String(SEED), '--format', 'csv']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(csv.text).toBe('\uFEFF' + cli.stdout);
    expect(cli.stdout).toBe(sweepCsv(expected));

    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SHOTS}/sweep-export-${lang}.png` });
    }

    await page.click('[data-testid=lang-zh-CN]');
    await runPlan(page);
    const plan = await download(page, 'plan-export-json');
    expect(plan.name).toMatch(/-plan\.json$/);
    const planned = JSON.parse(plan.text) as PlanResult;
    expect(planned.format).toBe('lanesim/plan@1');
    const expectedPlan = planCapacity(scenario, { stations: [{ id: 'border', max: 20 }], target: parseTarget('border.waitOver5Min<=20%') }, { seed: SEED, replications: 4, maxReplications: 16 });
    expect(withoutWall(planned)).toEqual(withoutWall(expectedPlan));
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.click(`[data-testid=lang-${lang}]`);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SHOTS}/sweep-export-plan-${lang}.png` });
    }

    // A heat map exports too (its own chart type and colour scale on the canvas).
    await page.click('[data-testid=sweep-panel-sweep]');
    await page.click('[data-testid=sweep-add-param]');
    await page.fill('[data-testid=sweep-values-0]', '6,8');
    await page.click('[data-testid=sweep-mode-1-list]');
    await page.fill('[data-testid=sweep-values-1]', '1,1.1');
    await page.fill('[data-testid=sweep-replications]', '2');
    await page.click('[data-testid=sweep-run]');
    await page.waitForSelector('[data-testid=sweep-results][data-complete=true] [data-testid=sweep-cell-8-1\\.1]', { timeout: 60_000 });
    const heat = await download(page, 'sweep-chart-png');
    expect(heat.name).toMatch(/-sweep-heatmap\.png$/);
    const heatImage = PNG.sync.read(heat.bytes);
    expect([heatImage.width, heatImage.height]).toEqual([1600, 840]);
    expect(colouredPixels(heatImage)).toBeGreaterThan(20_000);
    writeFileSync(`${SHOTS}/sweep-export-file-heatmap.png`, heat.bytes);
    await page.screenshot({ path: `${SHOTS}/sweep-export-heatmap-en.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
