/**
 * Output of `lanesim run` and `compare` through the real command: JSON is exactly the
 * result, the --out files parse and agree with it, CSV parses, tables carry units and
 * intervals, and a run is reproducible from its seed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, RunResult } from '../../sim/index.js';
import { parseCsv } from '../../sim/export/index.js';
import { fmtDuration, fmtInterval, fmtPercent, fmtSecondsAndDuration } from '../../present/format.js';
import { ensureBuilt, lanesim, stderrBesidesProgress } from './helpers.js';

/** A literal for a regular expression. */
const esc = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(ensureBuilt);

const HEIHE = 'scenarios/heihe-road-port.json';

function close(a: number, b: number, tol = 1e-5): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('run --out', () => {
  let out: string;
  let json: RunResult;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'lanesim-out-'));
    const r = lanesim(['run', HEIHE, '--replications', '3', '--seed', '5', '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout) as RunResult;
    expect(r.stderr).toContain('result.json');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints the RunResult contract and result.json holds the same object', () => {
    expect(json.format).toBe('lanesim/result@1');
    expect(json.seed).toBe(5);
    expect(json.replications).toBe(3);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['scenario', 'scenarioHash', 'passengers', 'clearance', 'byClass', 'stations', 'throughputPerHour', 'events', 'wallMs']));
    const file = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as RunResult;
    expect(file).toEqual(json);
  });

  it('stations.csv has a BOM and one row per station agreeing with the JSON', () => {
    const text = readFileSync(join(out, 'stations.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text);
    expect(rows).toHaveLength(json.stations.length);
    const col = (name: string) => header.indexOf(name);
    rows.forEach((row, i) => {
      const s = json.stations[i];
      expect(row[col('id')]).toBe(s.id);
      expect(Number(row[col('served')])).toBe(s.served);
      expect(close(Number(row[col('meanWait_s')]), s.meanWait)).toBe(true);
      expect(close(Number(row[col('utilization')]), s.utilization)).toBe(true);
      expect(Number(row[col('maxQueue')])).toBe(s.maxQueue);
    });
  });

  it('passengers.csv has one row per passenger of replication 0 and agrees with its figures', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(out, 'passengers.csv'), 'utf8'));
    expect(rows).toHaveLength(json.perReplication.passengers[0]);
    const clearance = rows.map((r) => Number(r[header.indexOf('clearance_s')]));
    const mean = clearance.reduce((a, b) => a + b, 0) / clearance.length;
    expect(close(mean, json.perReplication.mean[0], 1e-4)).toBe(true);
    // Times at each station are ordered: arrive ≤ start ≤ end, and entry ≤ exit.
    for (const row of rows.slice(0, 200)) {
      const entry = Number(row[header.indexOf('entry_s')]);
      const exit = Number(row[header.indexOf('exit_s')]);
      expect(exit).toBeGreaterThanOrEqual(entry);
      const arrive = Number(row[header.indexOf('border.arrive_s')]);
      const start = Number(row[header.indexOf('border.start_s')]);
      const end = Number(row[header.indexOf('border.end_s')]);
      expect(arrive).toBeLessThanOrEqual(start);
      expect(start).toBeLessThanOrEqual(end);
      expect(row[header.indexOf('path')]).toMatch(/^temperature>/);
    }
    const classes = new Set(rows.map((r) => r[header.indexOf('class')]));
    expect([...classes].sort()).toEqual(['citizen', 'crew', 'foreign']);
  });

  it('timeseries.csv has one row per interval matching the JSON series', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(out, 'timeseries.csv'), 'utf8'));
    const ts = json.timeseries;
    expect(rows).toHaveLength(ts.t.length);
    expect(header).toContain('queue.border');
    expect(header).toContain('utilization.border');
    expect(header).not.toContain('utilization.temperature');
    rows.forEach((row, i) => {
      expect(close(Number(row[header.indexOf('utilization.border')]), ts.utilization.border[i])).toBe(true);
      expect(Number(row[0])).toBe(ts.t[i]);
      expect(close(Number(row[header.indexOf('inLane')]), ts.inLane[i])).toBe(true);
      expect(close(Number(row[header.indexOf('throughputPerHour')]), ts.throughputPerHour[i])).toBe(true);
      expect(close(Number(row[header.indexOf('queue.border')]), ts.queue.border[i])).toBe(true);
    });
  });
});

