/**
 * The README's command-line examples are what users copy first, so they run as tests: every
 * `npx lanesim …` line in the README, in a fresh folder that has the bundled scenarios,
 * must exit 0 and print something (files it writes must appear). Lines that name a file of
 * the reader's own (`lane.json`) or a placeholder (`<command>`) are skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ensureBuilt, ROOT, SCENARIOS } from './helpers.js';

function readmeExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const lines: string[] = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1].split('\n')) {
      const cmd = line.replace(/\s+#.*$/, '').trim();
      if (cmd.startsWith('npx lanesim ') && !/<[a-z]+>/.test(cmd) && !/\blane\.json\b/.test(cmd)) lines.push(cmd);
    }
  }
  return [...new Set(lines)];
}

const examples = readmeExamples();
let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'lanesim-readme-'));
  symlinkSync(SCENARIOS, join(dir, 'scenarios'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('README examples', () => {
  test('there are examples of every command', () => {
    for (const command of ['validate', 'run', 'compare', 'sweep', 'plan', 'bench']) {
      expect(examples.some((e) => e.startsWith(`npx lanesim ${command} `) || e === `npx lanesim ${command}`), command).toBe(true);
    }
  });

  test.each(examples)('%s', (example) => {
    // Run through a shell, as a reader would (globs, quotes, redirections), with the real bin.
    const cmd = example.replace(/^npx lanesim/, `"${process.execPath}" "${BIN}"`);
    const r = spawnSync('/bin/sh', ['-c', cmd], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, `${example}\n${r.stderr}`).toBe(0);
    const redirected = /> (\S+)$/.exec(example)?.[1];
    if (redirected) expect(readFileSync(join(dir, redirected), 'utf8').length).toBeGreaterThan(0);
    else expect(r.stdout.length).toBeGreaterThan(0);
    for (const m of example.matchAll(/--(?:out|report|charts) (\S+)/g)) expect(existsSync(join(dir, m[1])), m[1]).toBe(true);
  });
});
