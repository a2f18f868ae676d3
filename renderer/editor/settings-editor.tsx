/** The scenario's name, description, horizon, warm-up, target and default seed. */
import { useTranslation } from 'react-i18next';
import { useDoc, useWorkbench } from '../app/context.js';
import { DEFAULT_TARGET_SECONDS } from '../../sim/index.js';
import { NumberField, TextField } from './fields.js';

export function SettingsEditor() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const doc = useDoc();
  if (!doc) return null;
  const s = doc.scenario;
  return (
    <section className="panel" aria-label={t('settings.title')} data-testid="settings-editor">
      <div className="panel-body">
        <div className="field-grid">
          <TextField label={t('settings.name')} path="name" wide value={s.name} onChange={(v) => wb.edit((d) => void (d.name = v), 'name')} />
          <TextField label={t('settings.description')} path="description" wide multiline value={s.description ?? ''} onChange={(v) => wb.edit((d) => void (d.description = v), 'description')} />
          <NumberField label={t('settings.horizon')} path="horizon.arrivalsSeconds" value={s.horizon.arrivalsSeconds} unit={t('units.s')} onChange={(v) => wb.edit((d) => void (d.horizon.arrivalsSeconds = v), 'horizon.arrivalsSeconds')} />
          <NumberField label={t('settings.warmup')} path="horizon.warmupSeconds" value={s.horizon.warmupSeconds ?? 0} unit={t('units.s')} onChange={(v) => wb.edit((d) => void (d.horizon.warmupSeconds = v), 'horizon.warmupSeconds')} />
          <NumberField
            label={t('settings.target')}
            path="targets.clearanceSeconds"
            value={s.targets?.clearanceSeconds ?? DEFAULT_TARGET_SECONDS}
            unit={t('units.s')}
            onChange={(v) => wb.edit((d) => void (d.targets = { ...(d.targets ?? {}), clearanceSeconds: v }), 'targets.clearanceSeconds')}
          />
          <NumberField label={t('settings.seed')} path="seed" value={s.seed ?? 1} onChange={(v) => wb.edit((d) => void (d.seed = v), 'seed')} />
        </div>
        {s.sources?.length ? (
          <>
            <h3>{t('settings.sources')}</h3>
            <ul className="sources">
              {s.sources.map((src, i) => (
                <li key={i}>{src}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
