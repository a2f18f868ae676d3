/**
 * A corpus of broken scenario files (test/cli/fixtures/broken/) and broken paths: each is
 * rejected by the real command with exit 1 and a message naming the file, the JSON path
 * (or line and column) and what was expected — never a stack trace, never a hang.
 */
import { chmodSync, closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, lanesim, STACK_LINE } from './helpers.js';

beforeAll(ensureBuilt);

const dir = 'test/cli/fixtures/broken';
/** File → the JSON path (or location) and the expectation its message must contain. */
const corpus: Array<[string, string, RegExp]> = [
  ['syntax-missing-colon.json', ':3:10: not valid JSON at line 3, column 10', /expected a JSON scenario object/],
  ['syntax-truncated.json', 'not valid JSON at line 13', /found end of file/],
  ['empty.json', 'not valid JSON at line 1, column 1', /expected a value, found end of file/],
  // JSON.parse in Node 20 names no position here and quotes the text across lines: the
  // message still gives line and column, on one line.
  ['syntax-missing-value.json', ':5:34: not valid JSON at line 5, column 34: expected a value, found ","', /^[^\n]*expected a JSON scenario object\n$/],
  ['not-an-object.json', '(document)', /expected a scenario object, got an array/],
  ['wrong-type.json', 'stations[0].servers', /expected number, got "four"/],
  ['unknown-key.json', 'stations[1].sever', /unknown key "sever"/],
  ['missing-station.json', 'stations[0].next', /unknown station "customs"; expected one of border, xray, inspection, exit/],
  ['missing-alarm-target.json', 'stations[1].alarms[0].to', /unknown station "secondary"/],
  ['shares-not-one.json', 'classes', /expected class shares to sum to 1, got 0\.9/],
  ['branches-not-one.json', 'stations[0].next', /expected branch probabilities to sum to 1, got 0\.9/],
  ['no-way-out.json', 'stations[1].next', /no way to exit the lane from station "xray"/],
  ['future-version.json', 'format', /format version 2; this LaneSim reads version 1/],
  ['wrong-format.json', 'format', /expected "lanesim\/scenario@1", got "something-else"/],
  ['absurd-servers.json', 'stations[0].servers', /expected ≤ 1000, got 1000000/],
  ['absurd-rate.json', 'arrivals[0].ratePerHour', /expected ≤ 200000/],
  ['unknown-distribution.json', 'stations[0].service.dist', /expected one of constant, exponential/],
  ['overloaded.json', 'stations[0].servers', /cannot keep up: offered load ≥ 1 at "border" load 2\.78/],
];

describe('broken scenario files exit 1 with file, JSON path and expectation', () => {
  it.each(corpus)('%s', (file, path, expectation) => {
    const r = lanesim(['run', `${dir}/${file}`, '--replications', '2'], { timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${dir}/${file}`);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(expectation);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('validate reports every broken file and exits 1, and accepts the good ones', () => {
    const r = lanesim(['validate', 'scenarios/heihe-road-port.json', ...corpus.map(([f]) => `${dir}/${f}`)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ok  scenarios/heihe-road-port.json');
    for (const [file] of corpus) expect(r.stderr).toContain(`${dir}/${file}`);
    expect(r.stderr).toContain(`${corpus.length} of ${corpus.length + 1} files invalid`);
  });

  it('compare stops at the first broken file with exit 1', () => {
    const r = lanesim(['compare', 'scenarios/heihe-road-port.json', `${dir}/unknown-key.json`, '-r', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}/unknown-key.json: stations[1].sever`);
  });
});

describe('unreadable files exit 1 naming the file', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'lanesim-broken-'));
    writeFileSync(join(tmp, 'latin1.json'), Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    writeFileSync(join(tmp, 'locked.json'), '{}');
    chmodSync(join(tmp, 'locked.json'), 0o000);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a missing file', () => {
    const r = lanesim(['run', 'no/such/file.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^no\/such\/file\.json: cannot read the file \(no such file\); expected a readable scenario \.json file/);
  });

  it('a directory', () => {
    const r = lanesim(['validate', tmp]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${tmp}: is a directory; expected a scenario .json file`);
  });

  it('a file that is not UTF-8', () => {
    const r = lanesim(['run', join(tmp, 'latin1.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('latin1.json: the file is not UTF-8 text');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', () => {
    const r = lanesim(['run', join(tmp, 'locked.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('locked.json: cannot read the file (permission denied)');
  });

  it('an absurdly large file is refused before it is read', () => {
    const big = join(tmp, 'huge.json');
    writeFileSync(big, '');
    // A sparse 17 MB file: the size check must refuse it without parsing.
    const fd = openSync(big, 'r+');
    ftruncateSync(fd, 17 * 1024 * 1024);
    closeSync(fd);
    const r = lanesim(['run', big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.json: the file is 17\.0 MB; expected a scenario of at most 16 MB/);
  });
});
