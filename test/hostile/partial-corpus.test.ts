/**
 * Hostile partial files for `lanesim gather`: a real slice of a run (statistics of every
 * section and replication 0's passenger log), each copy damaged in one section and sealed
 * again with a correct checksum — what someone who knows the format could send. Every one is
 * refused with exit 1, a line naming the file and the JSON path, nothing on stdout and no
 * stack trace: the clearance columns, histograms, time series, decomposition, per-interval
 * sums, flights/vehicles, unknown keys (`__proto__` included) and the log's columns and indices.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { partialChecksum, type PartialDoc } from '../../cli/shard/partial.js';
import { STACK_LINE } from '../cli/helpers.js';
import { cli, partialsFolder } from '../cli/shard/shard-helpers.js';

const { at, slices, sealed } = partialsFolder('lanesim-hostile-partials-');

type Json = Record<string, unknown>;
interface Encoded {
  $typed: string;
  base64: string;
}

let original: PartialDoc;

/** The first block of the slice (stats and log), in the file's encoding. */
function block(doc: PartialDoc): { stats: Json; log: Json | null } {
  return (doc.payload as { jobs: Array<{ blocks: Array<{ stats: Json; log: Json | null }> }> }).jobs[0].blocks[0];
}

function int32(values: number[]): Encoded {
  return { $typed: 'Int32Array', base64: Buffer.from(new Int32Array(values).buffer).toString('base64') };
}

function decodedInt32(e: Encoded): number[] {
  const b = Buffer.from(e.base64, 'base64');
  return Array.from(new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4));
}

/** A copy of the slice with one change, sealed with a correct checksum, written as `name`. */
function damaged(name: string, change: (b: { stats: Json; log: Json | null }) => void): string {
  const doc = JSON.parse(JSON.stringify(original)) as PartialDoc;
  change(block(doc));
  sealed(name, doc);
  return name;
}

