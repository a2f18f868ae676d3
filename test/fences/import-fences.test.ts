/**
 * Every floor's lint fence fails on a forbidden import (docs/architecture.md, "Floors"):
 * each case lints a small file as if it sat in that folder, with the repository's own
 * eslint.config.js, and expects the fence's error — and a permitted import beside it passes,
 * so the fence is not simply refusing everything.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

/** The rule ids that fire when `code` is linted as the file `path`. */
async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const IMPORT = '@typescript-eslint/no-restricted-imports';
const GLOBAL = 'no-restricted-globals';
const SYNTAX = 'no-restricted-syntax';

/** [file it pretends to be, forbidden code, the rule that must refuse it] */
const FORBIDDEN: [string, string, string][] = [
  ['sim/probe.ts', "import { WORDS } from '../present/words/index.js';\nexport const w = WORDS;", IMPORT],
  ['sim/stats/probe.ts', "import { runReportHtml } from '../../present/report/index.js';\nexport const r = runReportHtml;", IMPORT],
  ['sim/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", IMPORT],
  ['sim/probe.ts', "import { useState } from 'react';\nexport const u = useState;", IMPORT],
  ['sim/probe.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;", IMPORT],
  ['sim/probe.ts', "import { singleStation } from '../test/sim/helpers.js';\nexport const s = singleStation;", IMPORT],
  ['sim/probe.ts', "export const get = (u: string) => fetch(u);", GLOBAL],
  ['sim/probe.ts', 'export const lang = navigator.language;', GLOBAL],
  ['sim/probe.ts', 'export const body = document.body;', GLOBAL],
  ['sim/probe.ts', 'export const home = process.env.HOME;', GLOBAL],
  ['present/probe.ts', "import { useTranslation } from 'react-i18next';\nexport const t = useTranslation;", IMPORT],
  ['present/charts/probe.ts', "import { Workbench } from '../../renderer/state/workbench.js';\nexport type W = Workbench;", IMPORT],
  ['present/probe.ts', "import { main } from '../cli/main.js';\nexport const m = main;", IMPORT],
  ['present/probe.ts', "import { writeFile } from 'node:fs/promises';\nexport const w = writeFile;", IMPORT],
  ['present/probe.ts', 'export const w = window.innerWidth;', GLOBAL],
  ['present/report/probe.ts', "import { App } from '../../renderer/app/app.js';\nexport const a = App;", IMPORT],
  ['cli/probe.ts', "import { createElement } from 'react';\nexport const c = createElement;", IMPORT],
  ['cli/probe.ts', "import { ChartCard } from '../renderer/export/chart-card.js';\nexport const c = ChartCard;", IMPORT],
  ['cli/commands/probe.ts', "import { app } from 'electron';\nexport const a = app;", IMPORT],
  ['cli/probe.ts', "import { label } from '../electron/main/index.js';\nexport const l = label;", IMPORT],
  ['cli/probe.ts', 'export const title = document.title;', GLOBAL],
  ['renderer/state/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;", IMPORT],
  ['renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;", IMPORT],
  ['renderer/results/probe.ts', "import { main } from '../../cli/main.js';\nexport const m = main;", IMPORT],
  ['renderer/probe.ts', "import { createMainWindow } from '../electron/main/shell/windows.js';\nexport const c = createMainWindow;", IMPORT],
  ['renderer/replay/probe.ts', "import { startHarness } from '../../test/e2e/harness.js';\nexport const s = startHarness;", IMPORT],
  ['renderer/replay/probe.ts', "export const f = import.meta.glob('../../test/sim/replay/fixtures/*.json', { eager: true });", SYNTAX],
  ['renderer/probe.ts', 'export const env = process.env.NODE_ENV;', GLOBAL],
  ['electron/main/probe.ts', "import { Workbench } from '../../renderer/state/workbench.js';\nexport type W = Workbench;", IMPORT],
  ['electron/main/probe.ts', "import { browserHost } from '../../renderer/host/browser-host.js';\nexport const b = browserHost;", IMPORT],
  ['electron/main/probe.ts', "import { hostGlobalName } from '../../renderer/host/host-api.js';\nexport const h = hostGlobalName;", IMPORT],
  ['electron/main/probe.ts', "import { fmtSeconds } from '../../present/format.js';\nexport const f = fmtSeconds;", IMPORT],
  ['electron/main/probe.ts', "import { run } from '../../sim/index.js';\nexport const r = run;", IMPORT],
  ['electron/main/probe.ts', "import { exposeHost } from '../preload/index.js';\nexport const e = exposeHost;", IMPORT],
  ['electron/main/probe.ts', 'export const body = document.body;', GLOBAL],
  ['electron/preload/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", IMPORT],
  ['electron/preload/probe.ts', "import { createMainWindow } from '../main/shell/windows.js';\nexport const c = createMainWindow;", IMPORT],
  ['electron/preload/probe.ts', "import { validateScenario } from '../../sim/index.js';\nexport const v = validateScenario;", IMPORT],
  ['electron/preload/probe.ts', "import { WORDS } from '../../present/words/index.js';\nexport const w = WORDS;", IMPORT],
  ['electron/contract/probe.ts', "import { app } from 'electron';\nexport const a = app;", IMPORT],
  ['electron/contract/probe.ts', "import { run } from '../../sim/index.js';\nexport const r = run;", IMPORT],
  ['electron/contract/probe.ts', "import { createHost } from '../preload/create-host.js';\nexport const c = createHost;", IMPORT],
  ['bench/probe.ts', "import { singleStation } from '../test/sim/helpers.js';\nexport const s = singleStation;", IMPORT],
  ['scripts/probe.mjs', "import { startHarness } from '../test/e2e/harness.js';\nexport const s = startHarness;", IMPORT],
];

/** [file, permitted code]: the same floors accept what they may import. */
const PERMITTED: [string, string][] = [
  ['sim/probe.ts', "import { detLog } from './engine/det-math.js';\nexport const l = detLog;"],
  ['present/probe.ts', "import { run } from '../sim/index.js';\nexport const r = run;"],
  ['cli/probe.ts', "import { fmtSeconds } from '../present/format.js';\nimport { readFileSync } from 'node:fs';\nexport const f = [fmtSeconds, readFileSync];"],
  ['renderer/probe.ts', "import { fmtSeconds } from '../present/format.js';\nimport { run } from '../sim/index.js';\nexport const f = [fmtSeconds, run, document.title];"],
  ['electron/main/probe.ts', "import type { Host } from '../../renderer/host/host-api.js';\nimport { label } from '../../present/words/menu-words.js';\nimport { readFile } from 'node:fs/promises';\nexport type H = Host;\nexport const f = [label, readFile];"],
  ['electron/preload/probe.ts', "import type { Host } from '../../renderer/host/host-api.js';\nimport { ipcRenderer } from 'electron';\nexport type H = Host;\nexport const i = ipcRenderer;"],
  ['test/sim/probe.test.ts', "import { startHarness } from '../e2e/harness.js';\nimport { Workbench } from '../../renderer/state/workbench.js';\nexport const s = [startHarness, Workbench];"],
];

describe('import fences', () => {
  it.each(FORBIDDEN)('%s refuses: %s', async (path, code, rule) => {
    expect(await rulesFired(path, code)).toContain(rule);
  });

  it.each(PERMITTED)('%s accepts: %s', async (path, code) => {
    expect(await rulesFired(path, code)).toEqual([]);
  });
});
