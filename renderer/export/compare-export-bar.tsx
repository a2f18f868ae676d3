/**
 * Export of a comparison: JSON and CSV as `lanesim compare --format json|csv` print them,
 * and the comparison report (HTML, and PDF where the host can print).
 */
import { useTranslation } from 'react-i18next';
import { compareReportHtml } from '../../present/report/index.js';
import { useWorkbench } from '../state/context.js';
import type { RunRecord } from '../state/runs-state.js';
import { runTitle } from '../state/names.js';
import { compareCsvFile, compareJsonFile, comparisonsOf, fileStem, HTML_MIME, PDF_MIME } from './export-files.js';
import { useReportLanguage, useSaveExport } from './use-export.js';

export function CompareExportBar({ runs }: { runs: RunRecord[] }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const save = useSaveExport();
  const language = useReportLanguage();
  const results = runs.map((r) => r.result);
  const stem = fileStem(runs.map((r) => r.scenarioName).join(' vs '));
  const report = () =>
    // Runs named in the report's language, as the run report names its run (r.name is the English name).
    compareReportHtml({ runs: runs.map((r) => ({ name: runTitle(r, language), scenario: r.scenario, result: r.result })), comparisons: comparisonsOf(results), language, generatedAt: new Date().toLocaleString(language) });
  const printToPdf = wb.host.printToPdf?.bind(wb.host);
  return (
    <div className="export-bar" role="group" aria-label={t('export.compareGroup')}>
      <button type="button" className="btn btn-small" data-testid="export-compare-json" onClick={() => void save(() => [compareJsonFile(stem, results)])}>
        JSON
      </button>
      <button type="button" className="btn btn-small" data-testid="export-compare-csv" onClick={() => void save(() => [compareCsvFile(stem, results)])}>
        CSV
      </button>
      <button type="button" className="btn btn-small" data-testid="export-compare-report" onClick={() => void save(async () => [{ name: `${stem}-report.html`, data: await report(), mime: HTML_MIME }])}>
        {t('export.report')}
      </button>
      {printToPdf ? (
        <button type="button" className="btn btn-small" data-testid="export-compare-pdf" onClick={() => void save(async () => [{ name: `${stem}-report.pdf`, data: await printToPdf(await report()), mime: PDF_MIME }])}>
          PDF
        </button>
      ) : null}
    </div>
  );
}