const RUN = ['run', 'scenarios/heihe-road-port.json', '-r', '4', '--seed', '3'];
const cases: Array<[string, (b: { stats: Json; log: Json | null }) => void, RegExp]> = [
  ['clearance-missing-sum', (b) => delete (b.stats.clearance as Json).sum, /stats\.clearance\.sum: expected this key/],
  ['station-extra-column', (b) => ((b.stats.stations as Json[])[0].extra = [1, 2]), /stats\.stations\[0\]\.extra: expected no such key/],
  ['histogram-offset', (b) => (((b.stats.histograms as Json).clearance as Json).offset = 999_999), /stats\.histograms\.clearance\.offset: expected a bin from 0/],
  ['histogram-negative', (b) => (((b.stats.histograms as Json).clearance as Json).counts = [3, -1]), /stats\.histograms\.clearance\.counts\[1\]: expected a whole number ≥ 0, got -1/],
  ['series-not-whole', (b) => ((b.stats.series as Json).inLane = [1.5]), /stats\.series\.inLane\[0\]: expected a whole number ≥ 0, got 1\.5/],
  ['series-wrong-stations', (b) => ((b.stats.series as Json).queue = [[0]]), /stats\.series\.queue: expected a list per station \(7\)/],
  ['decomposition-missing', (b) => delete b.stats.decomposition, /stats\.decomposition: expected this key/],
  ['decomposition-parts', (b) => ((b.stats.decomposition as { classParts: unknown[][] }).classParts[0] = [[]]), /stats\.decomposition\.classParts\[0\]: expected a list of \d+/],
  ['decomposition-tail', (b) => ((b.stats.decomposition as { tailCounts: number[][] }).tailCounts[0][0] = -5), /stats\.decomposition\.tailCounts\[0\]\[0\]: expected a whole number ≥ 0, got -5/],
  ['intervals-missing', (b) => delete b.stats.intervals, /stats\.intervals: expected this key/],
  ['intervals-bin', (b) => ((b.stats.intervals as { waits: unknown[][] }).waits[1][0] = [1_000_000_000, 1]), /stats\.intervals\.waits\[1\]\[0\]\[0\]: expected increasing bins below \d+/],
  ['intervals-odd-pairs', (b) => ((b.stats.intervals as { waits: unknown[][] }).waits[1][0] = [3]), /stats\.intervals\.waits\[1\]\[0\]: expected \[bin, count, …\] pairs/],
  ['intervals-delay-station', (b) => ((b.stats.intervals as { waits: unknown[] }).waits[0] = [[1, 1]]), /stats\.intervals\.waits\[0\]: expected null/],
  ['intervals-area', (b) => ((b.stats.intervals as { waitingArea: unknown[] }).waitingArea = []), /stats\.intervals\.waitingArea: expected a list per station \(7\)/],
  ['intervals-seconds', (b) => ((b.stats.intervals as Json).intervalSeconds = 1), /stats\.intervals\.intervalSeconds: expected \d+/],
  ['groups-count', (b) => (b.stats.groups as unknown[]).pop(), /stats\.groups: expected \d+ flights or vehicles/],
  ['groups-column', (b) => ((b.stats.groups as Json[])[0].passengers = [1, 2, 3]), /stats\.groups\[0\]\.passengers: expected \d number\(s\), one per replication/],
  ['stats-unknown-key', (b) => (b.stats.surprise = 1), /stats\.surprise: expected no such key/],
  ['log-station-index', (b) => {
    const visits = b.log!.visits as Json;
    const st = decodedInt32(visits.station as Encoded);
    st[0] = 99;
    visits.station = int32(st);
  }, /log\.visits\.station\[0\]: expected a station index from 0 to 6, got 99/],
  ['log-passenger-index', (b) => {
    const visits = b.log!.visits as Json;
    const pp = decodedInt32(visits.passenger as Encoded);
    pp[pp.length - 1] = -3;
    visits.passenger = int32(pp);
  }, /log\.visits\.passenger\[\d+\]: expected a passenger index from 0/],
  ['log-short-column', (b) => (((b.log!.passengers as Json).entry as Encoded).base64 = ''), /log\.passengers\.entry: expected a Float64Array of at least \d+ entries/],
  ['log-stations', (b) => ((b.log!.stationIds as string[])[0] = 'constructor'), /log\.stationIds: expected the run's stations/],
];

beforeAll(async () => {
  // Slice 1 of 2 holds replications 0–1, so its block carries replication 0's log.
  await slices(RUN, 2);
  original = JSON.parse(readFileSync(at('p1.json'), 'utf8')) as PartialDoc;
  const b = block(original);
  expect(b.log).not.toBeNull();
  expect(Object.keys(b.stats)).toEqual(expect.arrayContaining(['decomposition', 'intervals', 'groups']));
  for (const [name, change] of cases) damaged(`${name}.json`, change);
  // A "__proto__" key in the statistics (JSON.parse makes it an own key): reported, never dropped.
  const text = readFileSync(at('p1.json'), 'utf8').replace('"stats":{', '"stats":{"__proto__":{"polluted":1},');
  const withProto = JSON.parse(text) as PartialDoc;
  writeFileSync(at('proto-key.json'), text.replace(/"checksum":"sha256:[0-9a-f]+"/, `"checksum":"${partialChecksum(withProto)}"`));
}, 120_000);

describe('gather refuses hostile partials, naming the file and the JSON path', () => {
  it('the undamaged pair gathers', async () => {
    const r = await cli(['gather', at('p1.json'), at('p2.json'), '--format', 'json']);
    expect(r.code, r.err).toBe(0);
  });

  it.each([...cases.map(([name, , re]) => [name, re] as const), ['proto-key', /stats\.__proto__: expected no such key/] as const])('%s', async (name, re) => {
    const r = await cli(['gather', at(`${name}.json`), at('p2.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${name}.json`);
    expect(r.err, r.err).toMatch(re);
    expect(r.err).not.toMatch(STACK_LINE);
    expect(({} as Json).polluted).toBeUndefined();
  });
});
