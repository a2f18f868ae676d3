/**
 * `lanesim gather` refuses every set of partials that is not one whole piece of work —
 * slices of another scenario, seed, setting or engine, a slice twice, a slice missing, a
 * truncated, bit-flipped or hand-edited file, something that is not a partial — with exit 1,
 * a line naming each file (or missing slice) and its reason, and nothing on stdout.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PartialDoc } from '../../../cli/shard/partial.js';
import { lanesim, ROOT, STACK_LINE } from '../helpers.js';
import { ensureBuiltWithWorker } from '../pool/pool-helpers.js';
import { cli, partialsFolder } from './shard-helpers.js';

const { at, slices, sealed } = partialsFolder('lanesim-gather-');

const RUN = ['run', 'scenarios/heihe-road-port.json', '-r', '6', '--seed', '4'];

beforeAll(async () => {
  ensureBuiltWithWorker();
  await slices(RUN, 3);
  expect((await cli(['run', 'scenarios/harbin-t1-exit-merged.json', '-r', '6', '--seed', '4', '--shard', '2/3', '--out', at('other-scenario.json')])).code).toBe(0);
  expect((await cli(['run', 'scenarios/heihe-road-port.json', '-r', '6', '--seed', '5', '--shard', '2/3', '--out', at('other-seed.json')])).code).toBe(0);
  expect((await cli(['run', 'scenarios/heihe-road-port.json', '-r', '7', '--seed', '4', '--shard', '2/3', '--out', at('other-reps.json')])).code).toBe(0);
  expect((await cli([...RUN, '--shard', '2/4', '--out', at('other-count.json')])).code).toBe(0);
  const text = readFileSync(at('p2.json'), 'utf8');
  writeFileSync(at('truncated.json'), text.slice(0, Math.floor(text.length / 2)));
  // One digit of the statistics changed: still valid JSON, but not what the shard wrote.
  const i = text.search(/"events":\[\d/) + '"events":['.length;
  writeFileSync(at('flipped.json'), text.slice(0, i) + String((Number(text[i]) + 1) % 10) + text.slice(i + 1));
  // Another engine version, checksum recomputed (a file from another LaneSim, not a damaged one).
  const doc = JSON.parse(text) as PartialDoc;
  const engine = { ...doc, engine: '99.0.0' };
  sealed('other-engine.json', engine);
  // Right checksum, wrong content: blocks for replications the slice does not hold.
  const jobs = (doc.payload as { jobs: Array<{ first: number }> }).jobs;
  const moved = { ...doc, payload: { jobs: [{ ...jobs[0], first: jobs[0].first + 1 }] } } as PartialDoc;
  sealed('wrong-range.json', moved);
  copyFileSync(join(ROOT, 'scenarios/heihe-road-port.json'), at('a-scenario.json'));
  writeFileSync(at('empty.json'), '');
});

const cases: Array<[string, string[], RegExp[]]> = [
  ['another scenario', ['p1.json', 'other-scenario.json', 'p3.json'], [/other-scenario\.json: a slice of other scenarios \(scenarios\/harbin-t1-exit-merged\.json, hash [0-9a-f]{12}…\) than .*p1\.json/]],
  ['another seed', ['p1.json', 'other-seed.json', 'p3.json'], [/other-seed\.json: seed 5, .*p1\.json has seed 4/]],
  ['other settings', ['p1.json', 'other-reps.json', 'p3.json'], [/other-reps\.json: other settings than .*p1\.json: replications 7 vs 6/]],
  ['another slice count', ['p1.json', 'other-count.json', 'p3.json'], [/other-count\.json: slice 2 of 4, .*p1\.json is a slice of 3/]],
  ['another engine', ['p1.json', 'other-engine.json', 'p3.json'], [/other-engine\.json: written by LaneSim engine 99\.0\.0/]],
  ['a duplicate', ['p1.json', 'p2.json', 'p2.json', 'p3.json'], [/p2\.json: slice 2\/3 again \(also in .*p2\.json\)/]],
  ['a duplicate under another name', ['p1.json', 'p2.json', 'p3.json', 'copy-of-p2.json'], [/copy-of-p2\.json: slice 2\/3 again \(also in .*p2\.json\)/]],
  ['a missing slice', ['p3.json', 'p1.json'], [/missing slice 2 of 3/]],
  ['two missing slices', ['p3.json'], [/missing slices 1, 2 of 3/]],
  ['a truncated file', ['p1.json', 'truncated.json', 'p3.json'], [/truncated\.json: not valid JSON at line 1, column \d+: .*\(a truncated or corrupted partial\?\)/]],
  ['a flipped digit', ['p1.json', 'flipped.json', 'p3.json'], [/flipped\.json: checksum: does not match the content/]],
  ['blocks of the wrong replications', ['p1.json', 'wrong-range.json', 'p3.json'], [/wrong-range\.json: payload\.jobs\[0\]: holds replications 3…\+2, expected 2…\+2 for this slice/]],
  ['a scenario, not a partial', ['p1.json', 'a-scenario.json'], [/a-scenario\.json: format: expected "lanesim\/partial@1"/]],
  ['an empty file', ['empty.json', 'p2.json', 'p3.json'], [/empty\.json: the file is empty/]],
  ['a missing file', ['p1.json', 'nope.json'], [/nope\.json: cannot read the file \(ENOENT\)/]],
  ['several problems at once', ['p1.json', 'other-seed.json', 'truncated.json'], [/other-seed\.json: seed 5/, /truncated\.json: not valid JSON/, /2 problems; nothing written/]],
];

describe('gather refuses what is not one whole piece of work (exit 1, each file named)', () => {
  beforeAll(() => copyFileSync(at('p2.json'), at('copy-of-p2.json')));

  it.each(cases)('%s', async (_name, files, messages) => {
    const r = await cli(['gather', ...files.map(at), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    for (const m of messages) expect(r.err).toMatch(m);
    expect(r.err).toMatch(/nothing written\n$/);
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it('the real command refuses the same way, with --out left unwritten', () => {
    const out = at('never');
    const r = lanesim(['gather', at('p1.json'), at('flipped.json'), at('p3.json'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('flipped.json: checksum: does not match the content');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(() => readFileSync(join(out, 'result.json'))).toThrow();
  });
});

describe('usage', () => {
  const usage: Array<[string, string[], RegExp]> = [
    ['slice 0', [...RUN, '--shard', '0/3'], /--shard: expected K\/N with 1 ≤ K ≤ N/],
    ['slice past the count', [...RUN, '--shard', '4/3'], /--shard: expected K\/N/],
    ['not K/N', [...RUN, '--shard', 'two'], /--shard: expected K\/N/],
    ['--format with --shard', [...RUN, '--shard', '1/3', '--format', 'json'], /--format does not go with --shard/],
    ['--report with --shard', [...RUN, '--shard', '1/3', '--report', 'r.html'], /--report does not go with --shard/],
    ['compare --out without --shard', ['compare', 'scenarios/heihe-road-port.json', 'scenarios/heihe-road-port.json', '--out', 'x.json'], /--out goes with --shard/],
    ['gather without files', ['gather'], /missing the partial result files/],
  ];
  it.each(usage)('%s: exit 2', async (_name, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('gather --out with slices of a sweep: exit 2', async () => {
    const args = ['sweep', 'scenarios/heihe-road-port.json', '--param', 'arrivals.scale', '--values', '1', '-r', '2'];
    expect((await cli([...args, '--shard', '1/1', '--out', at('sweep.json')])).code).toBe(0);
    const r = await cli(['gather', at('sweep.json'), '--out', at('sweep-out')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out DIR goes with slices of `lanesim run`; these are of `lanesim sweep`/);
  });
});
