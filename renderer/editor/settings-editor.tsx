/** The scenario's name, description, entry station, horizon, warm-up, target and default seed. */
import { useTranslation } from 'react-i18next';
import { useDoc, useWorkbench } from '../state/context.js';
import { DEFAULT_TARGET_SECONDS } from '../../sim/index.js';
import { stationsNotReached } from '../state/scenario-edits.js';
import { useDisplayNames, useUiLanguage } from '../state/use-display-names.js';
import { NumberField, SelectField, TextField } from './fields.js';
import { DurationField, TimeField } from './time-field.js';
import { setTime } from '../state/time-edits.js';
import { editableScenarioName, editsTranslation, setEditableScenarioName } from '../state/name-edits.js';
import { jsonPath } from '../state/validation.js';

export function SettingsEditor() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const doc = useDoc();
  const names = useDisplayNames();
  const lang = useUiLanguage();
  if (!doc) return null;
  const s = doc.scenario;
  const entryOptions = s.stations.map((st) => ({ value: st.id, label: names.station(st.id) === st.id ? st.id : `${names.station(st.id)} (${st.id})` }));
  // A value the list lacks (only reachable through a hand-edited file) is still shown, so the validator's message matches what is selected.
  if (!s.stations.some((st) => st.id === s.entry)) entryOptions.unshift({ value: s.entry, label: s.entry });
  const notReached = stationsNotReached(s);
  return (
    <section className="panel" aria-label={t('settings.title')} data-testid="settings-editor">
      <div className="panel-body">
        <div className="field-grid">
          <TextField
            label={t('settings.name')}
            path={editsTranslation(lang) ? jsonPath('translations', lang, 'name') : 'name'}
            wide
            value={editableScenarioName(s, lang)}
            onChange={(v) => wb.edit((d) => setEditableScenarioName(d, lang, v), 'name')}
          />
          <TextField label={t('settings.description')} path="description" wide multiline value={s.description ?? ''} onChange={(v) => wb.edit((d) => void (d.description = v), 'description')} />
          <div className="field-wide">
            <SelectField label={t('settings.entry')} path="entry" value={s.entry} options={entryOptions} onChange={(v) => wb.edit((d) => void (d.entry = v))} />
            {notReached.length ? (
              <p className="hint" data-testid="not-reached">
                {t('settings.notReached', { ids: notReached.join(', ') })}
              </p>
            ) : null}
          </div>
          <TextField
            label={t('settings.startTime')}
            path="startTime"
            value={s.startTime ?? ''}
            onChange={(v) =>
              wb.edit((d) => {
                if (v.trim() === '') delete d.startTime;
                else d.startTime = v.trim();
              }, 'startTime')
            }
          />
          <TimeField
            label={s.startTime ? t('settings.horizonUntil') : t('settings.horizon')}
            clockPath="horizon.arrivalsUntil"
            secondsPath="horizon.arrivalsSeconds"
            clock={s.horizon.arrivalsUntil}
            seconds={s.horizon.arrivalsSeconds}
            startTime={s.startTime}
            unit={s.startTime ? undefined : t('units.s')}
            onChange={(v) => wb.edit((d) => void setTime(d.horizon, 'arrivalsUntil', 'arrivalsSeconds', v), 'horizon.arrivalsSeconds')}
          />
          <DurationField label={t('settings.warmup')} path="horizon.warmupSeconds" value={s.horizon.warmupSeconds ?? 0} unit={t('units.s')} onChange={(v) => wb.edit((d) => void (d.horizon.warmupSeconds = v), 'horizon.warmupSeconds')} />
          <DurationField
            label={t('settings.target')}
            path="targets.clearanceSeconds"
            value={s.targets?.clearanceSeconds ?? DEFAULT_TARGET_SECONDS}
            unit={t('units.s')}
            onChange={(v) => wb.edit((d) => void (d.targets = { ...(d.targets ?? {}), clearanceSeconds: v }), 'targets.clearanceSeconds')}
          />
          <NumberField label={t('settings.seed')} path="seed" value={s.seed ?? 1} onChange={(v) => wb.edit((d) => void (d.seed = v), 'seed')} />
        </div>
        <p className="hint">{t('settings.timeHint')}</p>
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
