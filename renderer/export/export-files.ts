/**
 * The files a run or a comparison exports, as (name, text, mime): the very files of
 * `lanesim run --out` (result.json, stations.csv, passengers.csv, timeseries.csv, built by
 * sim/export with a UTF-8 BOM), of `lanesim compare --format json|csv`, and of `lanesim
 * sweep --format json|csv` and `lanesim plan --format json`. Pure, so the
 * end-to-end test can compare a download with what the CLI writes.
 */
import { compareResults, type Comparison, type PlanResult, type RunLog, type RunResult, type SweepResult } from '../../sim/index.js';
import { strToU8, zipSync } from 'fflate';
import { comparisonCsv, groupsCsv, passengersCsv, planJson, provenanceOf, stationsCsv, sweepCsv, sweepJson, timeseriesCsv } from '../../sim/export/index.js';

export interface ExportFile {
  name: string;
  data: string | Uint8Array;
  mime: string;
}

export const JSON_MIME = 'application/json';
export const CSV_MIME = 'text/csv';
export const HTML_MIME = 'text/html';
export const SVG_MIME = 'image/svg+xml';
export const PNG_MIME = 'image/png';
export const PDF_MIME = 'application/pdf';
export const ZIP_MIME = 'application/zip';

/** A file-name stem from a run or scenario name: keeps letters (any script) and digits, joins the rest with "-". */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || 'lanesim';
}

/** result.json exactly as `lanesim run --format json` prints it. */
export function resultJsonText(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

export function runJsonFile(stem: string, result: RunResult): ExportFile {
  return { name: `${stem}-result.json`, data: resultJsonText(result), mime: JSON_MIME };
}

/** The CSV tables of a run, each a file the user may pick alone. */
export type RunCsvKind = 'stations' | 'passengers' | 'timeseries' | 'flights';

/** Which CSVs a run has: flights only when the scenario has flights or vehicles. */
export function runCsvKinds(result: RunResult): RunCsvKind[] {
  return ['stations', 'passengers', 'timeseries', ...(result.groups && result.groups.length > 0 ? (['flights'] as const) : [])];
}

/** One CSV of a run as `lanesim run --out` writes it (BOM, provenance columns); passengers needs the recorded replication. */
export function runCsvFile(stem: string, kind: RunCsvKind, result: RunResult, log: RunLog | null): ExportFile {
  const data =
    kind === 'stations'
      ? stationsCsv(result, { bom: true })
      : kind === 'timeseries'
        ? timeseriesCsv(result, { bom: true })
        : kind === 'flights'
          ? groupsCsv(result, { bom: true })
          : log
            ? passengersCsv(log, { bom: true, provenance: provenanceOf(result) })
            : '';
  return { name: `${stem}-${kind}.csv`, data, mime: CSV_MIME };
}

/** stations.csv, passengers.csv (when the recorded replication is given), timeseries.csv and flights.csv (with flights). */
export function runCsvFiles(stem: string, result: RunResult, log: RunLog | null): ExportFile[] {
  return runCsvKinds(result)
    .filter((k) => k !== 'passengers' || log)
    .map((k) => runCsvFile(stem, k, result, log));
}

/**
 * All of a run's CSVs as one zip (one download, not one per file), named as `lanesim run
 * --out` names them inside, beside result.json; deterministic bytes (fixed file times).
 */
export function runCsvZip(stem: string, result: RunResult, log: RunLog | null): ExportFile {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date(Date.UTC(2000, 0, 1));
  for (const f of runCsvFiles(stem, result, log)) entries[f.name.slice(stem.length + 1)] = [strToU8(f.data as string), { mtime }];
  entries['result.json'] = [strToU8(resultJsonText(result)), { mtime }];
  return { name: `${stem}-csv.zip`, data: zipSync(entries, { level: 6 }), mime: ZIP_MIME };
}

/** Each candidate against the baseline, as `lanesim compare` computes them. */
export function comparisonsOf(results: readonly RunResult[]): Comparison[] {
  return results.slice(1).map((r) => compareResults(results[0], r));
}

/** `{results, comparisons}` as `lanesim compare --format json` prints it. */
export function compareJsonFile(stem: string, results: readonly RunResult[]): ExportFile {
  return { name: `${stem}-comparison.json`, data: JSON.stringify({ results, comparisons: comparisonsOf(results) }, null, 2) + '\n', mime: JSON_MIME };
}

/** One row per metric per candidate, as `lanesim compare --format csv` prints it (with a BOM for Excel). */
export function compareCsvFile(stem: string, results: readonly RunResult[]): ExportFile {
  return { name: `${stem}-comparison.csv`, data: comparisonCsv(comparisonsOf(results), { bom: true }), mime: CSV_MIME };
}

/** The `lanesim/sweep@1` object as `lanesim sweep --format json` prints it. */
export function sweepJsonFile(stem: string, result: SweepResult): ExportFile {
  return { name: `${stem}-sweep.json`, data: sweepJson(result), mime: JSON_MIME };
}

/** One row per point as `lanesim sweep --format csv` prints it, with a BOM for Excel. */
export function sweepCsvFile(stem: string, result: SweepResult): ExportFile {
  return { name: `${stem}-sweep.csv`, data: sweepCsv(result, { bom: true }), mime: CSV_MIME };
}

/** The `lanesim/plan@1` object as `lanesim plan --format json` prints it. */
export function planJsonFile(stem: string, plan: PlanResult): ExportFile {
  return { name: `${stem}-plan.json`, data: planJson(plan), mime: JSON_MIME };
}
