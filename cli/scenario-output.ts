/**
 * Writing a derived scenario (consolidate, split): to a file with -o (atomically, so a
 * failure never leaves half a file) or to stdout, as indented JSON like the bundled files.
 */
import { resolve } from 'node:path';
import type { Scenario } from '../sim/index.js';
import { InputError } from './errors.js';
import type { CliIo } from './io.js';
import { writeAtomic } from './out-dir.js';

/** Prints the scenario, or writes it to `out` and says so on stderr. */
export async function writeScenarioOutput(scenario: Scenario, out: string | undefined, io: CliIo): Promise<void> {
  const text = JSON.stringify(scenario, null, 2) + '\n';
  if (!out) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeAtomic(resolve(io.cwd, out), text);
  } catch (e) {
    throw new InputError(`${out}: cannot write the file (${(e as { code?: string }).code ?? String(e)}); expected a writable path`);
  }
  io.stderr.write(`wrote ${out}\n`);
}
