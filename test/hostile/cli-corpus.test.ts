/**
 * Every file of the hostile corpus through the real command line, `lanesim validate` and
 * `lanesim run`, each in a child process with a time limit and a memory limit (address
 * space and V8 heap): the exit code is the expected one, a refusal names the file (and the
 * JSON path or figure the corpus lists), output is bounded, carries no control character
 * that could drive a terminal, and never a stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ensureBuilt, STACK_LINE } from '../cli/helpers.js';
import { hostileCorpus, writeCorpus, type HostileCase } from './corpus.js';

/** Wall-clock limit per command: a hang is killed and fails its case. */
const TIME_LIMIT_MS = 60_000;
/** Address-space limit (kB) and V8 heap (MB): an exploding run dies instead of taking the machine. */
const ADDRESS_SPACE_KB = 3_000_000;
const HEAP_MB = 384;
/** Most output a case may produce, stdout and stderr together. */
const MAX_OUTPUT_BYTES = 64 * 1024;
/** Controls a terminal would act on: C0 but TAB/LF/CR, DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  killed: boolean;
}

function limited(args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', `ulimit -v ${ADDRESS_SPACE_KB} && exec "$0" --max-old-space-size=${HEAP_MB} "$@"`, process.execPath, BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => void (stdout.length < 4 * MAX_OUTPUT_BYTES && (stdout += d)));
    child.stderr.setEncoding('utf8').on('data', (d: string) => void (stderr.length < 4 * MAX_OUTPUT_BYTES && (stderr += d)));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, TIME_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, killed });
    });
  });
}

/** Runs `jobs` with at most `width` at a time. */
async function pool<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await job(items[i]);
      }
    }),
  );
  return out;
}

let dir = '';
const cases: HostileCase[] = hostileCorpus();
const outcomes = new Map<string, { validate: Outcome; run: Outcome; chinese: Outcome | null }>();

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'lanesim-hostile-'));
  writeCorpus(dir, cases);
  await pool(cases, 4, async (c) => {
    const validate = await limited(['validate', c.file], dir);
    const run = await limited(['run', c.file, '--replications', '2', ...(c.runArgs ?? [])], dir);
    // A refused file is refused in Chinese too when asked (`--lang zh-CN`).
    const chinese = c.validate === 1 ? await limited(['validate', c.file, '--lang', 'zh-CN'], dir) : null;
    outcomes.set(c.file, { validate, run, chinese });
  });
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectClean(c: HostileCase, o: Outcome, expected: number) {
  const all = o.stdout + o.stderr;
  expect(o.killed, `${c.file} hit the time limit`).toBe(false);
  expect(o.signal, `${c.file} died by a signal`).toBeNull();
  expect({ file: c.file, code: o.code, stderr: o.stderr.slice(0, 600) }).toEqual({ file: c.file, code: expected, stderr: expect.any(String) });
  expect(Buffer.byteLength(all), `${c.file}: output is bounded`).toBeLessThan(MAX_OUTPUT_BYTES);
  expect(TERMINAL_CONTROL.exec(all)?.[0], `${c.file}: no terminal control characters`).toBeUndefined();
  expect(all).not.toMatch(STACK_LINE);
  expect(all).not.toMatch(/internal error/);
  if (expected !== 0) {
    // "file: …" in English, "file：…" in Chinese (a syntax error "file:line:column" in both).
    expect([`${c.file}:`, `${c.file}：`].some((named) => o.stderr.includes(named)), `${c.file}: the message names the file`).toBe(true);
    for (const m of c.mentions ?? []) expect(o.stderr, `${c.file}: mentions ${m}`).toContain(m);
  }
}

describe('the hostile corpus', () => {
  test('has at least 60 files in every category', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const cat of ['explosive', 'names', 'output', 'structure', 'bytes']) expect(cases.filter((c) => c.category === cat).length).toBeGreaterThanOrEqual(5);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
  });

  test.each(cases.map((c) => [c.file, c] as const))('%s: validate and run end cleanly', (_, c) => {
    const o = outcomes.get(c.file)!;
    expectClean(c, o.validate, c.validate);
    if (c.validate === 0) expect(o.validate.stdout).toContain(`ok  ${c.file}`);
    expectClean(c, o.run, c.run ?? c.validate);
  });

  /** A corpus mention that is a JSON path (the same in every language), not an English phrase. */
  const JSON_PATH = /^[A-Za-z_]+(\[\d+\]|\.[A-Za-z_]\w*)+/;

  test.each(cases.filter((c) => c.validate === 1).map((c) => [c.file, c] as const))('%s: refused in Chinese with --lang zh-CN', (_, c) => {
    const o = outcomes.get(c.file)!.chinese!;
    expectClean({ ...c, mentions: (c.mentions ?? []).filter((m) => JSON_PATH.test(m)) }, o, 1);
    expect(o.stderr, `${c.file}: the problem in Chinese`).toMatch(/[\u4e00-\u9fff]/);
    // What the core says in English is not left in English: no "expected …, got …" sentence.
    expect(o.stderr, c.file).not.toMatch(/\bexpected\b.*\bgot\b|unknown key|not valid JSON/);
  });

  test('formula-looking names reach CSV neutralised, and JSON stays JSON', () => {
    const csv = outcomes.get('formula-names-csv.json')!.run.stdout;
    expect(csv).toContain("station,'-walk,served");
    const stations = readFileSync(join(dir, 'out-formula/stations.csv'), 'utf8');
    expect(stations).toContain("'+cmd|");
    expect(stations).toContain("'\tTAB");
    for (const text of [csv, stations]) expect(text.replace(/^\uFEFF/, '')).not.toMatch(/(^|,)"?[=+@\t]|(^|,)"?-[^\d]/m);
    const json = JSON.parse(outcomes.get('formula-names-json.json')!.run.stdout) as { scenario: string; stations: Array<{ label: string }> };
    // The text is escape-free, yet JSON.parse gives back the names exactly as written.
    expect(json.scenario).toBe('=1+2\u001b[1m');
    expect(json.stations[0].label).toBe('\u009b6n');
  });
});
