/** The top bar: document (new, open, bundled, save), undo/redo, the run controls and the language. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../host/host-api.js';
import { BUNDLED } from '../scenarios/bundled.js';
import { TEMPLATES } from '../scenarios/templates.js';
import { canRedo, canUndo, isDirty } from '../state/document-history.js';
import { bundledTitle } from '../state/names.js';
import { useDisplayNames, useUiLanguage } from '../state/use-display-names.js';
import { useDoc, useWorkbench } from '../state/context.js';
import { openBundled, openFile, openRecent, openTemplate } from './open-actions.js';
import { RunBar } from './run-bar.js';

export function Header() {
  const { t, i18n } = useTranslation();
  const wb = useWorkbench();
  const doc = useDoc();
  const names = useDisplayNames();
  const lang = useUiLanguage();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    void wb.host.recentFiles().then(setRecent, () => setRecent([]));
  }, [wb, doc?.fileName]);
  const dirty = doc ? isDirty(doc) : false;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⇶
        </span>
        <span className="brand-name" title={t('app.name')}>
          LaneSim<span className="brand-sub"> · {t('app.subtitle')}</span>
        </span>
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <select
          className="input input-menu"
          aria-label={t('toolbar.open')}
          data-testid="open-menu"
          value=""
          onChange={(e) => {
            const v = e.target.value;
            e.target.value = '';
            if (v === 'file') void openFile(wb, t);
            else if (v.startsWith('bundled:')) openBundled(wb, v.slice(8), t);
            else if (v.startsWith('template:')) openTemplate(wb, v.slice(9), t);
            else if (v.startsWith('recent:')) void openRecent(wb, v.slice(7), t);
          }}
        >
          <option value="" disabled>
            {t('toolbar.open')}…
          </option>
          <option value="file">{t('toolbar.openFile')}</option>
          {BUNDLED.length ? (
            <optgroup label={t('toolbar.bundled')}>
              {BUNDLED.map((b) => (
                <option key={b.id} value={`bundled:${b.id}`}>
                  {bundledTitle(b, lang)}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t('toolbar.newFrom')}>
            {TEMPLATES.map((tpl) => (
              <option key={tpl.id} value={`template:${tpl.id}`}>
                {t(`templates.${tpl.id}`)}
              </option>
            ))}
          </optgroup>
          {recent.length ? (
            <optgroup label={t('toolbar.recent')}>
              {recent.map((r) => (
                <option key={r.path} value={`recent:${r.path}`}>
                  {r.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        <button type="button" className="btn" disabled={!doc} data-testid="save" onClick={() => void wb.save(false, t('notice.saveFailed'))}>
          {t('toolbar.save')}
        </button>
        <button type="button" className="btn btn-icon" disabled={!doc || !canUndo(doc)} data-testid="undo" aria-label={t('toolbar.undo')} title={`${t('toolbar.undo')} (Ctrl+Z)`} onClick={() => wb.undo()}>
          ↶
        </button>
        <button type="button" className="btn btn-icon" disabled={!doc || !canRedo(doc)} data-testid="redo" aria-label={t('toolbar.redo')} title={`${t('toolbar.redo')} (Ctrl+Y)`} onClick={() => wb.redo()}>
          ↷
        </button>
        <span className="doc-name" data-testid="doc-name" title={doc?.fileName}>
          {doc ? names.scenario : t('toolbar.noDocument')}
          <span className={`dirty-mark${dirty ? ' dirty-mark-on' : ''}`} data-testid="dirty" aria-label={dirty ? t('toolbar.unsaved') : undefined} title={dirty ? t('toolbar.unsaved') : undefined}>
            ●
          </span>
        </span>
      </div>
      <RunBar />
      <div className="lang" role="group" aria-label={t('toolbar.language')}>
        {(['zh-CN', 'en'] as const).map((l) => (
          <button
            key={l}
            type="button"
            className={`btn btn-lang${i18n.language === l ? ' btn-lang-active' : ''}`}
            aria-pressed={i18n.language === l}
            data-testid={`lang-${l}`}
            onClick={() => {
              void i18n.changeLanguage(l);
              document.documentElement.lang = l;
              wb.setLanguage(l);
            }}
          >
            {l === 'zh-CN' ? '中文' : 'EN'}
          </button>
        ))}
      </div>
    </header>
  );
}
