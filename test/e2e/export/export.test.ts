/**
 * Exports from the workbench in Chromium, captured as downloads (the browser Host): a run's
 * chart as PNG (2× size), as SVG (parses, holds the series), copy to the clipboard (a
 * message either way); the run as JSON (the result contract, the CLI's numbers), as CSV
 * (byte-equal to sim/export for the same result and replication 0) and as the HTML report
 * (all charts visible, no request); then a comparison's JSON, CSV and report.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartData } from '../../../present/report/index.js';
import { unzipSync } from 'fflate';
import { comparisonCsv, passengersCsv, provenanceOf, stationsCsv, timeseriesCsv } from '../../../sim/export/index.js';
import { compareResults, run, runDetailed, type Comparison, type RunResult } from '../../../sim/index.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';
import { parseSvg } from '../../present/report/browser.js';
import { loadScenario } from '../../present/report/fixtures.js';

const SEED = 5;
const REPS = 3;
const ID = 'harbin-t1-exit-merged';

async function download(page: Page, testId: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testId}]`)]);
  return read(d);
}

async function read(d: Download): Promise<{ name: string; text: string; bytes: Buffer }> {
  const path = await d.path();
  const bytes = readFileSync(path);
  return { name: d.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Runs a bundled scenario; `runsAfter` is how many runs the session holds once it is done. */
async function runBundled(page: Page, id: string, runsAfter = 1): Promise<void> {
  await page.fill('[data-testid=replications]', String(REPS));
  await page.fill('[data-testid=seed]', String(SEED));
  await page.selectOption('[data-testid=open-menu]', `bundled:${id}`);
  await page.waitForSelector('[data-testid=lane-diagram]');
  await page.click('[data-testid=run]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=run-list] li').length === n, runsAfter, { timeout: 60_000 });
  await page.waitForSelector('[data-testid=results]');
}

/** The numbers of a result (wall time and engine aside, which differ by machine and build). */
function numbers(r: RunResult): Omit<RunResult, 'wallMs'> {
  const { wallMs: _w, ...rest } = r;
  return rest;
}

