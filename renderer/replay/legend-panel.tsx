/** What the colours mean: one dot per passenger class, the alarm ring, the followed passenger. */
import { useTranslation } from 'react-i18next';
import type { ReplayModel } from '../../sim/replay/index.js';
import { ALARM_COLOR, classColor } from './draw-lane.js';
import { REPLAY_NS } from '../i18n/namespaces.js';
import { className, type ReplayNames } from './replay-names.js';

export function LegendPanel({ model, names }: { model: ReplayModel; names: ReplayNames }) {
  const { t } = useTranslation(REPLAY_NS);
  return (
    <section className="rp-panel" aria-label={t('legend')}>
      <div className="rp-caption">{t('legend')}</div>
      <ul className="rp-legend" data-testid="replay-legend">
        {model.lane.classes.map((c, i) => (
          <li key={c.id}>
            <span className="rp-dot" style={{ background: classColor(i) }} />
            {className(model, i, names)}
          </li>
        ))}
        <li>
          <span className="rp-dot rp-dot-ring" style={{ borderColor: ALARM_COLOR }} />
          {t('alarm')}
        </li>
        <li>
          <span className="rp-dot rp-dot-followed" />
          {t('followed')}
        </li>
      </ul>
    </section>
  );
}
