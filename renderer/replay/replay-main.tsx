/**
 * Standalone replay page (`replay.html`): the replay view with the browser or desktop Host,
 * the bundled scenarios, and its own language
 * switch. Lets trainers and the end-to-end tests use the replay before (and besides) the
 * workbench's tab.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Host, Language } from '../host/host-api.js';
import { storedLanguage } from '../host/browser-host.js';
import { selectHost } from '../host/select-host.js';
import { registerReplayStrings } from '../i18n/namespaces.js';
import { ReplayView, type ReplayScenarioChoice } from './replay-view.js';

const bundled = import.meta.glob('../../scenarios/*.json', { eager: true, import: 'default' });

function choices(modules: Record<string, unknown>): ReplayScenarioChoice[] {
  return Object.entries(modules)
    .map(([path, json]) => {
      const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
      const name = typeof json === 'object' && json !== null && typeof (json as { name?: unknown }).name === 'string' ? (json as { name: string }).name : id;
      return { id, name, json };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

const scenarios = choices(bundled);
const params = new URLSearchParams(window.location.search);
const asked = params.get('lang');
const host: Host = selectHost();
const first: Language = asked === 'en' || asked === 'zh-CN' ? asked : (storedLanguage(window.localStorage) ?? 'zh-CN');
const wanted = params.get('scenario');
const ordered = wanted ? [...scenarios.filter((s) => s.id === wanted), ...scenarios.filter((s) => s.id !== wanted)] : scenarios;

void i18next.use(initReactI18next).init({ resources: {}, lng: first, fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });
registerReplayStrings(i18next);
document.documentElement.lang = first;

function Page() {
  const [, setLang] = useState<Language>(first);
  return (
    <ReplayView
      host={host}
      scenarios={ordered}
      onLanguageChange={(l) => {
        void i18next.changeLanguage(l);
        document.documentElement.lang = l;
        host.setLanguage(l);
        setLang(l);
      }}
    />
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
}
