/**
 * Chinese all the way down, in Chromium: a bad scenario opened in the Chinese workbench is
 * refused in Chinese, naming the file and the JSON path of each problem (and what was
 * expected), the same file in English in English; a field's problem while typing is worded
 * in the UI's language; the page title is the workbench's name in the UI's language and
 * follows a switch of language.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayNames, validateScenario } from '../../../sim/index.js';
import { validationLine } from '../../../present/words/validation-words.js';
import { ROOT, SHOTS, startHarness, type Harness } from '../harness.js';
import { loadScenario, openBundled, setRunOptions } from '../workbench-steps.js';

let harness: Harness;
let dir = '';
const FILE = 'bad-lane.json';

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'lanesim-localised-'));
  // A planner's typos: a misspelt key, a share typed as text, a negative desk count.
  const doc = JSON.parse(readFileSync(`${ROOT}scenarios/harbin-t1-entry-classic.json`, 'utf8')) as { classes: Array<Record<string, unknown>>; stations: Array<Record<string, unknown>> };
  doc.stations[1].sever = 3;
  doc.classes[0].share = 'x';
  doc.stations[2].servers = -1;
  writeFileSync(join(dir, FILE), JSON.stringify(doc, null, 2));
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openFile(page: Page, path: string): Promise<string> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.selectOption('[data-testid=open-menu]', 'file')]);
  await chooser.setFiles(path);
  const notice = page.locator('[data-testid=notice]');
  await notice.waitFor({ timeout: 30_000 });
  return (await notice.textContent()) ?? '';
}

const problems = () => {
  const v = validateScenario(JSON.parse(readFileSync(join(dir, FILE), 'utf8')));
  if (v.ok) throw new Error('the bad lane validated');
  return v.errors;
};

describe('problems and the page title in the UI language', () => {
  it('refuses a bad scenario in Chinese with file, JSON path and expectation; in English in English', async () => {
    const { page, errors, context } = await harness.newPage();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const zh = await openFile(page, join(dir, FILE));
    await page.screenshot({ path: `${SHOTS}/localised-errors-zh.png` });
    for (const path of ['stations[1].sever', 'classes[0].share', 'stations[2].servers']) expect(zh).toContain(`${FILE}：${path}：`);
    expect(zh).toContain('未知的键 "sever"');
    expect(zh).toContain('应为数字，实际为 "x"');
    expect(zh).toContain('应 ≥ 0，实际为 -1');
    expect(zh).not.toMatch(/unknown key|expected|got /);
    // Exactly the lines present/ words for the core's codes, in order.
    for (const e of problems()) expect(zh).toContain(validationLine(e, 'zh-CN', FILE));

    await page.click('[data-testid=notice] button');
    await setRunOptions(page, { language: 'en' });
    const en = await openFile(page, join(dir, FILE));
    expect(en).toContain(`${FILE}: stations[1].sever: unknown key "sever" (check the spelling; unknown keys are not allowed)`);
    expect(en).toContain(`${FILE}: classes[0].share: expected number, got "x"`);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('words a field problem while typing, and titles the page, in the UI language', async () => {
    const { page, errors, context } = await harness.newPage();
    await openBundled(page, 'harbin-t1-entry-classic');
    const scenario = loadScenario('harbin-t1-entry-classic');
    const zhName = displayNames(scenario, 'zh-CN').scenario;
    expect(await page.title()).toBe(`${zhName} — LaneSim · 旅检通道仿真工作台`);
    const border = scenario.stations.findIndex((s) => s.id === 'border');
    await page.click('[data-testid=node-border]');
    const servers = page.locator(`[data-testid=station-panel] [data-path="stations[${border}].servers"] input`);
    await servers.fill('-2');
    const message = page.locator(`[data-testid=station-panel] [data-path="stations[${border}].servers"] [data-testid=field-error]`);
    await expect.poll(() => message.textContent()).toBe('应 ≥ 0，实际为 -2');
    // An edit marks the title unsaved; English retitles the page and rewords the field.
    await expect.poll(() => page.title()).toBe(`● ${zhName} — LaneSim · 旅检通道仿真工作台`);
    await setRunOptions(page, { language: 'en' });
    await expect.poll(() => page.title()).toBe(`● ${displayNames(scenario, 'en').scenario} — LaneSim · Inspection lane workbench`);
    await expect.poll(() => message.textContent()).toBe('expected ≥ 0, got -2');
    await page.screenshot({ path: `${SHOTS}/localised-errors-field-en.png` });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
