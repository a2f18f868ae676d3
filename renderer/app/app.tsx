/** The workbench window: header, tabs (editor, results, compare), a notice line and the view. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../host/host-api.js';
import { CompareView } from '../compare/compare-view.js';
import { EditorView } from '../editor/editor-view.js';
import { ResultsView } from '../results/results-view.js';
import { ReplayTabLabel, ReplayWorkbenchView } from '../replay/replay-tab.js';
import { SweepTabLabel, SweepView } from '../sweep/sweep-view.js';
import { useDoc, useRuns, useValidation, useView, useWorkbench } from '../state/context.js';
import { problemText } from '../state/problem-text.js';
import { useDisplayNames, useUiLanguage } from '../state/use-display-names.js';
import { Header } from './header.js';
import { openFile, openTemplate } from './open-actions.js';
import type { Tab } from '../state/workbench.js';
import { isDirty } from '../state/document-history.js';
import { pageTitle } from '../../present/words/page-title.js';

const TABS: Tab[] = ['editor', 'results', 'compare', 'sweep', 'replay'];

function Notice() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const runs = useRuns();
  const validation = useValidation();
  const names = useDisplayNames();
  const lang = useUiLanguage();
  const n = view.notice;
  if (n) {
    return (
      <div className={`notice notice-${n.kind}`} role="alert" data-testid="notice">
        <div>
          <strong>{n.title}</strong>
          {n.lines.length ? (
            <ul>
              {n.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <button type="button" className="btn btn-icon" aria-label={t('common.close')} onClick={() => wb.setView({ notice: null })}>
          ×
        </button>
      </div>
    );
  }
  if (runs.error && runs.error.code !== 'cancelled') {
    return (
      <div className="notice notice-error" role="alert" data-testid="run-error">
        <div>
          <strong>{t(`run.errors.${runs.error.code}`, { defaultValue: runs.error.code })}</strong>
          <ul>
            {/* An overloaded lane: the core's codes and figures, worded in the UI's language. */}
            {runs.error.code === 'unstable' && validation && validation.errors.some((e) => e.code === 'overload') ? (
              validation.errors.filter((e) => e.code === 'overload').map((e) => <li key={e.path}>{problemText(e, lang, names.station)}</li>)
            ) : (
              <li>{runs.error.message}</li>
            )}
          </ul>
          {runs.error.code === 'unstable' ? (
            <label className="check-row">
              <input type="checkbox" checked={view.allowOverload} onChange={(e) => wb.setView({ allowOverload: e.target.checked })} />
              {t('run.allowOverload')}
            </label>
          ) : null}
        </div>
      </div>
    );
  }
  return null;
}

export function App() {
  const { t, i18n } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const doc = useDoc();
  const runs = useRuns();
  const lang = useUiLanguage();
  const names = useDisplayNames();

  // The page title in the UI's language, retitled when the language, the document or its name changes.
  useEffect(() => {
    document.title = pageTitle(lang, doc ? { title: names.scenario || doc.fileName, dirty: isDirty(doc) } : null);
  }, [lang, doc, names]);

  useEffect(() => {
    const onCommand = (c: MenuCommand) => {
      if (c === 'undo') wb.undo();
      else if (c === 'redo') wb.redo();
      else if (c === 'save' || c === 'saveAs') void wb.save(c === 'saveAs', t('notice.saveFailed'));
      else if (c === 'open') void openFile(wb, t);
      else if (c === 'new') openTemplate(wb, 'blank', t);
      else if (c === 'run') wb.run(t('run.invalidTitle'));
      else if (c === 'cancelRun') wb.cancelRun();
      else if (c === 'language:en' || c === 'language:zh-CN') {
        const l = c === 'language:en' ? 'en' : 'zh-CN';
        void i18n.changeLanguage(l);
        document.documentElement.lang = l;
        wb.setLanguage(l);
      } else if (c === 'about') wb.notify('info', t('app.name'), [t('app.about')]);
    };
    const offMenu = wb.host.onMenuCommand(onCommand);
    const offOpen = wb.host.onOpenFile((file) => wb.openText(file, { saved: true, errorTitle: t('notice.openFailed', { name: file.name }) }));
    return () => {
      offMenu();
      offOpen();
    };
  }, [wb, t, i18n]);

  return (
    <div className="app">
      <Header />
      <nav className="tabs" role="tablist" aria-label={t('tabs.label')}>
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={view.tab === tab}
            className={`tab${view.tab === tab ? ' tab-active' : ''}`}
            data-testid={`tab-${tab}`}
            onClick={() => wb.setView({ tab })}
          >
            {tab === 'replay' ? <ReplayTabLabel /> : tab === 'sweep' ? <SweepTabLabel /> : t(`tabs.${tab}`)}
            {tab === 'results' && runs.runs.length ? <span className="tab-count">{runs.runs.length}</span> : null}
          </button>
        ))}
      </nav>
      <Notice />
      <main className="app-main">
        {view.tab === 'editor' ? doc ? <EditorView /> : <p className="panel-empty">{t('editor.noDocument')}</p> : view.tab === 'results' ? <ResultsView /> : view.tab === 'replay' ? <ReplayWorkbenchView /> : view.tab === 'sweep' ? <SweepView /> : <CompareView />}
      </main>
    </div>
  );
}