describe('exports in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a run: PNG at 2×, SVG with its series, copy, JSON, CSV and the report', async () => {
    const { page, errors, context } = await h.newPage();
    await runBundled(page, ID);
    const scenario = loadScenario(ID);
    const expected = run(scenario, { seed: SEED, replications: REPS });
    await page.screenshot({ path: `${SHOTS}/export-results.png` });

    const png = await download(page, 'chart-histogram-png');
    expect(png.name).toMatch(/-histogram\.png$/);
    const image = PNG.sync.read(png.bytes);
    expect([image.width, image.height]).toEqual([1600, 840]);
    // Not blank: the white background and the bars in the palette's blue (#0072b2) both appear.
    let blue = 0;
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i + 2] > 150 && image.data[i] < 60 && image.data[i + 1] < 150) blue++;
    expect(blue).toBeGreaterThan(1000);

    const svg = await download(page, 'chart-cdf-svg');
    expect(svg.name).toMatch(/-cdf\.svg$/);
    const parsed = await parseSvg(h.browser, svg.text);
    expect(parsed.error).toBeNull();
    const data = JSON.parse(parsed.metadata) as ChartData;
    // The chart names the run it plots.
    expect(data.sources).toEqual([{ scenarioHash: expected.scenarioHash, seed: SEED, replications: REPS, engine: expected.engine }]);
    expect(data.series[0].data).toEqual(expected.distribution.percentiles.map((s, p) => [s / 60, p]));
    expect(parsed.texts).toContain(data.title);
    expect(parsed.texts).toContain(data.xAxis.name);

    const queue = await parseSvg(h.browser, (await download(page, 'chart-queue-svg')).text);
    const q = JSON.parse(queue.metadata) as ChartData;
    const firstQueue = expected.stations.find((s) => s.mode === 'queue') as RunResult['stations'][number];
    expect(q.series[0].data).toEqual(expected.timeseries.queue[firstQueue.id].map((v) => Math.round(v * 10) / 10));
    const utilFile = await download(page, 'chart-utilization-svg');
    expect(utilFile.name).toMatch(/-utilization\.svg$/);
    const u = JSON.parse((await parseSvg(h.browser, utilFile.text)).metadata) as ChartData;
    // A station × time heat map: one series of [interval, station row, %] cells, the first queue station on row 0.
    expect(u.series).toHaveLength(1);
    const cells = u.series[0].data as Array<[number, number, number]>;
    expect(new Set(cells.map((c) => c[1])).size).toBe(expected.stations.filter((s) => s.mode === 'queue').length);
    expect(cells.filter((c) => c[1] === 0).map((c) => c[2])).toEqual(expected.timeseries.utilization[firstQueue.id].map((v) => Math.round(v * 1000) / 10));

    // Copy: either on the clipboard (with permission) or a clear refusal; never silent.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('[data-testid=chart-throughput-copy]');
    await page.waitForSelector('[data-testid=notice]');
    const notice = (await page.locator('[data-testid=notice]').textContent()) ?? '';
    expect(notice).toMatch(/剪贴板|复制/);
    await page.screenshot({ path: `${SHOTS}/export-copy-notice.png` });

    const json = await download(page, 'export-json');
    expect(json.name).toMatch(/-result\.json$/);
    const result = JSON.parse(json.text) as RunResult;
    expect(result.format).toBe('lanesim/result@1');
    expect(numbers(result)).toEqual(numbers(expected));

    // CSV: one table the user picks is one download; "all" is one zip — never several downloads at once.
    const downloads: Download[] = [];
    const collect = (d: Download) => downloads.push(d);
    page.on('download', collect);
    await page.selectOption('[data-testid=export-csv]', 'stations');
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    const stations = await read(downloads[0]);
    expect(stations.name).toMatch(/-stations\.csv$/);
    expect(stations.text).toBe(stationsCsv(result, { bom: true }));
    // The file names its run in its last columns: scenario hash, seed, replications, engine.
    expect(stations.text.split('\r\n')[1].endsWith(`,${result.scenarioHash},${SEED},${REPS},${result.engine}`)).toBe(true);
    await page.selectOption('[data-testid=export-csv]', 'zip');
    await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(2);
    await page.waitForTimeout(500);
    expect(downloads).toHaveLength(2);
    page.off('download', collect);
    const zip = await read(downloads[1]);
    expect(zip.name).toMatch(/-csv\.zip$/);
    const files = new Map(Object.entries(unzipSync(new Uint8Array(zip.bytes))).map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));
    expect([...files.keys()].sort()).toEqual(['flights.csv', 'passengers.csv', 'result.json', 'stations.csv', 'timeseries.csv'].filter((f) => f !== 'flights.csv' || result.groups?.length));
    expect(files.get('stations.csv')).toBe(stationsCsv(result, { bom: true }));
    expect(files.get('timeseries.csv')).toBe(timeseriesCsv(result, { bom: true }));
    const detailed = runDetailed(scenario, { seed: SEED, replications: REPS, recordVisits: 2_000_000 });
    expect(files.get('passengers.csv')).toBe(passengersCsv(detailed.log!, { bom: true, provenance: provenanceOf(result) }));
    expect(numbers(JSON.parse(files.get('result.json')!) as RunResult)).toEqual(numbers(expected));
    // The select is back at its prompt, ready for the next pick.
    expect(await page.locator('[data-testid=export-csv]').inputValue()).toBe('');

    // No PDF in a browser: the Host cannot print one.
    expect(await page.locator('[data-testid=export-pdf]').count()).toBe(0);

    const report = await download(page, 'export-report');
    expect(report.name).toMatch(/-report\.html$/);
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/lanesim-e2e-report-`)}/report.html`;
    writeFileSync(file, report.bytes);
    const view = await h.browser.newPage();
    const requests: string[] = [];
    view.on('request', (r) => requests.push(r.url()));
    await view.goto(`file://${file}`);
    expect(requests).toEqual([`file://${file}`]);
    expect(await view.getAttribute('html', 'lang')).toBe('zh-CN');
    const visible = await view.evaluate(() => [...document.querySelectorAll('figure.chart svg')].filter((s) => s.getBoundingClientRect().height > 100).length);
    // Histogram, cumulative, queue, utilisation, throughput and where each second goes.
    expect(visible).toBe(6);
    expect(await view.locator('[data-testid=report-structure]').count()).toBe(1);
    expect(await view.locator('[data-testid=report-decomposition-table] tbody tr').count()).toBeGreaterThanOrEqual(3);
    await view.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a comparison: JSON and CSV as `lanesim compare` prints them, and the report', async () => {
    const { page, errors, context } = await h.newPage();
    await runBundled(page, 'harbin-t1-exit-classic');
    await runBundled(page, ID, 2);
    // Two different scenarios: tick both (the first ticked is the baseline) and compare.
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(0).check();
    await page.locator('[data-testid=run-list] li input[type=checkbox]').nth(1).check();
    await page.click('[data-testid=open-compare]');
    await page.waitForSelector('[data-testid=compare-table]');
    const json = await download(page, 'export-compare-json');
    const { results, comparisons } = JSON.parse(json.text) as { results: RunResult[]; comparisons: Comparison[] };
    expect(results.map((r) => r.scenario)).toEqual([loadScenario('harbin-t1-exit-classic').name, loadScenario(ID).name]);
    expect(comparisons).toEqual([compareResults(results[0], results[1])]);
    const csv = await download(page, 'export-compare-csv');
    expect(csv.text).toBe(comparisonCsv(comparisons, { bom: true }));
    const svg = await parseSvg(h.browser, (await download(page, 'chart-compare-waits-svg')).text);
    expect(svg.error).toBeNull();
    expect((JSON.parse(svg.metadata) as ChartData).series).toHaveLength(2);
    const report = await download(page, 'export-compare-report');
    expect(report.text).toContain('data-testid="report-compare-table"');
    // Curves, waits at every station, parts per lane, and every station of both lanes mapped.
    expect(report.text.match(/data-testid="report-chart"/g)).toHaveLength(4);
    expect(report.text).toContain('data-testid="report-compare-headline"');
    expect(report.text).toContain('data-testid="report-station-map"');
    expect(report.text).not.toMatch(/<script|<link|src=/i);
    expect(errors).toEqual([]);
    await context.close();
  });
});
