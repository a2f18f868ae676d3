/**
 * One definition per label: each labelled figure ("p95 clearance", "mean wait at …",
 * "throughput") is the same number in every view — `lanesim run` (JSON, table, CSV),
 * `lanesim compare` (JSON, table, CSV), the comparison the workbench computes in-process,
 * the present/ figure maps the Results and Compare views use, and the run and comparison
 * reports in both languages. Runs the real CLI (dist/, `npm run build:cli`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareResults, validateScenario, type Comparison, type RunResult, type Scenario } from '../../../sim/index.js';
import { csvNumber, parseCsv } from '../../../sim/export/index.js';
import { comparisonFigures, runFigures } from '../../../present/figures/figures.js';
import { compareReportHtml, runReportHtml } from '../../../present/report/index.js';
import { ensureBuilt, lanesim, ROOT } from '../../cli/helpers.js';

const A = 'scenarios/harbin-t1-entry-classic.json';
const B = 'scenarios/harbin-t1-entry-smart.json';
const REPS = ['--replications', '8'];

let resA: RunResult;
let resB: RunResult;
let scenarioA: Scenario;
let scenarioB: Scenario;
let cmp: Comparison;
let runTable: string;
let compareTable: string;
let summary: string[][];
let compareCsv: string[][];

function scenarioOf(file: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

function ok(args: string[]): string {
  const r = lanesim(args, { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(`lanesim ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Rows of the text table under `title` (columns split on two or more spaces), by their first cell. */
function tableRows(text: string, title: string, titled = true): Map<string, string[]> {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => l.startsWith(title));
  if (i < 0) throw new Error(`no table "${title}"`);
  i += titled ? 3 : 2; // (title), header, rule
  const rows = new Map<string, string[]>();
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const cells = lines[i].trim().split(/\s{2,}/);
    rows.set(cells[0], cells);
  }
  return rows;
}

/** `data-figure` cells of a report: key → texts (a key appears once per run section). */
function reportFigures(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of html.matchAll(/data-figure="([^"]+)" data-value="[^"]*">([^<]*)</g)) out.set(m[1], [...(out.get(m[1]) ?? []), m[2]]);
  return out;
}

beforeAll(() => {
  ensureBuilt();
  scenarioA = scenarioOf(A);
  scenarioB = scenarioOf(B);
  resA = JSON.parse(ok(['run', A, ...REPS, '--format', 'json'])) as RunResult;
  resB = JSON.parse(ok(['run', B, ...REPS, '--format', 'json'])) as RunResult;
  runTable = ok(['run', A, ...REPS]);
  summary = parseCsv(ok(['run', A, ...REPS, '--format', 'csv']));
  const both = JSON.parse(ok(['compare', A, B, ...REPS, '--format', 'json'])) as { results: RunResult[]; comparisons: Comparison[] };
  cmp = both.comparisons[0];
  compareTable = ok(['compare', A, B, ...REPS]);
  compareCsv = parseCsv(ok(['compare', A, B, ...REPS, '--format', 'csv']));
}, 300_000);

