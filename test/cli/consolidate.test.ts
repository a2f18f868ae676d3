/**
 * `lanesim consolidate` and `lanesim split` through the real command: the derived lane is
 * written and validates, the structure before and after is printed, a refused merge exits
 * 1 naming the file and the reason, a bad command line exits 2, and split round-trips.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateScenario } from '../../sim/index.js';
import { canonicalJson } from '../../sim/scenario/scenario-hash.js';
import { ensureBuilt, lanesim, SCENARIOS, STACK_LINE } from './helpers.js';

beforeAll(ensureBuilt);
const dir = mkdtempSync(join(tmpdir(), 'lanesim-consolidate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const classic = join(SCENARIOS, 'harbin-t1-exit-classic.json');

describe('lanesim consolidate / split', () => {
  it('derives the merged exit lane, prints the structure change, and split restores the classic lane', () => {
    const merged = join(dir, 'merged.json');
    const r = lanesim(['consolidate', classic, '--stations', 'customs-carryon,security', '--baggage-system', 'customs-checked', '--into', 'joint-check', '--service', 'max', '-o', merged]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('structure: 4 steps, 4 queues → 3 steps, 2 queues (1 on the baggage system, no queue) (−1 step, −2 queues)');
    expect(r.stderr).toContain(`wrote ${merged}`);
    const json = JSON.parse(readFileSync(merged, 'utf8'));
    expect(validateScenario(json).ok).toBe(true);
    expect(json.stations.find((s: { id: string }) => s.id === 'joint-check').mergedFrom.rule).toBe('max');
    const back = lanesim(['split', merged, '--station', 'joint-check']);
    expect(back.code).toBe(0);
    expect(canonicalJson(JSON.parse(back.stdout))).toBe(canonicalJson({ ...JSON.parse(readFileSync(classic, 'utf8')), name: json.name }));
  });

  it('takes a distribution of its own for the merged station', () => {
    const r = lanesim(['consolidate', classic, '--stations', 'customs-carryon,security', '--into', 'joint', '--service', '{"dist":"lognormal","mean":26,"cv":0.5}', '--servers', '4']);
    expect(r.code).toBe(0);
    const joint = JSON.parse(r.stdout).stations.find((s: { id: string }) => s.id === 'joint');
    expect(joint).toMatchObject({ servers: 4, service: { dist: 'lognormal', mean: 26, cv: 0.5 }, mergedFrom: { rule: 'given' } });
  });

  it.each([
    [['--stations', 'customs-checked,security', '--into', 'x'], /harbin-t1-exit-classic\.json: cannot merge: the stations "customs-checked", "security" are not on one path/],
    [['--stations', 'security,bag-search', '--into', 'x'], /cannot merge: "bag-search" is a secondary station/],
  ])('refuses %j with exit 1 and the reason', (args, message) => {
    const r = lanesim(['consolidate', classic, ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    [['consolidate', classic, '--into', 'x'], /missing --stations/],
    [['consolidate', classic, '--stations', 'a,,b', '--into', 'x'], /--stations: expected a comma-separated list/],
    [['consolidate', classic, '--stations', 'customs-carryon,security', '--into', 'x', '--service', 'median'], /--service: expected sum, max, a number of seconds or a distribution/],
    [['consolidate', classic, '--stations', 'customs-carryon,security', '--into', 'x', '--service', '{"dist":"lognormal","mean":-1,"cv":0.5}'], /--service: mean: /],
    [['split', classic], /missing --station/],
  ])('usage error %j exits 2', (args, message) => {
    const r = lanesim(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('split refuses a station that was not merged', () => {
    const r = lanesim(['split', classic, '--station', 'security']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot split: "security" is not a merged station/);
  });
});
