/**
 * The HTML report in Chromium: opened from a file, it makes no request at all beyond the
 * file itself, shows every chart (visible, non-empty SVG), the lane with every station, the
 * headline figures of the result, the sources and the station table, the lane's structure
 * (steps and queues per class) and where each second goes (stacked chart and a table whose
 * parts add up to the clearance exactly); a comparison also shows the headline sentence,
 * the difference by part and every station of both lanes mapped across (table and chart);
 * in English and Chinese; and prints to a multi-page PDF. Screenshots go to
 * test-results/screenshots.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReportHtml, reportStrings, runReportHtml, type ReportLanguage } from '../../../present/report/index.js';
import { fmtPercent, fmtSeconds } from '../../../present/format.js';
import { bottleneck } from '../../../present/insight/bottleneck.js';
import { compareResults, displayNames, PARTS, type RunResult, type Scenario } from '../../../sim/index.js';
import { attributionText, compareHeadline, structureDeltaText, structureText } from '../../../present/insight/consolidation-text.js';
import { consolidationWords } from '../../../present/words/consolidation-words.js';
import { stationMapRowLabel } from '../../../present/charts/station-map-chart.js';
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
      const html = await runReportHtml({ scenario, result, language });
      expect(html).not.toMatch(/<script|<link|src=|url\((?!#)/i);
      const { page, requests, file } = await open(html, `run-${language}.html`);
      expect(requests).toEqual([`file://${file}`]);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      // The five result charts and the stacked decomposition (in its own section).
      expect(await page.locator('figure.chart').count()).toBe(6);
      expect(await visibleCharts(page)).toBe(6);
      expect(await page.locator('figure.chart[data-chart=utilization]').count()).toBe(1);
      expect(await page.locator('[data-testid=report-decomposition] figure.chart[data-chart=decomposition]').count()).toBe(1);
      // Structure, computed: overall and one row per class.
      const w = consolidationWords(language);
      const structure = page.locator('[data-testid=report-structure]');
      expect(await structure.getAttribute('data-steps')).toBe(String(result.structure!.steps));
      expect(await structure.textContent()).toContain(structureText(result.structure!, language));
      expect(await page.locator('[data-testid=report-structure-table] tbody tr').count()).toBe(1 + Object.keys(result.structure!.byClass).length);
      // Where each second goes: all, each class, the slowest; the parts of each group add up to its mean clearance exactly.
      const groups = page.locator('[data-testid=report-decomposition-table] tbody tr');
      expect(await groups.count()).toBe(2 + Object.keys(result.byClass).length);
      for (const [id, clearance] of [['all', result.clearance.mean], ...Object.entries(result.byClass).map(([k, c]) => [k, c.mean] as const)] as const) {
        const values = await page.locator(`[data-testid=report-decomposition-table] tr[data-group="${id}"] td[data-part]`).evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
        expect(values).toHaveLength(PARTS.length);
        expect(values.reduce((a, v) => a + v, 0), id).toBe(clearance);
      }
      const heads = await page.locator('[data-testid=report-decomposition-table] thead th').allTextContents();
      for (const p of PARTS) expect(heads).toContain(w.parts[p]);
      const chartText = await page.locator('figure.chart[data-chart=decomposition] svg').textContent();
      expect(chartText).toContain(w.parts.service);
      expect(chartText).toContain(w.allPassengers);
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
      const stationHeads = await page.locator('[data-testid=report-station-table] thead th').allTextContents();
      expect(stationHeads.indexOf(str.stationCols.peakUtilization)).toBe(stationHeads.indexOf(str.stationCols.utilization) + 1);
      for (const s of result.stations.filter((x) => x.mode === 'queue')) {
        const cells = await page.locator(`[data-testid=report-station-table] tr[data-station="${s.id}"] td`).allTextContents();
        expect(cells[stationHeads.indexOf(str.stationCols.peakUtilization)], s.id).toBe(fmtPercent(s.peakUtilization));
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

  for (const language of ['zh-CN', 'en'] as const satisfies readonly ReportLanguage[]) {
    it(`a comparison report (${language}) shows both runs, the paired table, what the merge changed and the charts`, async () => {
      const html = await compareReportHtml({
        runs: [
          { name: classic.scenario.name, ...classic },
          { name: merged.scenario.name, ...merged },
        ],
        language,
      });
      const { page, requests, file } = await open(html, `compare-${language}.html`);
      expect(requests).toEqual([`file://${file}`]);
      // Cumulative curves, waits at every station, where each lane's seconds go, and the station map.
      expect(await visibleCharts(page)).toBe(4);
      expect(await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')))).toEqual(['compare-stations', 'compare-cdf', 'compare-waits', 'compare-decomposition']);
      expect(await page.locator('[data-testid=report-run]').count()).toBe(2);
      expect(await page.locator('[data-testid=report-lane]').count()).toBe(2);
      const rows = page.locator('[data-testid=report-compare-table] tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(4);
      const str = reportStrings(language);
      expect(await page.locator('h3').filter({ hasText: str.paired }).count()).toBe(1);
      // The headline sentence, the attribution and "−1 step, −2 queues", as the workbench says them.
      const cmp = compareResults(classic.result, merged.result);
      const mean = cmp.metrics.find((m) => m.key === 'clearance.mean')!;
      const w = consolidationWords(language);
      expect(await page.locator('[data-testid=report-compare-headline]').textContent()).toBe(compareHeadline(mean, true, language));
      expect(await page.locator('[data-testid=report-attribution]').textContent()).toBe(
        attributionText(cmp.attribution!.clearance, cmp.attribution!.parts, (p) => w.parts[p as keyof typeof w.parts], language),
      );
      const structure = page.locator('[data-testid=report-compare-structure]');
      expect([await structure.getAttribute('data-steps'), await structure.getAttribute('data-queues')]).toEqual(['-1', '-2']);
      expect(await structure.textContent()).toContain(structureDeltaText({ steps: -1, queues: -2 }, language));
      // The difference by part: one row per part and the clearance; the parts' differences add up to it.
      const diffs = await page.locator('[data-testid=report-attribution-table] tbody tr[data-part]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-part'), Number(tr.getAttribute('data-diff'))] as const));
      expect(diffs.map(([p]) => p)).toEqual([...PARTS, 'clearance']);
      expect(Math.abs(diffs.slice(0, -1).reduce((a, [, d]) => a + d, 0) - diffs[diffs.length - 1][1])).toBeLessThan(1e-9);
      // Every station of both lanes in the station map, the merged row against its sources.
      const mapRows = page.locator('[data-testid=report-station-map-row]');
      expect(await mapRows.count()).toBe(cmp.stationMap!.length);
      const ids = async (attr: string) => (await mapRows.evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), attr)).flatMap((x) => (x ? x.split(',') : []));
      expect((await ids('data-a')).sort()).toEqual(classic.scenario.stations.map((s) => s.id).sort());
      expect((await ids('data-b')).sort()).toEqual(merged.scenario.stations.map((s) => s.id).sort());
      expect(await page.locator('[data-testid=report-station-map-row][data-kind=merged]').count()).toBe(cmp.stationMap!.filter((r) => r.kind === 'merged').length);
      expect(cmp.stationMap!.some((r) => r.kind === 'merged')).toBe(true);
      // The station chart has a bar group for every row, removed stations too, named as in the workbench.
      const nameA = displayNames(classic.scenario, language).station;
      const nameB = displayNames(merged.scenario, language).station;
      const chartText = await page.locator('figure.chart[data-chart=compare-stations] svg').textContent();
      for (const row of cmp.stationMap!) expect(chartText, row.a.join('+')).toContain(stationMapRowLabel(row, nameA, nameB, w, language).slice(0, 5));
      // Each run's own structure and decomposition.
      expect(await page.locator('[data-testid=report-run] [data-testid=report-structure]').count()).toBe(2);
      expect(await page.locator('[data-testid=report-run] [data-testid=report-decomposition-table]').count()).toBe(2);
      // Marker ids stay unique with two lanes in one document.
      const idList = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
      expect(idList.filter((id, i) => idList.indexOf(id) !== i)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/report-compare-${language}.png`, fullPage: true });
      await page.close();
    });
  }

  it('a comparison report needs two runs', async () => {
    await expect(compareReportHtml({ runs: [{ name: 'a', ...classic }], language: 'en' })).rejects.toThrow(/at least two runs/);
  });

  it('user text cannot inject markup', async () => {
    const scenario: Scenario = { ...merged.scenario, name: '<img src=x onerror=alert(1)>', description: '</p><script>alert(1)</script>', sources: ['<a href="http://example.com">x</a>'] };
    const html = await runReportHtml({ scenario, result: merged.result, language: 'en' });
    const { page, requests } = await open(html, 'inject.html');
    expect(requests).toHaveLength(1);
    expect(await page.locator('script, img, a').count()).toBe(0);
    expect(await page.locator('[data-testid=report-title]').textContent()).toBe(scenario.name);
    await page.close();
  });
});
