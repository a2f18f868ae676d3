/**
 * The replay as a tab of the workbench: its label, and the view fed by the workbench's Host,
 * the open document (first, so "replay what I am editing" is one click) and the bundled
 * scenarios. The replay's strings are added to the shell's i18next instance as the
 * `replay` namespace the first time either is rendered (the shell's init would wipe them
 * if added earlier).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoc, useWorkbench } from '../app/context.js';
import { BUNDLED } from '../scenarios/bundled.js';
import { REPLAY_NS, registerReplayStrings } from './i18n-replay.js';
import { ReplayView, type ReplayScenarioChoice, type ReplaySession } from './replay-view.js';

/** The replay left when the user switched tab; it is shown again on return. */
let lastSession: ReplaySession | null = null;
const sessionStore = {
  get: () => lastSession,
  set: (s: ReplaySession | null) => {
    lastSession = s;
  },
};

/** The tab's label ("回放" / "Replay"). */
export function ReplayTabLabel() {
  const { i18n } = useTranslation();
  registerReplayStrings(i18n);
  return <>{i18n.t('title', { ns: REPLAY_NS })}</>;
}

/** The replay view inside the workbench. */
export function ReplayWorkbenchView() {
  const { i18n } = useTranslation();
  registerReplayStrings(i18n);
  const wb = useWorkbench();
  const doc = useDoc();
  const scenario = doc?.scenario;
  const fileName = doc?.fileName;
  const scenarios = useMemo<ReplayScenarioChoice[]>(() => {
    const list: ReplayScenarioChoice[] = BUNDLED.map((b) => ({ id: b.id, name: b.name, json: b.json }));
    if (scenario) list.unshift({ id: '(document)', name: `${scenario.name}${fileName ? ` — ${fileName}` : ''}`, json: scenario });
    return list;
  }, [scenario, fileName]);
  return <ReplayView host={wb.host} scenarios={scenarios} session={sessionStore} />;
}
