/**
 * Starts the workbench: picks the Host (desktop or browser), the remembered language,
 * offers back an autosaved document left by a session that did not close cleanly, and
 * otherwise opens the first bundled scenario (or a template) so there is always a lane.
 */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { selectHost } from './host/select-host.js';
import { storedLanguage } from './host/browser-host.js';
import { DEFAULT_LANGUAGE, setupI18n } from './i18n/setup.js';
import { App } from './app/app.js';
import { WorkbenchContext } from './state/context.js';
import { Workbench } from './state/workbench.js';
import { openTemplate } from './app/open-actions.js';
import { BUNDLED } from './scenarios/bundled.js';
import './styles.css';

const host = selectHost();
const language = storedLanguage(window.localStorage) ?? DEFAULT_LANGUAGE;
const i18n = setupI18n(language);
const wb = new Workbench(host, language);

async function start(): Promise<void> {
  const recovered = await host.takeRecovery().catch(() => null);
  if (recovered && wb.openText(recovered, { saved: false, errorTitle: i18n.t('notice.recoveryFailed') })) {
    wb.notify('info', i18n.t('notice.recovered'));
    return;
  }
  const first = BUNDLED.find((b) => b.id.includes('entry-classic')) ?? BUNDLED[0];
  if (!first || !wb.openText({ name: first.fileName, text: JSON.stringify(first.json) }, { saved: true, errorTitle: i18n.t('notice.openFailed', { name: first.fileName }) })) {
    openTemplate(wb, 'entry-lane');
  }
}

void start();

const rootEl = document.getElementById('root');
if (rootEl) {
  createRoot(rootEl).render(
    <StrictMode>
      <WorkbenchContext.Provider value={wb}>
        <App />
      </WorkbenchContext.Provider>
    </StrictMode>,
  );
}
