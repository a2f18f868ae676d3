/**
 * How the sweep and plan panels both end their form: replications and seed, the run button
 * (cancel while the job runs) beside its progress bar, the job's error and the equivalent
 * command line. One component so the two panels cannot drift apart; the test ids are the
 * panel's kind plus a suffix (`sweep-run`, `plan-run`, ...), which the e2e tests select by.
 */
import { useTranslation } from 'react-i18next';
import { SWEEP_NS } from '../i18n/namespaces.js';
import type { JobError } from './sweep-state.js';
import { JobProgress, NumberInput } from './widgets.js';

type Setting = 'replications' | 'maxReplications' | 'seed';

export interface JobControlsProps {
  kind: 'sweep' | 'plan';
  /** The form's texts; a plan also has `maxReplications` (its cap near the target), which adds a third field. */
  settings: { replications: string; seed: string; maxReplications?: string };
  errors: Partial<Record<Setting, string>>;
  onSetting: (key: Setting, value: string) => void;
  /** The scenario's own seed (else 1), shown as the seed field's placeholder. */
  defaultSeed: number;
  job: { running: boolean; error: JobError | null };
  /** The bar's fill, its text and whether the total is unknown (plans). */
  progress: { fraction: number; text: string; indeterminate: boolean };
  /** Null while the form does not read as a valid request: run is disabled and no command line is shown. */
  commandLine: string | null;
  onRun: () => void;
  onCancel: () => void;
}

export function JobControls(props: JobControlsProps) {
  const { t } = useTranslation(SWEEP_NS);
  const { kind, settings, errors, onSetting, job } = props;
  /** The plan's labels sit under `plan.` in the namespace; the sweep's at its top. */
  const label = (key: 'replications' | 'maxReplications' | 'run') => t(kind === 'plan' ? `plan.${key}` : key);
  return (
    <>
      <div className={settings.maxReplications === undefined ? 'sweep-row' : 'sweep-row sweep-row-3'}>
        <NumberInput label={label('replications')} testId={`${kind}-replications`} value={settings.replications} error={errors.replications} onChange={(v) => onSetting('replications', v)} />
        {settings.maxReplications === undefined ? null : (
          <NumberInput label={label('maxReplications')} testId={`${kind}-max-replications`} value={settings.maxReplications} error={errors.maxReplications} onChange={(v) => onSetting('maxReplications', v)} />
        )}
        <NumberInput label={t('seed')} testId={`${kind}-seed`} value={settings.seed} placeholder={t('seedDefault', { seed: props.defaultSeed })} error={errors.seed} onChange={(v) => onSetting('seed', v)} />
      </div>
      <div className="sweep-actions">
        {job.running ? (
          <button type="button" className="btn btn-danger" data-testid={`${kind}-cancel`} onClick={props.onCancel}>
            {t('cancel')}
          </button>
        ) : (
          <button type="button" className="btn btn-primary" data-testid={`${kind}-run`} disabled={props.commandLine === null} onClick={props.onRun}>
            {label('run')}
          </button>
        )}
        <JobProgress {...props.progress} label={t(`panels.${kind}`)} testId={`${kind}-progress`} />
      </div>
      {job.error && job.error.code !== 'cancelled' ? (
        <div className="field-error sweep-error" role="alert" data-testid={`${kind}-error`}>
          {job.error.message}
        </div>
      ) : null}
      {props.commandLine === null ? null : (
        <div className="sweep-cli">
          <div className="hint">{t('cli')}</div>
          <code data-testid={`${kind}-cli`}>{props.commandLine}</code>
        </div>
      )}
    </>
  );
}
