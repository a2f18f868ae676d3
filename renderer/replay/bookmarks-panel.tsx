/** Trainers' bookmarks: a note at a moment of the replay, listed in time order, each a jump. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '../../sim/replay/index.js';
import { REPLAY_LIMITS } from '../../sim/replay/index.js';
import { useFormatClock } from './clock-context.js';
import { REPLAY_NS } from '../i18n/namespaces.js';

interface Props {
  bookmarks: Bookmark[];
  now: number;
  onAdd(b: Bookmark): void;
  onRemove(index: number): void;
  onJump(t: number): void;
}

export function BookmarksPanel({ bookmarks, now, onAdd, onRemove, onJump }: Props) {
  const { t } = useTranslation(REPLAY_NS);
  const formatClock = useFormatClock();
  const [note, setNote] = useState('');
  const add = () => {
    onAdd({ atSeconds: Math.round(now * 1000) / 1000, note: note.trim() });
    setNote('');
  };
  return (
    <section className="rp-panel" aria-label={t('bookmarks')}>
      <div className="rp-caption">{t('bookmarks')}</div>
      <div className="rp-bookmark-add">
        <input
          className="rp-input"
          value={note}
          maxLength={REPLAY_LIMITS.noteChars}
          placeholder={t('bookmarkNote')}
          aria-label={t('bookmarkNote')}
          data-testid="replay-bookmark-note"
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" className="rp-btn" onClick={add} data-testid="replay-bookmark-add" disabled={bookmarks.length >= REPLAY_LIMITS.bookmarks}>
          {t('addBookmark')} {formatClock(now)}
        </button>
      </div>
      {bookmarks.length === 0 ? <p className="rp-muted rp-hint">{t('noBookmarks')}</p> : null}
      <ol className="rp-bookmarks" data-testid="replay-bookmarks">
        {bookmarks.map((b, i) => (
          <li key={`${b.atSeconds}-${i}`}>
            <button type="button" className="rp-link rp-bookmark-time" onClick={() => onJump(b.atSeconds)} title={t('goTo')}>
              {formatClock(b.atSeconds)}
            </button>
            <span className="rp-bookmark-note">{b.note}</span>
            <button type="button" className="rp-link rp-remove" onClick={() => onRemove(i)} aria-label={`${t('remove')} ${formatClock(b.atSeconds)}`}>
              ×
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
