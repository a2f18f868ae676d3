/**
 * Every output names what it came from: each CSV ends every row (header included) with
 * the run's scenario hash, seed, replications and engine as ordinary columns a spreadsheet
 * reads (no comment line); the comparison CSV names both runs; chart SVGs carry the run(s)
 * in their <metadata>; replay files carry the scenario's hash beside seed and engine; the
 * CLI's tables end with the same four facts.
 */
import { describe, expect, it } from 'vitest';
import { compareResults, parseMetric, runDetailed, sweep, type RunResult } from '../../../sim/index.js';
import { comparisonCsv, groupsCsv, parseCsv, passengersCsv, provenanceOf, PROVENANCE_COLUMNS, stationsCsv, summaryCsv, sweepCsv, timeseriesCsv } from '../../../sim/export/index.js';
import { serializeReplay, validateReplayText } from '../../../sim/replay/index.js';
import { chartSvg, compareCharts, reportStrings, runCharts, type ChartData } from '../../../present/report/index.js';
import { loadScenario } from '../../present/report/fixtures.js';
import { ensureBuilt, lanesim } from '../../cli/helpers.js';

const SEED = 9;
const REPS = 2;
const heihe = loadScenario('heihe-road-port');
const classic = loadScenario('harbin-t1-entry-classic');
const detailed = runDetailed(heihe, { seed: SEED, replications: REPS, recordVisits: 2_000_000 });
const result = detailed.result;
const other = runDetailed(classic, { seed: SEED, replications: REPS }).result;

/** Every row of the CSV (header first) ends with the four provenance cells of `r`. */
function expectProvenance(csv: string, r: RunResult): void {
  const rows = parseCsv(csv);
  expect(rows.length).toBeGreaterThan(1);
  expect(rows[0].slice(-4)).toEqual([...PROVENANCE_COLUMNS]);
  for (const row of rows.slice(1)) expect(row.slice(-4)).toEqual([r.scenarioHash, String(r.seed), String(r.replications), r.engine]);
  // Same width everywhere: a spreadsheet sees one table.
  expect(new Set(rows.map((x) => x.length)).size).toBe(1);
}

describe('every output names what it came from', () => {
  it('run CSVs: stations, summary, time series, flights, passengers', () => {
    expect(result.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expectProvenance(stationsCsv(result, { bom: true }), result);
    expectProvenance(summaryCsv(result), result);
    expectProvenance(timeseriesCsv(result), result);
    expect(result.groups?.length).toBeGreaterThan(0);
    expectProvenance(groupsCsv(result), result);
    expectProvenance(passengersCsv(detailed.log!, { bom: true, provenance: provenanceOf(result) }), result);
  });

  it('the comparison CSV names both runs; the sweep CSV its scenario', () => {
    const rows = parseCsv(comparisonCsv([compareResults(other, result)]));
    const h = rows[0];
    for (const row of rows.slice(1)) {
      expect(row[h.indexOf('baselineScenarioHash')]).toBe(other.scenarioHash);
      expect(row[h.indexOf('scenarioHash')]).toBe(result.scenarioHash);
      expect(row[h.indexOf('seed')]).toBe(String(SEED));
      expect(row[h.indexOf('replications')]).toBe(String(REPS));
      expect(row[h.indexOf('engine')]).toBe(result.engine);
    }
    const s = sweep(classic, { params: [{ path: 'stations[id=border].servers', values: [8, 9] }], metric: parseMetric('p95') }, { seed: SEED, replications: REPS });
    const sw = parseCsv(sweepCsv(s));
    expect(sw[0].slice(-4)).toEqual([...PROVENANCE_COLUMNS]);
    expect(sw[1].slice(-4)).toEqual([s.scenarioHash, String(SEED), String(REPS), s.engine]);
  });

  it('chart SVGs carry the run(s) in <metadata>', () => {
    const str = reportStrings('zh-CN');
    const read = (svg: string) => JSON.parse(/<metadata class="lanesim-chart-data">([^<]*)<\/metadata>/.exec(svg)![1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as ChartData;
    for (const c of runCharts({ name: 'x', result }, str)) {
      const data = read(chartSvg(c.option, { title: c.title, scenario: 'x', sources: c.sources }));
      expect(data.sources, c.id).toEqual([provenanceOf(result)]);
    }
    const [cdf] = compareCharts([{ name: 'a', result: other }, { name: 'b', result }], str);
    expect(read(chartSvg(cdf.option, { title: cdf.title, scenario: 'a · b', sources: cdf.sources })).sources).toEqual([provenanceOf(other), provenanceOf(result)]);
  });

  it('replay files carry the scenario hash beside seed and engine, and open again', () => {
    const text = serializeReplay({ scenario: heihe, seed: SEED, recordVisits: 1000, bookmarks: [], log: null }, { includeTrace: false, engine: result.engine });
    const file = JSON.parse(text) as { scenarioHash: string; seed: number; engine: string };
    expect(file.scenarioHash).toBe(result.scenarioHash);
    expect([file.seed, file.engine]).toEqual([SEED, result.engine]);
    expect(validateReplayText(text).ok).toBe(true);
  });

  it('lanesim run and compare end their tables with the scenario hash, seed, replications and engine', () => {
    ensureBuilt();
    const r = lanesim(['run', 'scenarios/harbin-t1-entry-classic.json', '--seed', String(SEED), '--replications', String(REPS)]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`scenario ${other.scenarioHash} · seed ${SEED} · ${REPS} replications · engine ${other.engine}`);
    const zh = lanesim(['run', 'scenarios/harbin-t1-entry-classic.json', '--seed', String(SEED), '--replications', String(REPS), '--lang', 'zh-CN']);
    expect(zh.stdout.trimEnd().split('\n').at(-1)).toBe(`场景 ${other.scenarioHash} · 随机种子 ${SEED} · ${REPS} 次重复 · 引擎 ${other.engine}`);
    const c = lanesim(['compare', 'scenarios/harbin-t1-entry-classic.json', 'scenarios/heihe-road-port.json', '--seed', String(SEED), '--replications', String(REPS)]);
    expect(c.stdout).toContain(`A: scenario ${other.scenarioHash} · seed ${SEED}`);
    expect(c.stdout).toContain(`B: scenario ${result.scenarioHash} · seed ${SEED}`);
  });
});
