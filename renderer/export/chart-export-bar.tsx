/**
 * PNG, SVG and Copy for one chart. The exported chart is the report's version of it
 * (present/report/chart-set.ts: the same option builder, labels with units, plus title, scenario
 * name and legend), so a chart saved from the UI equals the one in `--charts` and in the
 * HTML report.
 */
import { useTranslation } from 'react-i18next';
import { chartSvg, type ExportChart } from '../../present/report/index.js';
import { useWorkbench } from '../state/context.js';
import { chartPng, copyPng } from './chart-image.js';
import { fileStem, PNG_MIME, SVG_MIME } from './export-files.js';
import { useSaveExport } from './use-export.js';

/** `size` overrides the file's default 800 × 420 (a heat map with many rows needs more height). */
export function ChartExportBar({ chart, scenario, testId, size }: { chart: ExportChart; scenario: string; testId: string; size?: { width: number; height: number } }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const save = useSaveExport();
  const meta = { title: chart.title, scenario, sources: chart.sources, ...size };
  // The file name on demand: its Unicode pattern is compiled on first use, not on the results' first render (issue 12).
  const stem = () => `${fileStem(scenario)}-${chart.id}`;
  return (
    <div className="export-bar" role="group" aria-label={t('export.chartGroup', { chart: chart.title })}>
      <button type="button" className="btn btn-small" data-testid={`${testId}-png`} title={t('export.pngHint')} onClick={() => void save(() => [{ name: `${stem()}.png`, data: chartPng(chart.option, meta), mime: PNG_MIME }])}>
        PNG
      </button>
      <button type="button" className="btn btn-small" data-testid={`${testId}-svg`} onClick={() => void save(() => [{ name: `${stem()}.svg`, data: chartSvg(chart.option, meta), mime: SVG_MIME }])}>
        SVG
      </button>
      <button
        type="button"
        className="btn btn-small"
        data-testid={`${testId}-copy`}
        onClick={async () => {
          try {
            await copyPng(chartPng(chart.option, meta));
            wb.notify('info', t('export.copied'));
          } catch (e) {
            wb.notify('error', t('export.copyRefused'), [e instanceof Error ? e.message : String(e)]);
          }
        }}
      >
        {t('export.copy')}
      </button>
    </div>
  );
}
