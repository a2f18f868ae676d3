/**
 * A replay still being built when the user leaves the Replay tab: the build goes on, and the
 * tab, back, shows that build's replay with the seed typed — never the replay that was there
 * before (the bug: the older replay came back with the new seed in the field). The trace
 * worker's script is held back by the test (a route that answers only when told), so the
 * build is surely under way while the tabs are switched, whatever the machine's load.
 * Screenshots: test-results/screenshots/replay-build-across-tabs-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetailed } from '../../../sim/index.js';
import { buildReplayModel, DEFAULT_RECORD_VISITS } from '../../../sim/replay/index.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';
import { loadScenario, openBundled, setRunOptions } from '../workbench-steps.js';

const ID = 'harbin-t1-entry-classic';
const scenario = loadScenario(ID);

/** The trace's fingerprint: when and how high the queue peaks (as the replay model computes it). */
function peak(seed: number): string {
  const { log } = runDetailed(scenario, { seed, replications: 1, recordVisits: DEFAULT_RECORD_VISITS });
  if (!log) throw new Error('no trace recorded');
  const { curve } = buildReplayModel(scenario, log);
  return `${curve.peakQueue}@${curve.peakTime}`;
}

/** The fingerprint of the replay on screen, '' when none is shown. */
function shownPeak(page: Page): Promise<string> {
  return page.evaluate(() => {
    const c = window.__lanesimReplay?.player.model.curve;
    return c ? `${c.peakQueue}@${c.peakTime}` : '';
  });
}

/** Holds back the trace worker's script until `release` is called: a build started meanwhile stays under way. */
async function holdTraceWorker(context: BrowserContext): Promise<{ release(): Promise<void> }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const pattern = '**/trace-worker*';
  await context.route(pattern, async (route) => {
    await gate;
    // The page may be gone by then (a failed test closes it): nothing left to answer.
    await route.continue().catch(() => undefined);
  });
  return {
    async release() {
      open();
      await context.unroute(pattern);
    },
  };
}

describe('replay build across a tab switch', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  // zh-CN: back on the tab while the build still runs, then it finishes. en: it finishes while the tab is away.
  it.each([
    ['zh-CN', 11, 'after-return'],
    ['en', 23, 'while-away'],
  ] as const)('%s: the build under way goes on; back on the tab, seed %i and its replay, not the previous one (%s)', async (lang, seed, finish) => {
    const { page, errors, context } = await h.newPage();
    await setRunOptions(page, { language: lang });
    await openBundled(page, ID);
    await page.getByTestId('tab-replay').click();
    const first = peak(scenario.seed ?? 1);
    await expect.poll(() => shownPeak(page), { timeout: 60_000 }).toBe(first);
    const wanted = peak(seed);
    expect(wanted).not.toBe(first);

    const hold = await holdTraceWorker(context);
    await page.fill('[data-testid=replay-seed]', String(seed));
    await page.getByTestId('replay-build').click();
    await page.waitForSelector('[data-testid=replay-building]');
    await page.getByTestId('tab-results').click();
    await page.waitForSelector('[data-testid=replay-view]', { state: 'detached' });
    if (finish === 'while-away') {
      await hold.release();
      // The build finishes with nobody watching: its worker's answer must still be kept.
      await page.waitForTimeout(300);
      await page.getByTestId('tab-editor').click();
      await page.waitForSelector('[data-testid=lane-diagram]');
    }
    await page.getByTestId('tab-replay').click();
    await page.waitForSelector('[data-testid=replay-seed]');
    // The seed typed and built stays, the header line names it, and the old replay is not shown in its place.
    await expect(page.getByTestId('replay-seed').inputValue()).resolves.toBe(String(seed));
    await expect(page.getByTestId('replay-doc-seed').textContent()).resolves.toMatch(new RegExp(`\\b${seed}\\b`));
    const onReturn = await shownPeak(page);
    expect(onReturn === '' || onReturn === wanted, `shown on return: ${onReturn}`).toBe(true);
    if (finish === 'after-return') {
      await expect(page.getByTestId('replay-building').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('replay-build').isEnabled()).resolves.toBe(false);
      await page.screenshot({ path: `${SHOTS}/replay-build-across-tabs-building-${lang}.png` });
      await hold.release();
    }
    await expect.poll(() => shownPeak(page), { timeout: 60_000 }).toBe(wanted);
    await expect(page.getByTestId('replay-build').isEnabled()).resolves.toBe(true);
    await expect(page.getByTestId('replay-seed').inputValue()).resolves.toBe(String(seed));
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/replay-build-across-tabs-${lang}.png` });

    // Once more away and back: the built replay is the one kept.
    await page.getByTestId('tab-editor').click();
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.getByTestId('tab-replay').click();
    await expect.poll(() => shownPeak(page), { timeout: 30_000 }).toBe(wanted);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
