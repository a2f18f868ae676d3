/**
 * Export of a whole run: JSON (the result contract), CSV (stations, passengers of
 * replication 0, time series: the files of `lanesim run --out`), the HTML report, and a
 * PDF of it where the host can print one (the desktop app). Passengers need the recorded
 * replication 0, rebuilt off the UI thread by the replay's trace worker.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runReportHtml } from '../../present/report/index.js';
import { useWorkbench } from '../state/context.js';
import { loadTrace } from '../replay/load-trace.js';
import type { RunRecord } from '../state/runs-state.js';
import { runTitle } from '../state/names.js';
import { fileStem, HTML_MIME, PDF_MIME, runCsvFiles, runJsonFile } from './export-files.js';
import { useReportLanguage, useSaveExport } from './use-export.js';

/** As many visits as `lanesim run --out` records for passengers.csv. */
export const EXPORT_RECORDED_VISITS = 2_000_000;

export function RunExportBar({ run }: { run: RunRecord }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const save = useSaveExport();
  const language = useReportLanguage();
  const [busy, setBusy] = useState(false);
  const stem = fileStem(run.name);
  const report = () => runReportHtml({ scenario: run.scenario, result: run.result, name: runTitle(run, language), changes: run.changes, language, generatedAt: new Date(run.finishedAt).toLocaleString(language) });
  const printToPdf = wb.host.printToPdf?.bind(wb.host);
  return (
    <div className="export-bar" role="group" aria-label={t('export.runGroup')}>
      <button type="button" className="btn btn-small" data-testid="export-json" onClick={() => void save([runJsonFile(stem, run.result)])}>
        JSON
      </button>
      <button
        type="button"
        className="btn btn-small"
        data-testid="export-csv"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await save(async () => {
              const log = await loadTrace({ scenario: run.scenario, seed: run.result.seed, recordVisits: EXPORT_RECORDED_VISITS }).result;
              return runCsvFiles(stem, run.result, log);
            });
          } finally {
            setBusy(false);
          }
        }}
      >
        CSV
      </button>
      <button type="button" className="btn btn-small" data-testid="export-report" onClick={() => void save(() => [{ name: `${stem}-report.html`, data: report(), mime: HTML_MIME }])}>
        {t('export.report')}
      </button>
      {printToPdf ? (
        <button type="button" className="btn btn-small" data-testid="export-pdf" onClick={() => void save(async () => [{ name: `${stem}-report.pdf`, data: await printToPdf(report()), mime: PDF_MIME }])}>
          PDF
        </button>
      ) : null}
    </div>
  );
}
