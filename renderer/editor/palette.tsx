/**
 * The equipment palette: click a preset to insert it after the selected station, with its
 * figures and source beside it. The new station is labelled in English and, in the Chinese
 * UI, named in Chinese too (translations), so a lane built in Chinese reads in Chinese.
 */
import { useTranslation } from 'react-i18next';
import { useView, useWorkbench } from '../state/context.js';
import { insertPreset } from '../state/scenario-edits.js';
import { useDisplayNames, useUiLanguage } from '../state/use-display-names.js';
import { fmtSeconds } from '../../present/format.js';
import { distMean } from '../../present/charts/dist-preview.js';
import { PRESETS } from './presets.js';

export function Palette() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const names = useDisplayNames();
  const lang = useUiLanguage();
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <h2 className="section-title">{t('palette.title')}</h2>
      <p className="hint">{view.selectedStation ? t('palette.insertAfter', { id: names.station(view.selectedStation) }) : t('palette.insertEnd')}</p>
      <ul className="palette-list">
        {PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="palette-item"
              data-testid={`preset-${p.id}`}
              onClick={() => {
                let id = '';
                // The file keeps an English label; in another UI language the station also gets its name there.
                const label = t(`presets.${p.id}.name`, { lng: 'en' });
                const translated = lang === 'en' ? undefined : { lang, name: t(`presets.${p.id}.name`) };
                wb.edit((d) => {
                  id = insertPreset(d, p, view.selectedStation, label, translated);
                });
                if (id) wb.setView({ selectedStation: id });
              }}
            >
              <span className="palette-name">{t(`presets.${p.id}.name`)}</span>
              <span className="palette-figure">
                {t(`station.modes.${p.station.mode}`)} · {p.station.mode === 'queue' ? `${String(p.station.servers)} × ` : ''}
                {fmtSeconds(distMean(p.station.service))} {t('units.s')} · {(p.station.checks ?? []).map((c) => names.check(c)).join(' + ')}
              </span>
              <span className="palette-source" title={p.source[lang === 'zh-CN' ? 'zh-CN' : 'en']}>
                {p.source[lang === 'zh-CN' ? 'zh-CN' : 'en']}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
