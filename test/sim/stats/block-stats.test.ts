/**
 * The block API: any split of a run's replications into blocks — in any order, through
 * JSON (shard files) — gives a bit-identical result; a block's size does not grow with
 * passengers; merges refuse blocks of other runs, overlapping or missing replications.
 */
import { describe, expect, test } from 'vitest';
import { finishRun, mergeBlocks, prepareRun, run, runBlock, runDetailed, type RunResult, type Scenario } from '../../../sim/index.js';
import { singleStation } from '../helpers.js';

const lane: Scenario = {
  format: 'lanesim/scenario@1',
  name: 'blocks',
  horizon: { arrivalsSeconds: 3 * 3600, warmupSeconds: 900 },
  classes: [
    { id: 'citizen', share: 0.6 },
    { id: 'foreign', share: 0.4 },
  ],
  arrivals: [{ kind: 'poisson', ratePerHour: 500 }],
  entry: 'screen',
  stations: [
    { id: 'screen', mode: 'delay', service: { dist: 'uniform', min: 5, max: 10 }, alarms: [{ check: 'temperature', probability: 0.02, to: 'quarantine' }], next: 'desks' },
    { id: 'desks', mode: 'queue', servers: 4, service: { dist: 'lognormal', mean: 25, cv: 0.6 }, next: 'exit' },
    { id: 'quarantine', mode: 'queue', servers: 1, service: { dist: 'exponential', mean: 120 }, next: 'desks' },
  ],
};

function strip(r: RunResult): Omit<RunResult, 'wallMs'> {
  const { wallMs: _wallMs, ...rest } = r;
  return rest;
}

describe('runBlock / mergeBlocks / finishRun', () => {
  const R = 7;
  const whole = run(lane, { seed: 4, replications: R });
  const prepared = prepareRun(lane, { seed: 4, replications: R });

  test.each([
    ['one block', [[0, 7]]],
    ['replication by replication, reversed', [6, 5, 4, 3, 2, 1, 0].map((r) => [r, 1])],
    ['uneven blocks, shuffled', [[5, 2], [0, 1], [1, 4]]],
  ])('%s gives the result of run(), bit for bit', (_name, split) => {
    const blocks = (split as number[][]).map(([first, count]) => runBlock(prepared, first, count));
    expect(strip(finishRun(prepared, blocks))).toEqual(strip(whole));
    // Merged in groups first (as workers do), and through JSON (as shard files do).
    const half = Math.floor(blocks.length / 2);
    const grouped = half > 0 ? [mergeBlocks(blocks.slice(half)), mergeBlocks(blocks.slice(0, half))] : blocks;
    expect(strip(finishRun(prepared, JSON.parse(JSON.stringify(grouped))))).toEqual(strip(whole));
  });

  test('recording replication 0 for replay does not change the result', () => {
    const { result, log } = runDetailed(lane, { seed: 4, replications: R, recordVisits: 50_000 });
    expect(log).not.toBeNull();
    expect(strip(result)).toEqual(strip(whole));
  });

  test('a block holds numbers only, and its size does not grow with passengers', () => {
    const size = (hours: number) => {
      const s = singleStation({ ratePerHour: 600, meanService: 20, servers: 4, hours, warmup: 0 });
      const p = prepareRun(s, { seed: 1, replications: 1, intervalSeconds: 3600 * hours });
      const b = runBlock(p, 0, 1);
      return { passengers: b.clearance.passengers[0], bytes: JSON.stringify(b).length };
    };
    const small = size(2);
    const big = size(40);
    expect(big.passengers).toBeGreaterThan(15 * small.passengers);
    // Histogram ranges widen a little with more passengers (rarer long waits), nothing more.
    expect(big.bytes).toBeLessThan(3 * small.bytes);
  });

  test('refuses overlapping, missing or foreign replications', () => {
    const a = runBlock(prepared, 0, 4);
    const b = runBlock(prepared, 3, 4);
    expect(() => mergeBlocks([a, b])).toThrow(/replication 3 appears in two blocks/);
    expect(() => finishRun(prepared, [a])).toThrow(/expected replications 0…6/);
    const other = runBlock(prepareRun(lane, { seed: 5, replications: R }), 4, 3);
    expect(() => finishRun(prepared, [a, other])).toThrow(/different runs/);
    expect(() => runBlock(prepared, 5, 3)).toThrow(/the run has 7/);
  });
});
