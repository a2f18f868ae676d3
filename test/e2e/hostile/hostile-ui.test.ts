/**
 * The hostile corpus in the workbench, in Chromium: every explosive or malformed file opened
 * through the file chooser ends with a message naming the file, and the tab stays alive
 * (it answers, the lane on screen is unchanged); a lane valid per file but over the run
 * budget for its replications is refused when run; prototype-named ids open and run; a
 * replay changed after saving opens with a warning and rebuilds its trace on request.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION, validateScenario } from '../../../sim/index.js';
import { rebuildTrace, serializeReplay } from '../../../sim/replay/index.js';
import { hostileCorpus, writeCorpus } from '../../hostile/corpus.js';
import { SHOTS, startHarness, type Harness } from '../harness.js';

const cases = hostileCorpus().filter((c) => c.validate === 1 && ['explosive', 'names', 'structure'].includes(c.category) && !c.file.startsWith('oversized'));
let harness: Harness;
let dir = '';

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'lanesim-hostile-ui-'));
  writeCorpus(dir);
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.selectOption('[data-testid=open-menu]', 'file')]);
  await chooser.setFiles(path);
}

async function alive(page: Page): Promise<void> {
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
  await page.waitForSelector('[data-testid=lane-diagram]');
}

describe('hostile files in the workbench', () => {
  it(`${cases.length} explosive and malformed files each end with a message naming the file, the tab alive`, async () => {
    const { page, errors } = await harness.newPage();
    const title = await page.locator('[data-testid=lane-diagram]').innerHTML();
    for (const c of cases) {
      await openFile(page, join(dir, c.file));
      const notice = page.locator('[data-testid=notice]');
      await notice.waitFor({ timeout: 30_000 });
      const text = (await notice.textContent()) ?? '';
      expect(text, c.file).toContain(c.file);
      expect(text.length, `${c.file}: the message is bounded`).toBeLessThan(8000);
      await alive(page);
      expect(await page.locator('[data-testid=lane-diagram]').innerHTML(), `${c.file} changed nothing`).toBe(title);
      if (c.file === 'loop-almost-never-exits.json') await page.screenshot({ path: `${SHOTS}/hostile-loop-refused.png` });
      if (c.file === 'wide-100k-unknown-keys.json') {
        // The UI speaks Chinese by default: the count of the problems left out, in Chinese.
        expect(text).toMatch(/…… 另有 [\d,]+ 个问题/);
        await page.screenshot({ path: `${SHOTS}/hostile-wide-capped.png` });
      }
      await page.evaluate(() => (document.querySelector('[data-testid=notice] button') as HTMLButtonElement | null)?.click());
    }
    expect(errors).toEqual([]);
  }, 600_000);

  it('a lane over the run budget for its replications is refused when run, with a message; ids named after Object.prototype run', async () => {
    const { page, errors } = await harness.newPage();
    await openFile(page, join(dir, 'valid-but-10000-replications.json'));
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.fill('[data-testid=replications]', '10000');
    await page.click('[data-testid=run]');
    const refused = page.locator('[data-testid=run-error]');
    await refused.waitFor({ timeout: 60_000 });
    expect(await refused.textContent()).toMatch(/station visits over 10,000 replications.*at most 500,000,000 per run/);
    await page.screenshot({ path: `${SHOTS}/hostile-run-budget.png` });
    await alive(page);
    await openFile(page, join(dir, 'class-ids-prototype-names.json'));
    await page.fill('[data-testid=replications]', '2');
    await page.click('[data-testid=run]');
    await page.waitForFunction(() => document.querySelector('[data-testid=tab-results] .tab-count')?.textContent === '1', undefined, { timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/hostile-prototype-ids-run.png` });
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    expect(errors).toEqual([]);
  }, 300_000);

  it('a replay changed after saving opens with a warning and rebuilds its trace on request', async () => {
    const v = validateScenario(JSON.parse(hostileCorpus().find((c) => c.file === 'station-id-constructor.json')!.content as string));
    if (!v.ok) throw new Error('fixture');
    const log = rebuildTrace(v.scenario, 2, 20_000).log;
    const json = JSON.parse(serializeReplay({ scenario: v.scenario, seed: 2, recordVisits: 20_000, bookmarks: [], log }, { includeTrace: true, engine: ENGINE_VERSION })) as { seed: number };
    // The stored trace no longer is the run of the seed the file names.
    json.seed = 3;
    const file = join(dir, 'tampered.replay.json');
    writeFileSync(file, JSON.stringify(json));
    const { page, errors } = await harness.newPage();
    await page.click('[data-testid=tab-replay]');
    await page.waitForSelector('[data-testid=replay-view]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('replay-open').click()]);
    await chooser.setFiles(file);
    const notice = page.getByTestId('replay-notice');
    await expect.poll(async () => (await notice.textContent()) ?? '', { timeout: 30_000 }).toContain('tampered.replay.json');
    await page.screenshot({ path: `${SHOTS}/hostile-replay-digest.png` });
    await page.getByTestId('replay-rebuild').click();
    await expect.poll(async () => (await notice.textContent()) ?? '', { timeout: 30_000 }).toMatch(/重新生成|rebuilt/i);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(errors).toEqual([]);
  }, 300_000);
});
