/** Where a shard's partial goes: stdout, or a file written atomically (a killed shard leaves no half file). */
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { CliIo } from '../io.js';
import { writeAtomic } from '../out-dir.js';
import { partialJson, type PartialDoc } from './partial.js';

/** Writes the partial to `out` (relative to the working directory) or to stdout. */
export async function emitPartial(doc: PartialDoc, out: string | undefined, io: CliIo): Promise<void> {
  const text = partialJson(doc);
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeAtomic(resolve(io.cwd, out), text);
  } catch (e) {
    throw new InputError(
      `${out}: cannot write the partial result (${(e as { code?: string }).code ?? String(e)}); expected a writable file path`,
    );
  }
  io.stderr.write(`wrote ${out} (slice ${doc.slice.index}/${doc.slice.count})\n`);
}
