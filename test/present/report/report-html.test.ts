/**
 * The HTML report in Chromium: opened from a file, it makes no request at all beyond the
 * file itself, shows every chart (visible, non-empty SVG), the lane with every station, the
 * headline figures of the result, the sources and the station table; in English and
 * Chinese; and prints to a multi-page PDF. Screenshots go to test-results/screenshots.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReportHtml, reportStrings, runReportHtml, type ReportLanguage } from '../../../present/report/index.js';
import { fmtPercent, fmtSeconds } from '../../../present/format.js';
import { bottleneck } from '../../../present/insight/bottleneck.js';
import { displayNames, type RunResult, type Scenario } from '../../../sim/index.js';
import { launchChromium, SHOTS } from './browser.js';
import { runScenario } from './fixtures.js';

interface Opened {
  page: Page;
  requests: string[];
  file: string;
}

describe('HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let merged: { scenario: Scenario; result: RunResult };
  let classic: { scenario: Scenario; result: RunResult };
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'lanesim-report-'));
    classic = runScenario('harbin-t1-exit-classic');
    merged = runScenario('harbin-t1-exit-merged');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string): Promise<Opened> {
    const file = join(dir, name);
    writeFileSync(file, html, 'utf8');
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return { page, requests, file };
  }

  async function visibleCharts(page: Page): Promise<number> {
    return page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg')].filter((svg) => {
        const r = svg.getBoundingClientRect();
        return r.width > 300 && r.height > 100 && getComputedStyle(svg).visibility === 'visible' && svg.querySelectorAll('path').length > 10;
      }).length,
    );
  }

  for (const language of ['en', 'zh-CN'] as const satisfies readonly ReportLanguage[]) {
    it(`a run report (${language}) renders every part with no network request`, async () => {
      const { scenario, result } = merged;
      const html = runReportHtml({ scenario, result, language });
      expect(html).not.toMatch(/<script|<link|src=|url\((?!#)/i);
      const { page, requests, file } = await open(html, `run-${language}.html`);
      expect(requests).toEqual([`file://${file}`]);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.locator('figure.chart').count()).toBe(5);
      expect(await visibleCharts(page)).toBe(5);
      expect(await page.locator('figure.chart[data-chart=utilization]').count()).toBe(1);
      for (const s of scenario.stations) expect(await page.locator(`[data-testid=report-lane] [data-station="${s.id}"]`).count(), s.id).toBe(1);
      // The merged checkpoint shows each of its checks.
      const joint = scenario.stations.find((s) => (s.checks?.length ?? 0) > 1) as Scenario['stations'][number];
      const jointText = await page.locator(`[data-testid=report-lane] [data-station="${joint.id}"]`).textContent();
      const names = displayNames(scenario, language);
      for (const c of joint.checks ?? []) expect(jointText).toContain(names.check(c));
      expect(await page.locator('[data-testid=report-title]').textContent()).toBe(names.scenario);
      expect(await page.locator('[data-testid=report-card-mean] .card-value').textContent()).toContain(fmtSeconds(result.clearance.mean));
      expect(await page.locator('[data-testid=report-card-p95] .card-sub').textContent()).toContain(`[${fmtSeconds(result.clearance.p95CI95[0])}, ${fmtSeconds(result.clearance.p95CI95[1])}]`);
      expect(await page.locator('[data-testid=report-sources] li').count()).toBe(scenario.sources?.length);
      expect(await page.locator('[data-testid=report-station-table] tbody tr').count()).toBe(result.stations.length);
      // Peak utilisation beside the average; the bottleneck says why in its tooltip.
      const str = reportStrings(language);
      const heads = await page.locator('[data-testid=report-station-table] thead th').allTextContents();
      expect(heads.indexOf(str.stationCols.peakUtilization)).toBe(heads.indexOf(str.stationCols.utilization) + 1);
      for (const s of result.stations.filter((x) => x.mode === 'queue')) {
        const cells = await page.locator(`[data-testid=report-station-table] tr[data-station="${s.id}"] td`).allTextContents();
        expect(cells[heads.indexOf(str.stationCols.peakUtilization)], s.id).toBe(fmtPercent(s.peakUtilization));
      }
      const b = bottleneck(result)!;
      expect(await page.locator(`tr[data-station="${b.id}"] .badge`).getAttribute('title')).toContain(fmtPercent(b.peakUtilization));
      await page.screenshot({ path: `${SHOTS}/report-${language}.png`, fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(2);
      await page.close();
    });
  }

  it('a comparison report shows both runs, the paired table and the overlaid charts', async () => {
    const html = compareReportHtml({
      runs: [
        { name: classic.scenario.name, ...classic },
        { name: merged.scenario.name, ...merged },
      ],
      language: 'zh-CN',
    });
    const { page, requests, file } = await open(html, 'compare.html');
    expect(requests).toEqual([`file://${file}`]);
    expect(await visibleCharts(page)).toBe(2);
    expect(await page.locator('[data-testid=report-run]').count()).toBe(2);
    expect(await page.locator('[data-testid=report-lane]').count()).toBe(2);
    const rows = page.locator('[data-testid=report-compare-table] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid=report-compare-table] h3, h3').filter({ hasText: '配对比较' }).count()).toBe(1);
    // Marker ids stay unique with two lanes in one document.
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/report-compare-zh-CN.png`, fullPage: true });
    await page.close();
    expect(() => compareReportHtml({ runs: [{ name: 'a', ...classic }], language: 'en' })).toThrow(/at least two runs/);
  });

  it('user text cannot inject markup', async () => {
    const scenario: Scenario = { ...merged.scenario, name: '<img src=x onerror=alert(1)>', description: '</p><script>alert(1)</script>', sources: ['<a href="http://example.com">x</a>'] };
    const html = runReportHtml({ scenario, result: merged.result, language: 'en' });
    const { page, requests } = await open(html, 'inject.html');
    expect(requests).toHaveLength(1);
    expect(await page.locator('script, img, a').count()).toBe(0);
    expect(await page.locator('[data-testid=report-title]').textContent()).toBe(scenario.name);
    await page.close();
  });
});
