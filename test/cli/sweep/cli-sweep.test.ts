/** `lanesim sweep` and `lanesim plan` through the real command: output, formats, exit codes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../sim/export/index.js';
import { parseMetric, sweep, type PlanResult, type SweepResult } from '../../../sim/index.js';
import { singleStation } from '../../sim/helpers.js';
import { meanWait, smallestServers } from '../../sim/sweep/erlang.js';
import { meteredLane, tandem } from '../../sim/sweep/scenarios.js';
import { ensureFresh, lanesim, STACK_LINE, stderrBesidesProgress, writeScenarios } from './helpers.js';

const mmc = singleStation({ ratePerHour: 600, meanService: 60, servers: 14, hours: 16, warmup: 3 });
const small = tandem({ ratePerHour: 300, serviceA: 60, serviceB: 30, a: 6, b: 3, hours: 3, warmup: 0.5 });
const delayOnly = {
  ...small,
  stations: [{ id: 'walk', mode: 'delay' as const, service: { dist: 'constant' as const, value: 60 }, next: 'exit' }],
  entry: 'walk',
};
let dir = '';

beforeAll(() => {
  ensureFresh();
  dir = writeScenarios({ 'metered.json': meteredLane(12), 'mmc.json': mmc, 'small.json': small, 'delay.json': delayOnly, 'broken.json': '{"format": ' });
});

const run = (args: string[]) => lanesim(args, { cwd: dir });

describe('lanesim sweep', () => {
  it('prints the metric against the values, with overloaded points marked', () => {
    const r = run(['sweep', 'small.json', '--param', 'stations[id=border].servers', '--values', '4,5,6,8', '--metric', 'border.meanWait', '-r', '3']);
    expect(stderrBesidesProgress(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sweep of stations[id=border].servers — mean wait at border (s)');
    expect(r.stdout).toMatch(/^\s+4\s+cannot keep up \(border\)\s*$/m);
    expect(r.stdout).toMatch(/^\s+5\s+cannot keep up \(border\)\s*$/m);
    expect(r.stdout).toMatch(/^\s+6 \*\s+[\d.]+\s+\[[\d.]+, [\d.]+\]\s+[\d,]+$/m);
    expect(r.stdout).toMatch(/^\s+8\s+[\d.]+\s+\[[\d.]+, [\d.]+\]\s+[\d,]+$/m);
  });

  it('json: the same numbers as the core, identical for the same seed', () => {
    const args = ['sweep', 'small.json', '--param', 'arrivals.scale', '--range', '0.5:1:0.25', '--metric', 'p95', '-r', '3', '--seed', '9', '--format', 'json'];
    const a = run(args);
    const b = run(args);
    expect(a.code).toBe(0);
    const ja = JSON.parse(a.stdout) as SweepResult;
    const jb = JSON.parse(b.stdout) as SweepResult;
    expect({ ...ja, wallMs: 0 }).toEqual({ ...jb, wallMs: 0 });
    const core = sweep(small, { params: [{ path: 'arrivals.scale', values: [0.5, 0.75, 1] }], metric: parseMetric('p95') }, { replications: 3, seed: 9 });
    expect(ja.rows).toEqual(JSON.parse(JSON.stringify(core.rows)));
    expect(ja).toMatchObject({ format: 'lanesim/sweep@1', seed: 9, replications: 3, params: [{ path: 'arrivals.scale', values: [0.5, 0.75, 1], base: 1 }] });
  });

  it('csv: one row per point, the interval around the value', () => {
    const r = run(['sweep', 'small.json', '-p', 'stations[id=xray].servers', '--values', '2,3,5', '-m', 'utilization', '--metric-station', 'xray', '-r', '2', '-f', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['stations[id=xray].servers', 'status', 'xray.utilization', 'xray.utilization_ci95_low', 'xray.utilization_ci95_high', 'passengers', 'overloaded', 'scenarioHash', 'seed', 'replications', 'engine']);
    expect(rows.slice(1).map((row) => row.slice(0, 2))).toEqual([['2', 'unstable'], ['3', 'ok'], ['5', 'ok']]);
    expect(rows[1].slice(2, 7)).toEqual(['', '', '', '0', 'xray']);
    for (const row of rows.slice(2)) {
      const [v, lo, hi] = [Number(row[2]), Number(row[3]), Number(row[4])];
      expect(lo).toBeLessThanOrEqual(v);
      expect(hi).toBeGreaterThanOrEqual(v);
    }
    // Utilisation falls as servers are added to the same traffic.
    expect(Number(rows[2][2])).toBeGreaterThan(Number(rows[3][2]));
  });

  it('two parameters give a grid', () => {
    const r = run(['sweep', 'small.json', '-p', 'stations[id=border].servers', '--values', '5,6,7', '--param2', 'stations[id=xray].servers', '--values2', '3,4', '-r', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rows: stations[id=border].servers; columns: stations[id=xray].servers');
    expect(r.stdout).toMatch(/^\s+servers \\ servers\s+3\s+4$/m);
    expect(r.stdout).toMatch(/^\s+5\s+overload\s+overload$/m);
    expect(r.stdout).toMatch(/^\s+7\s+[\d.]+ ± [\d.]+\s+[\d.]+ ± [\d.]+$/m);
  });
});

describe('lanesim plan', () => {
  it('finds the Erlang C answer for an M/M/c desk and shows the neighbour', () => {
    const expected = smallestServers((c) => meanWait(600 / 3600, 60, c), 20);
    const r = run(['plan', 'mmc.json', '--stations', 'desk', '--target', 'meanWait<=20', '--metric-station', 'desk', '--format', 'json']);
    expect(stderrBesidesProgress(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as PlanResult;
    expect(plan.found).toBe(true);
    expect(plan.best?.servers).toEqual({ desk: expected });
    expect(plan.neighbours.map((n) => [n.station, n.evaluation.servers.desk, n.evaluation.status])).toEqual([['desk', expected - 1, 'fails']]);
    const table = run(['plan', 'mmc.json', '--stations', 'desk', '--target', 'desk.meanWait<=20']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('target: mean wait at desk ≤ 20 s, met only when the whole 95 % interval meets it');
    expect(table.stdout).toContain(`Answer: desk ${expected} (total ${expected})`);
    expect(table.stdout).toMatch(new RegExp(`desk\\s+desk ${expected - 1}\\s+[\\d.]+\\s+\\[[\\d.]+, [\\d.]+\\]\\s+\\d+\\s+misses the target`));
  });

  it('several stations with per-station bounds; says so when nothing within the bounds meets the target', () => {
    const ok = run(['plan', 'small.json', '--stations', 'border,xray', '--min', 'border=5', '--max', '12', '--target', 'mean<=5min', '-f', 'json']);
    expect(ok.code).toBe(0);
    const plan = JSON.parse(ok.stdout) as PlanResult;
    expect(plan.stations.map((s) => [s.id, s.min, s.max])).toEqual([['border', 5, 12], ['xray', 1, 12]]);
    expect(plan.found).toBe(true);
    const none = run(['plan', 'small.json', '--stations', 'border', '--max', '7', '--target', 'border.meanWait<=0.001']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No answer within the bounds. The target is not met even with the most servers allowed (border 7).');
  });
});

describe('lanesim plan on a lane where more desks make p95 clearance worse', () => {
  it('answers 9 desks and warns, in the table, that 10–12 (today) miss and that the X-ray’s wait grew; every point listed', () => {
    const r = run(['plan', 'metered.json', '--stations', 'border', '--target', 'p95<=1400']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Answer: border 9 (total 9)');
    const answerAt = r.stdout.indexOf('Answer: border 9');
    const warnAt = r.stdout.indexOf('Warning — the figure is not monotonic in servers:');
    // The warning follows the answer before anything else.
    expect(warnAt).toBeGreaterThan(answerAt);
    expect(warnAt).toBeLessThan(r.stdout.indexOf('One fewer server:'));
    expect(r.stdout).toContain('Not monotonic at border: 9 meets the target, but 10, 11, 12 miss');
    expect(r.stdout).toContain("The answer 9 is fewer than today's 12 at border, and today's count misses the target.");
    expect(r.stdout).toMatch(/With 12 at border, the mean wait at xray grows from 58\.0 s to 115\.1 s/);
    for (const n of [5, 6, 7, 8, 10, 11, 12]) expect(r.stdout).toMatch(new RegExp(`^\\s+border ${n}\\s+[\\d.]+\\s+\\[[\\d.]+, [\\d.]+\\]\\s+\\d+\\s+misses\\s+border [\\d.]+, xray [\\d.]+$`, 'm'));
    expect(r.stdout).toMatch(/^\s+border 9\s+1375\.1\s+\[1367\.5, 1382\.7\]\s+10\s+meets\s+border 596\.9, xray 58\.0$/m);
    const json = JSON.parse(run(['plan', 'metered.json', '--stations', 'border', '--target', 'p95<=1400', '-f', 'json']).stdout) as PlanResult;
    expect(json.monotonic).toBe(false);
    expect(json.checks![0].largerMisses.map((m) => [m.servers, m.grew?.station])).toEqual([
      [10, 'xray'],
      [11, 'xray'],
      [12, 'xray'],
    ]);
  });

  it('a target no staffing can meet: says it cannot be met and the best reachable, without running to the bound', () => {
    const r = run(['plan', 'metered.json', '--stations', 'border', '--target', 'p95<=1300']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No answer within the bounds. 4 more server(s) stopped improving the figure (last tried border 13)');
    expect(r.stdout).toContain('The target cannot be met; the best reachable is 1375.1 s [1367.5, 1382.7] at border 9.');
  });
});

describe('bad input exits 1 naming the file and what was expected; bad command lines exit 2', () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    ['unknown station in a path', ['sweep', 'small.json', '--param', 'stations[id=desk].servers', '--values', '1,2'], 1, /^small\.json: stations\[id=desk\]\.servers: unknown station id "desk" \(known: border, xray\)$/m],
    ['a value the format forbids', ['sweep', 'small.json', '--param', 'stations[id=border].servers', '--values', '6,6.5'], 1, /^small\.json: .*= 6\.5 makes the scenario invalid: stations\[0\]\.servers: /m],
    ['a path to an object', ['sweep', 'small.json', '--param', 'stations[id=border].service', '--values', '1'], 1, /expected a number there, found an object/],
    ['a broken scenario', ['sweep', 'broken.json', '--param', 'arrivals.scale', '--values', '1'], 1, /^broken\.json:1:12: not valid JSON/m],
    ['a metric station that does not exist', ['sweep', 'small.json', '-p', 'arrivals.scale', '--values', '1', '-m', 'gate.meanWait'], 1, /unknown station id "gate"/],
    ['plan: unknown station', ['plan', 'small.json', '--stations', 'desk', '--target', 'p95<=600'], 1, /^small\.json: stations: unknown station id "desk"/m],
    ['plan: a delay station', ['plan', 'delay.json', '--stations', 'walk', '--target', 'p95<=600'], 1, /"walk" is a delay station; only queue stations have servers to plan/],
    ['missing --param', ['sweep', 'small.json', '--values', '1,2'], 2, /missing --param <path>/],
    ['no values', ['sweep', 'small.json', '--param', 'arrivals.scale'], 2, /--param needs --values \(e\.g\. 2,4,6\) or --range/],
    ['values and range', ['sweep', 'small.json', '--param', 'arrivals.scale', '--values', '1', '--range', '1:2:1'], 2, /not both/],
    ['malformed path', ['sweep', 'small.json', '--param', 'stations[id=border.servers', '--values', '1'], 2, /expected "\]" at character 9/],
    ['malformed values', ['sweep', 'small.json', '--param', 'arrivals.scale', '--values', '1,,2'], 2, /--values item 2: expected a number/],
    ['malformed range', ['sweep', 'small.json', '--param', 'arrivals.scale', '--range', '3:1:1'], 2, /--range: expected to ≥ from/],
    ['unknown metric', ['sweep', 'small.json', '--param', 'arrivals.scale', '--values', '1', '--metric', 'p99'], 2, /unknown metric "p99"/],
    ['plan: missing target', ['plan', 'small.json', '--stations', 'border'], 2, /missing --target/],
    ['plan: malformed target', ['plan', 'small.json', '--stations', 'border', '--target', 'p95 < 600'], 2, /expected metric<=value/],
    ['plan: bound for a station not planned', ['plan', 'small.json', '--stations', 'border', '--target', 'p95<=600', '--min', 'xray=2'], 2, /"xray" is not one of --stations/],
    ['plan: too few replications', ['plan', 'small.json', '--stations', 'border', '--target', 'p95<=600', '-r', '1'], 2, /--replications: expected a whole number from 2/],
  ];
  it.each(cases)('%s', (_name, args, code, message) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
    if (code === 2) expect(r.stderr).toContain(`Run \`lanesim ${args[0]} --help\` for usage.`);
  });
});
