/**
 * The UI's responsiveness during a long run: the built workbench (dist/renderer) in the
 * system Chromium, the bundled classic entry lane run with 1,000 replications (Web Workers,
 * one per core, blocks of replications, one merged partial each), and every main-thread task
 * over 50 ms recorded by a PerformanceObserver of type `longtask` from page load to the
 * results on screen. Reports the longest task, their count and the run's wall time. On a
 * loaded machine a task's wall time is mostly waiting for a core, so it also reads the
 * tasks of the page's main thread from a Chromium trace and reports the longest in thread
 * (CPU) time: what the page itself asked of the UI thread, steady under load.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolder } from './replay-browser.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CHROMIUM = '/usr/bin/chromium';

export type UiBenchReport =
  | {
      replications: number;
      scenario: string;
      longestTaskMs: number;
      longTasks: number;
      runSeconds: number;
      during: number[];
      /** Longest main-thread task by thread (CPU) time in the trace, and that task's wall time. */
      longestTaskCpuMs: number;
      longestTaskCpuWallMs: number;
    }
  | { skipped: string };

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The longest task of any renderer main thread in a Chromium trace: by thread time, with its wall time (ms). */
export function longestMainThreadTask(trace: { traceEvents: TraceEvent[] }): { cpuMs: number; wallMs: number } {
  const main = new Set<string>();
  for (const e of trace.traceEvents) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  let best = { cpuMs: 0, wallMs: 0 };
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !/RunTask/.test(e.name) || !main.has(`${e.pid}:${e.tid}`)) continue;
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    if (cpu > best.cpuMs) best = { cpuMs: cpu, wallMs: (e.dur ?? 0) / 1000 };
  }
  return best;
}

declare global {
  interface Window {
    __longTasks?: Array<{ start: number; duration: number }>;
  }
}

/** Runs the UI benchmark (needs `npm run build:renderer` and /usr/bin/chromium). */
export async function runUiBench(options: { replications?: number; scenario?: string; traceFile?: string } = {}): Promise<UiBenchReport> {
  const replications = options.replications ?? 1000;
  const scenario = options.scenario ?? 'harbin-t1-entry-classic';
  const dist = join(ROOT, 'dist/renderer');
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} not found` };
  if (!existsSync(join(dist, 'index.html'))) return { skipped: 'dist/renderer missing: run `npm run build:renderer` first' };
  const server = await serveFolder(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(new URL('index.html', server.url).href);
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.selectOption('[data-testid=open-menu]', `bundled:${scenario}`);
    await page.waitForSelector('[data-testid=lane-diagram]');
    await page.fill('[data-testid=replications]', String(replications));
    await page.fill('[data-testid=seed]', '1');
    // Settle, then measure from the click on Run to the results on screen.
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    const startedAt = await page.evaluate(() => performance.now());
    const t0 = Date.now();
    await page.click('[data-testid=run]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=tab-results] .tab-count')?.textContent ?? 0) >= 1, undefined, { timeout: 30 * 60_000 });
    await page.waitForSelector('[data-testid=results]');
    await page.waitForTimeout(500);
    const runSeconds = (Date.now() - t0) / 1000;
    const traceText = (await browser.stopTracing()).toString('utf8');
    if (options.traceFile) writeFileSync(options.traceFile, traceText);
    const trace = JSON.parse(traceText) as { traceEvents: TraceEvent[] };
    const cpu = longestMainThreadTask(trace);
    const tasks = await page.evaluate(() => window.__longTasks ?? []);
    const during = tasks.filter((t) => t.start + t.duration >= startedAt).map((t) => Math.round(t.duration));
    await context.close();
    return {
      replications,
      scenario,
      longestTaskMs: during.length ? Math.max(...during) : 0,
      longTasks: during.length,
      runSeconds,
      during,
      longestTaskCpuMs: Math.round(cpu.cpuMs),
      longestTaskCpuWallMs: Math.round(cpu.wallMs),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatUiBenchReport(r: UiBenchReport): string {
  if ('skipped' in r) return `LaneSim UI benchmark — skipped: ${r.skipped}`;
  return [
    `LaneSim UI benchmark — ${r.scenario}, ${r.replications.toLocaleString('en')} replications in Chromium (Web Workers)`,
    `  longest main-thread task  ${r.longestTaskMs} ms wall from Run to results on screen (PerformanceObserver longtask; target ≤ 50 ms; tasks over 50 ms: ${r.longTasks})`,
    `  longest task, CPU time    ${r.longestTaskCpuMs} ms of the UI thread's own time (Chromium trace; that task took ${r.longestTaskCpuWallMs} ms wall)`,
    `  run to results            ${r.runSeconds.toFixed(1)} s`,
  ].join('\n');
}
