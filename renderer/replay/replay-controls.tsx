/** Play/pause, speed (1×–300×), step event by event, back to start, jump to the peak; and the current event. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatClock } from './clock-context.js';
import { REPLAY_NS } from '../i18n/namespaces.js';
import { SPEEDS, type PlayerSnapshot, type ReplayPlayer } from './replay-player.js';
import { describeEvent, type ReplayNames } from './replay-names.js';
import { Icon } from './icons.js';

export function ReplayControls({ player, snap, names }: { player: ReplayPlayer; snap: PlayerSnapshot; names: ReplayNames }) {
  const { t } = useTranslation(REPLAY_NS);
  const formatClock = useFormatClock();
  const { curve } = player.model;

  // Space plays/pauses, "," and "." step, when focus is not in a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.tagName === 'BUTTON')) return;
      if (e.key === ' ') {
        e.preventDefault();
        if (player.playing) player.pause();
        else player.play();
      } else if (e.key === '.') player.step(1);
      else if (e.key === ',') player.step(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);

  return (
    <div className="rp-controls">
      <button type="button" className="rp-btn rp-icon" onClick={() => player.seek(player.tStart)} title={t('toStart')} aria-label={t('toStart')}>
        <Icon name="start" />
      </button>
      <button type="button" className="rp-btn rp-icon" onClick={() => player.step(-1)} title={t('prevEvent')} aria-label={t('prevEvent')} data-testid="replay-step-back">
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="rp-btn rp-btn-primary rp-play"
        onClick={() => (snap.playing ? player.pause() : player.play())}
        data-testid="replay-play"
        aria-pressed={snap.playing}
      >
        <Icon name={snap.playing ? 'pause' : 'play'} />
        <span>{snap.playing ? t('pause') : t('play')}</span>
      </button>
      <button type="button" className="rp-btn rp-icon" onClick={() => player.step(1)} title={t('nextEvent')} aria-label={t('nextEvent')} data-testid="replay-step">
        <Icon name="forward" />
      </button>
      <label className="rp-speed">
        {t('speed')}
        <select className="rp-input" value={snap.speed} onChange={(e) => player.setSpeed(Number(e.target.value))} data-testid="replay-speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="rp-btn" onClick={() => player.jumpToPeak()} data-testid="replay-peak" title={t('peak', { n: curve.peakQueue, time: formatClock(curve.peakTime) })}>
        <Icon name="peak" />
        <span>{t('jumpPeak')}</span>
      </button>
      <span className="rp-event" data-testid="replay-event" aria-live="polite">
        {snap.eventIndex >= 0 ? (
          <>
            <span className="rp-muted">{t('lastEvent')} · </span>
            {describeEvent(player.model, snap.eventIndex, t, names)}
          </>
        ) : (
          <span className="rp-muted">{t('peak', { n: curve.peakQueue, time: formatClock(curve.peakTime) })}</span>
        )}
      </span>
    </div>
  );
}
