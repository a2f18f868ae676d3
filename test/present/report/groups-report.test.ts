/**
 * The report's tables per flight and per vehicle, in Chromium: the bundled Harbin day's
 * departures (imported from the schedule file into the exit lane) give a departing-flights
 * table in clock time with the cut-off and the missed-flight figures of the result, in both
 * languages; Heihe's buses give a per-vehicle table in elapsed time with the dwell; a lane
 * without flights or vehicles has no such section. Screenshots go to test-results/screenshots.
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportStrings, runReportHtml } from '../../../present/report/index.js';
import { fmtInterval, fmtPercent } from '../../../present/format.js';
import { run, validateScenario, type RunResult, type Scenario } from '../../../sim/index.js';
import { csvTable, parseSchedule, scheduleToScenario } from '../../../sim/schedule/index.js';
import { launchChromium, ROOT, SHOTS } from './browser.js';
import { REPS, runScenario, SEED } from './fixtures.js';

function harbinDepartures(): { scenario: Scenario; result: RunResult } {
  const base = JSON.parse(readFileSync(`${ROOT}scenarios/harbin-t1-exit-classic.json`, 'utf8')) as Record<string, unknown>;
  const table = csvTable(readFileSync(`${ROOT}scenarios/schedules/harbin-t1-international-day.csv`, 'utf8'))!;
  const built = scheduleToScenario(parseSchedule(table), { base, direction: 'departure', fileName: 'harbin-t1-international-day.csv' });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const v = validateScenario(built.value.scenario);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return { scenario: v.scenario, result: run(v.scenario, { seed: SEED, replications: REPS }) };
}

interface Row {
  cells: string[];
}

describe('report tables per flight and vehicle', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'lanesim-groups-report-'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, html, 'utf8');
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return page;
  }

  async function table(page: Page, testId: string): Promise<{ head: string[]; rows: Row[]; fits: boolean }> {
    return page.evaluate((id) => {
      const t = document.querySelector(`[data-testid="${id}"]`)!;
      const section = t.closest('section')!;
      return {
        head: [...t.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim()),
        rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({ cells: [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim()) })),
        fits: t.getBoundingClientRect().right <= section.getBoundingClientRect().right + 1,
      };
    }, testId);
  }

  const departures = harbinDepartures();

  for (const language of ['en', 'zh-CN'] as const) {
    it(`departing flights (${language}): STD and cut-off in clock time, the missed-flight figures of the result, inside the page`, async () => {
      const { scenario, result } = departures;
      const str = reportStrings(language);
      const page = await open(await runReportHtml({ scenario, result, language }), `departures-${language}.html`);
      try {
        const t = await table(page, 'report-departures-table');
        expect(t.head).toEqual([
          str.groups.id,
          str.groups.std,
          str.groups.cutoff,
          str.groups.passengers,
          str.groups.reached,
          str.groups.firstOut,
          str.groups.lastOut,
          str.groups.mean,
          str.groups.p95,
          str.groups.afterCutoff,
          str.groups.afterCutoffShare,
        ]);
        expect(t.rows.map((r) => r.cells.slice(0, 4))).toEqual([
          ['CZ6079', '08:40', '07:55', '170'],
          ['S75322', '10:30', '09:45', '128'],
          ['7C8604', '12:15', '11:30', '174'],
          ['CZ3617', '15:20', '14:35', '172'],
          ['HU7917', '19:30', '18:45', '208'],
        ]);
        result.groups!.forEach((g, i) => {
          const d = g.departure!;
          expect(t.rows[i].cells[10]).toBe(`${fmtPercent(d.afterCutoffShare)} ${fmtInterval(d.afterCutoffShareCI95, fmtPercent)}`);
        });
        expect(t.fits).toBe(true);
        expect(await page.locator('[data-testid="report-groups"] h2').innerText()).toBe(str.groups.departures);
        expect(await page.locator('[data-testid="report-groups-table"]').count()).toBe(0);
        await page.locator('[data-testid="report-groups"]').screenshot({ path: `${SHOTS}/report-departures-${language}.png` });
      } finally {
        await page.close();
      }
    });
  }

  it('buses (Heihe): one row per vehicle with the dwell, in elapsed time; no departures table', async () => {
    const { scenario, result } = runScenario('heihe-road-port');
    const str = reportStrings('en');
    const page = await open(await runReportHtml({ scenario, result, language: 'en' }), 'heihe.html');
    try {
      const t = await table(page, 'report-groups-table');
      expect(t.head.at(-1)).toBe(str.groups.dwell);
      expect(t.rows.map((r) => r.cells[0])).toEqual(result.groups!.map((g) => g.id));
      expect(t.rows[0].cells[1]).toBe('00:05');
      expect(await page.locator('[data-testid="report-groups"]').innerText()).toContain(str.groups.elapsed);
      expect(await page.locator('[data-testid="report-departures-table"]').count()).toBe(0);
      expect(t.fits).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('a lane without flights or vehicles has no section per flight', async () => {
    const { scenario, result } = runScenario('harbin-t1-exit-classic');
    expect(result.groups).toBeUndefined();
    expect(await runReportHtml({ scenario, result, language: 'en' })).not.toContain('report-groups');
  });
});
