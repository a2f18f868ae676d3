/**
 * `lanesim run … --report --charts --out` and `lanesim compare … --report --charts`,
 * spawned for real: the files appear, the report is the library's report for the CLI's own
 * JSON result, each chart SVG parses and holds the series, and the CSV files round-trip to
 * the numbers of result.json. Bad flags are usage errors (exit 2), unwritable paths input
 * errors (exit 1) naming the path.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReportHtml, type ChartData } from '../../present/report/index.js';
import { parseCsv } from '../../sim/export/index.js';
import { displayNames, type RunResult } from '../../sim/index.js';
import { ensureBuilt, lanesim, SCENARIOS } from './helpers.js';
import { launchChromium, parseSvg } from '../present/report/browser.js';
import { loadScenario } from '../present/report/fixtures.js';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('lanesim --report / --charts', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'lanesim-cli-report-'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('run writes the report, the chart SVGs and CSVs that agree with result.json', async () => {
    const r = lanesim(['run', join(SCENARIOS, 'heihe-road-port.json'), '-r', '3', '-s', '9', '--out', 'out', '--report', 'rep/report.html', '--charts', 'charts', '--lang', 'zh-CN'], { cwd: dir });
    expect(r.stderr).toContain('wrote rep/report.html');
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'out/result.json'), 'utf8')) as RunResult;
    // The report is the library's, for the very result the CLI computed (no clock inside).
    const html = readFileSync(join(dir, 'rep/report.html'), 'utf8');
    expect(html).toBe(await runReportHtml({ scenario: loadScenario('heihe-road-port'), result, language: 'zh-CN' }));
    expect(html).toContain('<html lang="zh-CN">');
    expect(readdirSync(join(dir, 'charts')).sort()).toEqual(['cdf.svg', 'decomposition.svg', 'histogram.svg', 'queue.svg', 'throughput.svg', 'utilization.svg']);
    // The report has the structure and where each second goes, with its stacked chart.
    expect(html).toContain('data-testid="report-structure"');
    expect(html).toContain(`data-steps="${result.structure!.steps}"`);
    expect(html).toContain('data-testid="report-decomposition-table"');
    expect(html.match(/data-testid="report-chart"/g)).toHaveLength(6);
    // The stacked chart file: one bar per group (all, each class, the slowest), the result's mean parts.
    const parts = JSON.parse((await parseSvg(browser, readFileSync(join(dir, 'charts/decomposition.svg'), 'utf8'))).metadata) as ChartData;
    expect(parts.series).toHaveLength(5);
    expect(parts.series.find((s) => s.name === '查验')!.data[0]).toBe(Math.round(result.decomposition!.overall.mean.service * 10) / 10);
    const tput = await parseSvg(browser, readFileSync(join(dir, 'charts/throughput.svg'), 'utf8'));
    expect(tput.error).toBeNull();
    const data = JSON.parse(tput.metadata) as ChartData;
    // Names in the report's language: the scenario's own translation.
    const names = displayNames(loadScenario('heihe-road-port'), 'zh-CN');
    expect(data.scenario).toBe(names.scenario);
    expect(data.series[0].data).toEqual(result.timeseries.throughputPerHour.map(Math.round));
    const queue = await parseSvg(browser, readFileSync(join(dir, 'charts/queue.svg'), 'utf8'));
    expect(queue.error).toBeNull();
    const q = JSON.parse(queue.metadata) as ChartData;
    const queueStations = result.stations.filter((s) => s.mode === 'queue');
    expect(q.series.map((s) => s.name)).toEqual(queueStations.map((s) => names.station(s.id)));
    expect(q.series[0].data).toEqual(result.timeseries.queue[queueStations[0].id].map((v) => Math.round(v * 10) / 10));
    const util = await parseSvg(browser, readFileSync(join(dir, 'charts/utilization.svg'), 'utf8'));
    expect(util.error).toBeNull();
    const u = JSON.parse(util.metadata) as ChartData;
    expect(u.title).toBe('利用率随时间变化');
    // A station × time heat map: one cell [interval, station row, busy %] per queue station and interval.
    expect(u.series.map((s) => s.type)).toEqual(['heatmap']);
    const cells = u.series[0].data as Array<[number, number, number]>;
    queueStations.forEach((st, row) =>
      expect(cells.filter((c) => c[1] === row).map((c) => c[2]), st.id).toEqual(result.timeseries.utilization[st.id].map((v) => Math.round(v * 1000) / 10)),
    );
    expect(new Set(cells.map((c) => c[1])).size).toBe(queueStations.length);
    const utilSvg = readFileSync(join(dir, 'charts/utilization.svg'), 'utf8');
    for (const st of queueStations) expect(utilSvg).toContain(names.station(st.id));

    // stations.csv round-trips to result.json.
    const [head, ...rows] = parseCsv(readFileSync(join(dir, 'out/stations.csv'), 'utf8'));
    expect(rows).toHaveLength(result.stations.length);
    rows.forEach((row, i) => {
      const s = result.stations[i];
      const cell = (k: string) => row[head.indexOf(k)];
      expect(cell('id')).toBe(s.id);
      expect(cell('label')).toBe(s.label);
      for (const [k, v] of [['served', s.served], ['meanWait_s', s.meanWait], ['meanWaitCI95Low_s', s.meanWaitCI95[0]], ['p95Wait_s', s.p95Wait], ['utilization', s.utilization], ['peakUtilization', s.peakUtilization], ['meanQueue', s.meanQueue], ['maxQueue', s.maxQueue]] as const) {
        expect(close(Number(cell(k)), v), `${s.id} ${k}`).toBe(true);
      }
    });
    // timeseries.csv round-trips too.
    const [th, ...trows] = parseCsv(readFileSync(join(dir, 'out/timeseries.csv'), 'utf8'));
    expect(trows).toHaveLength(result.timeseries.t.length);
    trows.forEach((row, i) => {
      expect(close(Number(row[th.indexOf('t_s')]), result.timeseries.t[i])).toBe(true);
      expect(close(Number(row[th.indexOf('throughputPerHour')]), result.timeseries.throughputPerHour[i])).toBe(true);
      expect(close(Number(row[th.indexOf('inLane')]), result.timeseries.inLane[i])).toBe(true);
      for (const s of queueStations) expect(close(Number(row[th.indexOf(`queue.${s.id}`)]), result.timeseries.queue[s.id][i])).toBe(true);
      for (const s of queueStations) expect(close(Number(row[th.indexOf(`utilization.${s.id}`)]), result.timeseries.utilization[s.id][i])).toBe(true);
    });
    // passengers.csv: as many cleared rows as replication 0's passengers.
    const [, ...prow] = parseCsv(readFileSync(join(dir, 'out/passengers.csv'), 'utf8'));
    expect(prow.length).toBeGreaterThan(0);
    expect(result.perReplication.passengers[0]).toBeLessThanOrEqual(prow.length);
  });

  it('compare writes a comparison report and its charts: curves, waits at every station, parts per lane, stations mapped', async () => {
    const r = lanesim(['compare', join(SCENARIOS, 'harbin-t1-entry-classic.json'), join(SCENARIOS, 'harbin-t1-entry-smart.json'), '-r', '2', '--report', 'cmp.html', '--charts', 'cmp-charts', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.stdout) as { results: RunResult[] };
    const html = readFileSync(join(dir, 'cmp.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html.match(/data-testid="report-chart"/g)).toHaveLength(4);
    expect(html.match(/data-testid="report-run"/g)).toHaveLength(2);
    expect(html).toContain('data-testid="report-compare-headline"');
    expect(html).toContain('data-testid="report-station-map"');
    expect(readdirSync(join(dir, 'cmp-charts')).sort()).toEqual(['compare-cdf.svg', 'compare-decomposition.svg', 'compare-stations.svg', 'compare-waits.svg']);
    // Waits at every station of either lane: the reclaim (waiting for bags) is a bar, not left out.
    const waits = JSON.parse((await parseSvg(browser, readFileSync(join(dir, 'cmp-charts/compare-waits.svg'), 'utf8'))).metadata) as ChartData;
    // A station is named as the first lane that has it names it.
    const label = new Map<string, string>();
    for (const s of [...results[0].stations, ...results[1].stations]) if (!label.has(s.id)) label.set(s.id, s.label || s.id);
    expect(waits.xAxis.categories).toEqual([...label.values()]);
    const reclaim = results[1].stations.find((s) => s.mode === 'reclaim')!;
    expect((waits.series[1].data as number[])[[...label.keys()].indexOf(reclaim.id)]).toBe(Math.round(reclaim.meanWait * 10) / 10);
    const cdf = await parseSvg(browser, readFileSync(join(dir, 'cmp-charts/compare-cdf.svg'), 'utf8'));
    expect(cdf.error).toBeNull();
    const data = JSON.parse(cdf.metadata) as ChartData;
    expect(data.series.map((s) => s.name)).toEqual(results.map((x) => x.scenario));
    expect(data.series[1].data).toEqual(results[1].distribution.percentiles.map((s, p) => [s / 60, p]));
  });

  it('rejects a bad language (exit 2) and an unwritable path (exit 1, naming it)', () => {
    const bad = lanesim(['run', join(SCENARIOS, 'heihe-road-port.json'), '-r', '1', '--report', 'x.html', '--lang', 'fr'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang: expected one of en, zh-CN, got "fr"');
    writeFileSync(join(dir, 'a-file'), 'x');
    const blocked = lanesim(['run', join(SCENARIOS, 'heihe-road-port.json'), '-r', '1', '--report', 'a-file/report.html'], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('a-file/report.html: cannot write the report');
    const help = lanesim(['run', '--help']);
    expect(help.stdout).toContain('--report FILE');
    expect(help.stdout).toContain('--charts DIR');
    expect(lanesim(['compare', '--help']).stdout).toContain('--report FILE');
  });
});
