/**
 * Writing exports through the Host (desktop: save dialog and safe write; browser: a
 * download), with failures shown as a notice instead of being lost. The report language
 * follows the UI's.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '../../present/report/index.js';
import { useWorkbench } from '../state/context.js';
import type { ExportFile } from './export-files.js';

export function useReportLanguage(): ReportLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Returns `save(files)`, which writes each file in turn and reports the first failure. */
export function useSaveExport(): (files: ExportFile[] | (() => ExportFile[] | Promise<ExportFile[]>)) => Promise<void> {
  const wb = useWorkbench();
  const { t } = useTranslation();
  return useCallback(
    async (files) => {
      try {
        const list = typeof files === 'function' ? await files() : files;
        for (const f of list) {
          const saved = await wb.host.writeExport({ suggestedName: f.name, data: f.data, mime: f.mime });
          if (saved === null) return; // cancelled: stop asking for the rest
        }
      } catch (e) {
        wb.notify('error', t('export.failed'), [e instanceof Error ? e.message : String(e)]);
      }
    },
    [wb, t],
  );
}
