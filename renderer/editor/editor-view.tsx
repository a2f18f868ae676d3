/** The editor: palette, the lane diagram (or arrivals, classes, settings) and the station panel. */
import { useTranslation } from 'react-i18next';
import { useDoc, useValidation, useView, useWorkbench } from '../state/context.js';
import type { EditorSection } from '../state/workbench.js';
import { ArrivalsEditor } from './arrivals-editor.js';
import { ClassesEditor } from './classes-editor.js';
import { LaneDiagram } from './lane-diagram.js';
import { MergePanel } from './merge-panel.js';
import { Palette } from './palette.js';
import { SettingsEditor } from './settings-editor.js';
import { StationPanel } from './station-panel.js';
import { problemText } from '../state/problem-text.js';
import { useDisplayNames, useUiLanguage } from '../state/use-display-names.js';

const SECTIONS: EditorSection[] = ['lane', 'arrivals', 'classes', 'settings'];

export function EditorView() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const doc = useDoc();
  const validation = useValidation();
  const names = useDisplayNames();
  const lang = useUiLanguage();
  if (!doc) return null;
  return (
    <div className="editor">
      <Palette />
      <div className="editor-main">
        <div className="subtabs">
          {/* The tab list holds only tabs; the validity badge sits beside it (a status, not a tab). */}
          <div className="subtabs-list" role="tablist" aria-label={t('editor.sections')}>
            {SECTIONS.map((s) => (
              <button key={s} type="button" role="tab" aria-selected={view.section === s} className={`subtab${view.section === s ? ' subtab-active' : ''}`} data-testid={`section-${s}`} onClick={() => wb.setView({ section: s })}>
                {t(`editor.section.${s}`)}
              </button>
            ))}
          </div>
          <span className="subtabs-spacer" />
          <span className={`validity ${validation?.ok ? 'validity-ok' : 'validity-bad'}`} data-testid="validity" role="status">
            {validation?.ok ? t('editor.valid') : t('editor.invalid', { count: validation?.errors.length ?? 0 })}
          </span>
        </div>
        {view.section === 'lane' ? (
          <div className="lane-area">
            <LaneDiagram scenario={doc.scenario} />
            {validation?.ok ? <MergePanel scenario={doc.scenario} /> : null}
            {!validation?.ok ? (
              <ul className="error-list" aria-label={t('editor.problems')}>
                {validation?.errors.slice(0, 6).map((e, i) => (
                  <li key={i}>
                    <code>{e.path || '/'}</code> {problemText(e, lang, names.station)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hint">{t('editor.laneHint')}</p>
            )}
          </div>
        ) : view.section === 'arrivals' ? (
          <ArrivalsEditor />
        ) : view.section === 'classes' ? (
          <ClassesEditor />
        ) : (
          <SettingsEditor />
        )}
      </div>
      <div className="editor-side">
        {view.selectedStation ? <StationPanel stationId={view.selectedStation} /> : <p className="panel-empty">{t('editor.pickStation')}</p>}
      </div>
    </div>
  );
}