describe('one definition per label', () => {
  it('the comparison reports each run’s own figures, and the workbench computes the same comparison', () => {
    const fa = runFigures(resA);
    const fb = runFigures(resB);
    expect(cmp.metrics.length).toBeGreaterThan(4);
    for (const m of cmp.metrics) {
      expect(m.a, m.key).toBe(fa.get(m.key)?.value);
      expect(m.b, m.key).toBe(fb.get(m.key)?.value);
      expect(m.diff, m.key).toBeCloseTo(m.b - m.a, 9);
      // The other statistic keeps its own name.
      expect(m.overReplications, m.key).toBeDefined();
    }
    // The p95 that differed between Results and Compare is now one number, and the mean of the replications' p95s is elsewhere.
    const p95 = cmp.metrics.find((m) => m.key === 'clearance.p95')!;
    expect(p95.a).toBe(resA.clearance.p95);
    expect(p95.overReplications.a).not.toBe(p95.a);
    // What the Compare view computes (in-process) is what `lanesim compare` printed.
    expect(JSON.parse(JSON.stringify(compareResults(resA, resB)))).toEqual(cmp);
    const cf = comparisonFigures(cmp);
    for (const [key, f] of cf) {
      expect(f.a.text, key).toBe(fa.get(key)?.text);
      expect(f.b.text, key).toBe(fb.get(key)?.text);
    }
  });

  it('a station’s mean wait is the pooled mean over those who waited, not a mean of replications counting empty ones as 0', () => {
    for (const s of resA.stations) {
      const waits = resA.perReplication.stationWaits?.[s.id];
      expect(waits, s.id).toBeDefined();
      const m = cmp.metrics.find((x) => x.key === `stations.${s.id}.meanWait`);
      if (!m) continue;
      expect(m.a).toBe(s.meanWait);
      const sum = resA.perReplication.stationMeanWait[s.id].reduce((t, w, r) => t + w * waits![r], 0);
      const n = waits!.reduce((t, k) => t + k, 0);
      if (n > 0) expect(m.a).toBeCloseTo(sum / n, 6);
    }
  });

  it('lanesim run: the table and the CSV show each figure as the result and the Results view do', () => {
    const f = runFigures(resA);
    const clearance = tableRows(runTable, 'Clearance time');
    const stations = tableRows(runTable, 'Stations');
    const classes = tableRows(runTable, 'By class');
    const rowOf: Record<string, string> = { 'clearance.mean': 'mean', 'clearance.p50': 'median (p50)', 'clearance.p90': 'p90', 'clearance.p95': 'p95', 'clearance.p99': 'p99', 'clearance.max': 'max' };
    let checked = 0;
    for (const [key, fig] of f) {
      // The CSV: the same value (to its 6 decimals).
      const st = /^stations\.(.+)\.(\w+)$/.exec(key);
      const cl = /^classes\.(.+)\.(mean|p95)$/.exec(key);
      const csvRow = st
        ? summary.find((r) => r[0] === 'station' && r[1] === st[1] && r[2] === st[2])
        : cl
          ? summary.find((r) => r[0] === 'class' && r[1] === cl[1] && r[2] === `clearance.${cl[2]}`)
          : summary.find((r) => r[0] === 'lane' && r[2] === key);
      expect(csvRow?.[4], key).toBe(csvNumber(fig.value));
      // The table: the same text.
      if (rowOf[key]) expect(clearance.get(rowOf[key])?.[1], key).toMatch(new RegExp(`^${fig.text} s`));
      else if (key === 'withinTarget') expect([...clearance.values()].find((r) => r[0].startsWith('within'))?.[1]).toBe(fig.text);
      else if (key === 'throughputPerHour') expect(clearance.get('throughput')?.[1]).toBe(`${fig.text} pax/h`);
      else if (st) {
        const row = stations.get(st[1])!;
        const col = { meanWait: 3, p95Wait: 5, utilization: 8, peakUtilization: 9 }[st[2]]!;
        expect(st[2].endsWith('tilization') ? `${row[col]} %` : row[col], key).toBe(fig.text);
      } else if (cl) {
        const row = classes.get(cl[1])!;
        expect(row[cl[2] === 'mean' ? 2 : 4], key).toBe(fig.text);
      }
      checked++;
    }
    expect(checked).toBe(f.size);
  });

  it('lanesim compare: the table and the CSV show the runs’ figures', () => {
    const fa = runFigures(resA);
    const fb = runFigures(resB);
    const rows = tableRows(compareTable, '  metric', false);
    const label = (key: string) =>
      ({ 'clearance.mean': 'clearance mean', 'clearance.p95': 'clearance p95', withinTarget: 'within target', throughputPerHour: 'throughput' })[key] ?? `wait at ${/^stations\.(.+)\.meanWait$/.exec(key)?.[1]}`;
    const unit = (key: string) => (key === 'withinTarget' ? '' : key === 'throughputPerHour' ? ' pax/h' : ' s');
    for (const m of cmp.metrics) {
      const row = rows.get(label(m.key));
      expect(row?.[1], m.key).toBe(fa.get(m.key)!.text + unit(m.key));
      expect(row?.[2], m.key).toBe(fb.get(m.key)!.text + unit(m.key));
      const csvRow = compareCsv.find((r) => r[2] === m.key);
      expect(csvRow?.[5], m.key).toBe(csvNumber(fa.get(m.key)!.value));
      expect(csvRow?.[6], m.key).toBe(csvNumber(fb.get(m.key)!.value));
    }
  });

  it.each(['zh-CN', 'en'] as const)('the run and comparison reports (%s) show the same texts', async (language) => {
    const fa = runFigures(resA);
    const fb = runFigures(resB);
    const run = reportFigures(await runReportHtml({ scenario: scenarioA, result: resA, language }));
    expect(run.size).toBeGreaterThan(10);
    for (const [key, texts] of run) for (const t of texts) expect(t, key).toBe(fa.get(key)?.text);
    // Every figure of the run the report shows (all but p50, p90, p99 and max) is in it.
    for (const key of fa.keys()) if (!/^clearance\.(p50|p90|p99|max)$/.test(key)) expect(run.has(key), key).toBe(true);
    const html = await compareReportHtml({ runs: [{ name: 'A', scenario: scenarioA, result: resA }, { name: 'B', scenario: scenarioB, result: resB }], language });
    const compared = reportFigures(html);
    for (const m of cmp.metrics) {
      const texts = compared.get(m.key) ?? [];
      expect(texts, m.key).toContain(fa.get(m.key)!.text);
      expect(texts, m.key).toContain(fb.get(m.key)!.text);
      for (const t of texts) expect([fa.get(m.key)!.text, fb.get(m.key)!.text], m.key).toContain(t);
    }
  });
});
