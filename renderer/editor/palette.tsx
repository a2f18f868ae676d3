/** The equipment palette: click a preset to insert it after the selected station, with its figures and source beside it. */
import { useTranslation } from 'react-i18next';
import { useView, useWorkbench } from '../app/context.js';
import { insertPreset } from '../state/scenario-edits.js';
import { fmtSeconds } from '../format.js';
import { distMean } from './dist-preview.js';
import { PRESETS } from './presets.js';

export function Palette() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <h2 className="section-title">{t('palette.title')}</h2>
      <p className="hint">{view.selectedStation ? t('palette.insertAfter', { id: view.selectedStation }) : t('palette.insertEnd')}</p>
      <ul className="palette-list">
        {PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="palette-item"
              data-testid={`preset-${p.id}`}
              onClick={() => {
                let id = '';
                wb.edit((d) => {
                  id = insertPreset(d, p, view.selectedStation, t(`presets.${p.id}.name`));
                });
                if (id) wb.setView({ selectedStation: id });
              }}
            >
              <span className="palette-name">{t(`presets.${p.id}.name`)}</span>
              <span className="palette-figure">
                {t(`station.modes.${p.station.mode}`)} · {p.station.mode === 'queue' ? `${String(p.station.servers)} × ` : ''}
                {fmtSeconds(distMean(p.station.service))} {t('units.s')} · {(p.station.checks ?? []).join(' + ')}
              </span>
              <span className="palette-source" title={p.source}>
                {p.source}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
