/**
 * Each floor is type-checked with only its runtime's types (sim/tsconfig.json and
 * present/tsconfig.json: neither DOM nor Node; cli/ and electron/: Node; renderer/: DOM),
 * where the root tsconfig.json gives every folder both. A probe file using a forbidden
 * runtime fails under its floor's options and passes under a floor that has that runtime;
 * and every floor's own code is clean (`scripts/typecheck-floors.mjs`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'lanesim-fence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The "Cannot find name …" errors of `code` compiled with `floor`'s tsconfig.json options. */
function missingNames(floor: string, code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, floor, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
  if (!config) throw new Error(`no tsconfig for ${floor}`);
  const file = join(dir, `${floor.replace(/\W/g, '-')}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, code);
  const program = ts.createProgram([file], { ...config.options, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .filter((d) => d.code === 2304 || d.code === 2580 || d.code === 2591)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const DOM = "export const el: HTMLElement | null = document.querySelector('main');\nexport const lang = navigator.language;\n";
const NODE = "export const bytes = Buffer.from('x');\nexport const home = process.env.HOME;\n";

describe('floor types', () => {
  it.each(['sim', 'present'])('%s/ has neither DOM nor Node types', (floor) => {
    expect(missingNames(floor, DOM).join('\n')).toMatch(/HTMLElement|document|navigator/);
    expect(missingNames(floor, NODE).join('\n')).toMatch(/Buffer|process/);
  });

  it.each(['cli', 'electron'])('%s/ has Node types and no DOM', (floor) => {
    expect(missingNames(floor, DOM).join('\n')).toMatch(/HTMLElement|document|navigator/);
    expect(missingNames(floor, NODE)).toEqual([]);
  });

  it('renderer/ has DOM types and no Node', () => {
    expect(missingNames('renderer', DOM)).toEqual([]);
    expect(missingNames('renderer', NODE).join('\n')).toMatch(/Buffer|process/);
  });

  it('every floor type-checks with its own runtime only', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/typecheck-floors.mjs')], { cwd: ROOT, stdio: 'pipe' });
  }, 600_000);
});
