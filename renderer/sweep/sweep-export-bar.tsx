/**
 * Data export of a finished sweep (JSON, CSV) and of a capacity plan (JSON): the very texts
 * `lanesim sweep --format json|csv` and `lanesim plan --format json` print for the same
 * scenario, parameters, seed and replications (built by sim/export for both), saved through
 * the Host like every other export.
 */
import { useTranslation } from 'react-i18next';
import type { PlanResult, SweepResult } from '../../sim/index.js';
import { planJsonFile, sweepCsvFile, sweepJsonFile } from '../export/export-files.js';
import { useSaveExport } from '../export/use-export.js';
import { SWEEP_NS } from '../i18n/namespaces.js';

export function SweepExportBar({ result, stem }: { result: SweepResult; stem: string }) {
  const { t } = useTranslation(SWEEP_NS);
  const save = useSaveExport();
  return (
    <div className="export-bar" role="group" aria-label={t('export.sweepGroup')}>
      <button type="button" className="btn btn-small" data-testid="sweep-export-json" title={t('export.sweepJsonHint')} onClick={() => void save([sweepJsonFile(stem, result)])}>
        JSON
      </button>
      <button type="button" className="btn btn-small" data-testid="sweep-export-csv" title={t('export.sweepCsvHint')} onClick={() => void save([sweepCsvFile(stem, result)])}>
        CSV
      </button>
    </div>
  );
}

export function PlanExportBar({ plan, stem }: { plan: PlanResult; stem: string }) {
  const { t } = useTranslation(SWEEP_NS);
  const save = useSaveExport();
  return (
    <div className="export-bar" role="group" aria-label={t('export.planGroup')}>
      <button type="button" className="btn btn-small" data-testid="plan-export-json" title={t('export.planJsonHint')} onClick={() => void save([planJsonFile(stem, plan)])}>
        JSON
      </button>
    </div>
  );
}
