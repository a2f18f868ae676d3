/** The followed passenger: class, bags, where they are now, and their times at each station. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyOf, PaxState, type ReplayModel } from '../../sim/replay/index.js';
import { classColor } from './draw-lane.js';
import { fmtMinSec } from '../../present/format.js';
import { useFormatClock } from './clock-context.js';
import { REPLAY_NS } from '../i18n/namespaces.js';
import type { PlayerSnapshot, ReplayPlayer } from './replay-player.js';
import { className, stationTitle, type ReplayNames } from './replay-names.js';

function currentState(player: ReplayPlayer, pid: number, t: (k: string, o?: Record<string, unknown>) => string, names: ReplayNames): string {
  const f = player.currentFrame();
  const log = player.model.index.log;
  for (let i = 0; i < f.count; i++) {
    if (f.pid[i] !== pid) continue;
    const station = stationTitle(player.model, f.station[i], names);
    switch (f.state[i]) {
      case PaxState.Walking:
        return t('stateWalking', { station });
      case PaxState.Queued:
        return t('stateQueued', { station, k: f.slot[i] + 1 });
      case PaxState.InService:
        return t('stateService', { station, slot: f.slot[i] + 1 });
      case PaxState.InDelay:
        return t('stateDelay', { station });
      case PaxState.WaitingBags:
        return t('stateBags', { station });
      default:
        return t('stateCollecting', { station });
    }
  }
  return log.passengers.entry[pid] > player.t ? t('stateNotYet') : t('stateGone');
}

export function FollowPanel({ player, snap, names }: { player: ReplayPlayer; snap: PlayerSnapshot; names: ReplayNames }) {
  const { t } = useTranslation(REPLAY_NS);
  const formatClock = useFormatClock();
  const pid = snap.followed;
  const model: ReplayModel = player.model;
  const journey = useMemo(() => (pid >= 0 ? journeyOf(model.index, pid) : null), [model, pid]);
  if (!journey) {
    return (
      <section className="rp-panel" aria-label={t('follow')}>
        <div className="rp-caption">{t('follow')}</div>
        <p className="rp-muted rp-hint">{t('followHint')}</p>
      </section>
    );
  }
  const now = snap.t;
  return (
    <section className="rp-panel rp-follow" aria-label={t('follow')} data-testid="replay-follow">
      <div className="rp-follow-head">
        <span className="rp-dot" style={{ background: classColor(journey.classIndex) }} />
        <strong>{t('passenger', { id: pid })}</strong>
        <span className="rp-muted">
          {className(model, journey.classIndex, names)} · {t('bags', { n: journey.bags })}
        </span>
        <button type="button" className="rp-link" onClick={() => player.follow(-1)}>
          {t('stopFollow')}
        </button>
      </div>
      <div className="rp-follow-state" data-testid="replay-follow-state">
        {currentState(player, pid, t, names)}
      </div>
      <div className="rp-muted rp-follow-times">
        {t('entered', { time: formatClock(journey.entry) })} ·{' '}
        {Number.isNaN(journey.exit) ? t('stillInLane') : `${t('left', { time: formatClock(journey.exit) })} · ${t('clearance', { time: fmtMinSec(journey.exit - journey.entry) })}`}
      </div>
      <table className="rp-journey" data-testid="replay-journey">
        <thead>
          <tr>
            <th>{t('colStation')}</th>
            <th>{t('colArrive')}</th>
            <th>{t('colWait')}</th>
            <th>{t('colService')}</th>
            <th>{t('colLeave')}</th>
          </tr>
        </thead>
        <tbody>
          {journey.steps.map((s, i) => {
            const active = now >= s.arrive && now < s.end;
            return (
              <tr key={i} className={active ? 'rp-row-active' : now < s.arrive ? 'rp-row-future' : undefined}>
                <td>
                  {s.alarm ? <span className="rp-alarm-tag">!</span> : null}
                  {stationTitle(model, s.station, names)}
                  {s.server >= 0 ? <span className="rp-muted"> #{s.server + 1}</span> : null}
                </td>
                <td>{formatClock(s.arrive)}</td>
                <td>{fmtMinSec(s.wait)}</td>
                <td>{fmtMinSec(s.service)}</td>
                <td>{formatClock(s.end)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