describe('run output formats', () => {
  it('is reproducible: same seed, same numbers', () => {
    const a = JSON.parse(lanesim(['run', HEIHE, '-r', '2', '--format', 'json']).stdout) as RunResult;
    const b = JSON.parse(lanesim(['run', HEIHE, '-r', '2', '--format', 'json']).stdout) as RunResult;
    expect({ ...a, wallMs: 0 }).toEqual({ ...b, wallMs: 0 });
  });

  it('csv prints the summary in long form agreeing with the JSON', () => {
    const json = JSON.parse(lanesim(['run', HEIHE, '-r', '2', '--format', 'json']).stdout) as RunResult;
    const r = lanesim(['run', HEIHE, '-r', '2', '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(['scope', 'id', 'metric', 'unit', 'value', 'ci95Low', 'ci95High', 'scenarioHash', 'seed', 'replications', 'engine']);
    const mean = rows.find((x) => x[0] === 'lane' && x[2] === 'clearance.mean')!;
    expect(close(Number(mean[4]), json.clearance.mean)).toBe(true);
    expect(close(Number(mean[5]), json.clearance.meanCI95[0])).toBe(true);
    expect(rows.filter((x) => x[0] === 'station' && x[2] === 'meanWait')).toHaveLength(json.stations.length);
    const peak = rows.find((x) => x[0] === 'station' && x[1] === 'border' && x[2] === 'peakUtilization')!;
    expect(close(Number(peak[4]), json.stations.find((s) => s.id === 'border')!.peakUtilization)).toBe(true);
  });

  it('table shows units, 95 % intervals and every station', () => {
    const r = lanesim(['run', HEIHE, '-r', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Heihe highway port');
    const json = JSON.parse(lanesim(['run', HEIHE, '-r', '3', '--format', 'json']).stdout) as RunResult;
    // The figures are written by present/format.ts, the same rules as the workbench and the report:
    // seconds with one decimal, then the duration for people ("188.0 s (3.1 min)").
    const row = new RegExp(`^  mean\\s+${esc(fmtSecondsAndDuration(json.clearance.mean))}\\s+${esc(fmtInterval(json.clearance.meanCI95))}$`, 'm');
    expect(r.stdout).toMatch(row);
    expect(r.stdout).toMatch(/mean\s+\d+\.\d s \(\d+\.\d min\)\s+\[\d+\.\d, \d+\.\d\]/);
    expect(r.stdout).toContain('95 % interval');
    expect(r.stdout).toMatch(new RegExp(`within ${esc(fmtDuration(1800))} target\\s+${esc(fmtPercent(json.withinTarget.share))}`));
    for (const id of ['temperature', 'border', 'customs-xray', 'radiation']) expect(r.stdout).toMatch(new RegExp(`^  ${id}\\s`, 'm'));
    // Peak busy % next to busy %, as the JSON has it.
    const border = json.stations.find((s) => s.id === 'border')!;
    expect(r.stdout).toMatch(/busy %\s+peak busy %/);
    expect(r.stdout).toMatch(new RegExp(`^  border\\s.*\\s${(border.utilization * 100).toFixed(1)}\\s+${(border.peakUtilization * 100).toFixed(1)}\\s`, 'm'));
    // Aligned: the header rule and every station row start their columns at the same places.
    const lines = r.stdout.split('\n');
    const rule = lines.findIndex((l) => l.includes('station') && l.includes('served'));
    expect(lines[rule + 1].indexOf(' ', 2)).toBeGreaterThan(2);
    expect(stderrBesidesProgress(r.stderr)).toBe('');
  });
});

describe('compare', () => {
  const A = 'scenarios/harbin-t1-exit-classic.json';
  const B = 'scenarios/harbin-t1-exit-merged.json';

  it('table shows A, B, the difference, its interval, the better one and significance', () => {
    const r = lanesim(['compare', A, B, '-r', '10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('paired comparison');
    expect(r.stdout).toMatch(/B − A\s+95 % interval\s+change\s+better\s+significant/);
    expect(r.stdout).toMatch(/clearance mean\s+\d+\.\d s\s+\d+\.\d s\s+−\d+\.\d s\s+\[−\d+\.\d, −\d+\.\d\]\s+−[\d.]+ %\s+B\s+yes/);
  });

  it('json holds every result and the comparisons from compareResults', () => {
    const r = lanesim(['compare', A, B, A, '-r', '4', '--format', 'json']);
    expect(r.code).toBe(0);
    const { results, comparisons } = JSON.parse(r.stdout) as { results: RunResult[]; comparisons: Comparison[] };
    expect(results).toHaveLength(3);
    expect(comparisons).toHaveLength(2);
    expect(results.every((x) => x.seed === 1 && x.replications === 4)).toBe(true);
    expect(comparisons[0].paired).toBe(true);
    // The baseline against itself: no difference at all.
    for (const m of comparisons[1].metrics) {
      expect(m.diff).toBe(0);
      expect(m.winner).toBe('same');
    }
  });

  it('csv has one row per metric per scenario', () => {
    const r = lanesim(['compare', A, B, '-r', '4', '--format', 'csv']);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header.slice(0, 3)).toEqual(['baseline', 'scenario', 'metric']);
    expect(rows.find((x) => x[2] === 'clearance.mean')?.[12]).toBe('scenario');
  });
});
