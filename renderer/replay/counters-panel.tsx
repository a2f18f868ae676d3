/** The clock and the live counters a trainer reads aloud: in the lane, cleared, queued, recent clearances. */
import { useTranslation } from 'react-i18next';
import { ModeCode } from '../../sim/scenario/compile.js';
import type { ReplayModel } from '../../sim/replay/index.js';
import { fmtMinSec } from '../../present/format.js';
import { useFormatClock } from './clock-context.js';
import { REPLAY_NS } from '../i18n/namespaces.js';
import type { PlayerSnapshot } from './replay-player.js';
import { stationTitle, type ReplayNames } from './replay-names.js';

export function CountersPanel({ model, snap, names }: { model: ReplayModel; snap: PlayerSnapshot; names: ReplayNames }) {
  const { t } = useTranslation(REPLAY_NS);
  const formatClock = useFormatClock();
  const maxQ = Math.max(1, ...Array.from(model.curve.maxQueueByStation));
  return (
    <section className="rp-panel rp-counters" aria-label={t('clock')}>
      <div className="rp-clock-row">
        <div>
          <div className="rp-caption">{t('clock')}</div>
          <div className="rp-clock" data-testid="replay-clock" data-t={snap.t.toFixed(3)}>
            {formatClock(snap.t)}
          </div>
        </div>
        <div className="rp-speed-badge">{snap.playing ? `${t('playing')} · ${snap.speed}×` : t('paused')}</div>
      </div>
      <dl className="rp-stats">
        <div>
          <dt>{t('inLane')}</dt>
          <dd data-testid="replay-in-lane">{snap.inLane}</dd>
        </div>
        <div>
          <dt>{t('queued')}</dt>
          <dd data-testid="replay-queued">{snap.queuedTotal}</dd>
        </div>
        <div>
          <dt>{t('cleared')}</dt>
          <dd data-testid="replay-cleared">{snap.cleared}</dd>
        </div>
      </dl>
      <div className="rp-caption">{t('queueAt')}</div>
      <ul className="rp-bars">
        {model.lane.stations.map((st, s) =>
          st.mode === ModeCode.Delay ? null : (
            <li key={st.id}>
              <span className="rp-bar-label" title={stationTitle(model, s, names)}>
                {stationTitle(model, s, names)}
              </span>
              <span className="rp-bar-track">
                <span className="rp-bar-fill" style={{ width: `${(100 * snap.queue[s]) / maxQ}%` }} />
              </span>
              <span className="rp-bar-value">{snap.queue[s]}</span>
            </li>
          ),
        )}
      </ul>
      <div className="rp-caption">{t('recent')}</div>
      <ol className="rp-recent" data-testid="replay-recent">
        {snap.recent.length === 0 ? <li className="rp-muted">—</li> : null}
        {snap.recent.map((r) => (
          <li key={r.pid}>
            <span className="rp-muted">#{r.pid}</span> {fmtMinSec(r.seconds)}
          </li>
        ))}
      </ol>
    </section>
  );
}
