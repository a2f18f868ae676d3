/**
 * `--out DIR`: the result and its tables as files an analyst opens directly —
 * result.json (exactly what `--format json` prints), stations.csv, passengers.csv (one row
 * per passenger of replication 0) and timeseries.csv. CSVs carry a UTF-8 BOM so Excel shows
 * Chinese labels. Every file is written to a temporary name first and all are renamed
 * together at the end (synchronously, so Ctrl-C cannot fall between them): a failure or an
 * interrupt never leaves a half-written file or half of the set behind.
 */
import { renameSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RunLog, RunResult } from '../sim/index.js';
import { groupsCsv, passengersCsv, provenanceOf, stationsCsv, timeseriesCsv } from '../sim/export/index.js';
import { InputError } from './errors.js';

export const OUT_FILES = ['result.json', 'stations.csv', 'passengers.csv', 'timeseries.csv'] as const;

/** JSON text of a result as the CLI prints it. */
export function resultJson(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** Writes to a temporary name and renames, so a failure never leaves a half-written file. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

/** Writes the four files into `dir` (created if needed); returns the paths written. */
export async function writeOutDir(dir: string, cwd: string, result: RunResult, log: RunLog | null): Promise<string[]> {
  const root = resolve(cwd, dir);
  try {
    await mkdir(root, { recursive: true });
  } catch (e) {
    throw new InputError(`${dir}: cannot create the output directory (${(e as { code?: string }).code ?? String(e)}); expected a writable directory path`);
  }
  const files: Array<[string, string]> = [
    ['result.json', resultJson(result)],
    ['stations.csv', stationsCsv(result, { bom: true })],
    ['passengers.csv', log ? passengersCsv(log, { bom: true, provenance: provenanceOf(result) }) : ''],
    ['timeseries.csv', timeseriesCsv(result, { bom: true })],
    // Extension: the per-flight / per-vehicle table, when the scenario has flights or vehicles.
    ...(result.groups ? [['flights.csv', groupsCsv(result, { bom: true })] as [string, string]] : []),
  ];
  const staged: Array<[string, string]> = [];
  try {
    for (const [name, text] of files) {
      const path = join(root, name);
      const tmp = `${path}.${process.pid}.tmp`;
      staged.push([tmp, path]);
      try {
        await writeFile(tmp, text, 'utf8');
      } catch (e) {
        throw new InputError(`${join(dir, name)}: cannot write the file (${(e as { code?: string }).code ?? String(e)}); expected a writable directory`);
      }
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, path] of staged) renameSync(tmp, path);
  return files.map(([name]) => join(dir, name));
}
