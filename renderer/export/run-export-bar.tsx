/**
 * Export of a whole run: JSON (the result contract), CSV (one table the user picks —
 * stations, passengers of replication 0, time series, flights — or all of them in one zip:
 * the files of `lanesim run --out`), the HTML report, and a
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
import { fileStem, HTML_MIME, PDF_MIME, runCsvFile, runCsvKinds, runCsvZip, runJsonFile, type RunCsvKind } from './export-files.js';
import { useReportLanguage, useSaveExport } from './use-export.js';

/** As many visits as `lanesim run --out` records for passengers.csv. */
export const EXPORT_RECORDED_VISITS = 2_000_000;

export function RunExportBar({ run }: { run: RunRecord }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const save = useSaveExport();
  const language = useReportLanguage();
  const [busy, setBusy] = useState(false);
  // The file name on demand: its Unicode pattern is compiled on first use, not on the results' first render (issue 12).
  const stem = () => fileStem(run.name);
  const report = () => runReportHtml({ scenario: run.scenario, result: run.result, name: runTitle(run, language), changes: run.changes, language, generatedAt: new Date(run.finishedAt).toLocaleString(language) });
  const printToPdf = wb.host.printToPdf?.bind(wb.host);
  return (
    <div className="export-bar" role="group" aria-label={t('export.runGroup')}>
      <button type="button" className="btn btn-small" data-testid="export-json" onClick={() => void save([runJsonFile(stem(), run.result)])}>
        JSON
      </button>
      {/* One file the user chose, or all of them in one zip: never several downloads at once. */}
      <select
        className="btn btn-small export-csv"
        data-testid="export-csv"
        aria-label={t('export.csvLabel')}
        title={t('export.csvLabel')}
        value=""
        disabled={busy}
        onChange={async (e) => {
          const choice = e.target.value as RunCsvKind | 'zip' | '';
          if (!choice) return;
          setBusy(true);
          try {
            await save(async () => {
              // Passengers need the recorded replication 0, rebuilt off the UI thread.
              const log = choice === 'zip' || choice === 'passengers' ? await loadTrace({ scenario: run.scenario, seed: run.result.seed, recordVisits: EXPORT_RECORDED_VISITS }).result : null;
              return [choice === 'zip' ? runCsvZip(stem(), run.result, log) : runCsvFile(stem(), choice, run.result, log)];
            });
          } finally {
            setBusy(false);
          }
        }}
      >
        <option value="">{t('export.csvPick')}</option>
        <option value="zip">{t('export.csvAll')}</option>
        {runCsvKinds(run.result).map((k) => (
          <option key={k} value={k}>
            {t(`export.csvKinds.${k}`)}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-small" data-testid="export-report" onClick={() => void save(async () => [{ name: `${stem()}-report.html`, data: await report(), mime: HTML_MIME }])}>
        {t('export.report')}
      </button>
      {printToPdf ? (
        <button type="button" className="btn btn-small" data-testid="export-pdf" onClick={() => void save(async () => [{ name: `${stem()}-report.pdf`, data: await printToPdf(await report()), mime: PDF_MIME }])}>
          PDF
        </button>
      ) : null}
    </div>
  );
}
