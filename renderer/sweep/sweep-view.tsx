/**
 * The Sweep & Plan view of the workbench: sweeps of one or two parameters and the capacity
 * planner, on the open document. Self-contained: it brings its own strings (namespace
 * `sweep`, added to the shell's i18next instance on first render: the shell's init would wipe
 * them if added earlier), its own worker entry and its own state, which lives in one session
 * per window so a sweep goes on while the planner looks at another tab.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateScenario } from '../../sim/index.js';
import { useDoc, useRuns } from '../state/context.js';
import { bottleneckStation } from '../../present/insight/bottleneck.js';
import { useStore } from '../state/store.js';
import { useScenarioNames } from '../state/use-display-names.js';
import { registerSweepStrings, SWEEP_NS } from '../i18n/namespaces.js';
import { PlanPanel } from './plan-panel.js';
import { StaffPanel } from './staff-panel.js';
import { SweepPanel } from './sweep-panel.js';
import { SweepSession } from './sweep-session.js';
import './sweep.css';

let session: SweepSession | null = null;

/** The window's one sweep session (created on first use, with real Web Workers). */
export function sweepSession(): SweepSession {
  session ??= new SweepSession();
  return session;
}

/** The tab's label ("扫描与规划" / "Sweep & plan"); registers the strings like the view. */
export function SweepTabLabel() {
  const { i18n } = useTranslation();
  registerSweepStrings(i18n);
  return <>{i18n.t('tab', { ns: SWEEP_NS })}</>;
}

export function SweepView() {
  const { i18n } = useTranslation();
  registerSweepStrings(i18n);
  const { t } = useTranslation(SWEEP_NS);
  const doc = useDoc();
  const s = sweepSession();
  const state = useStore(s.state);
  const checked = useMemo(() => (doc ? validateScenario(doc.scenario) : null), [doc]);
  const scenario = checked?.ok ? checked.scenario : null;
  const names = useScenarioNames(scenario);
  const docKey = doc ? `${doc.fileName}\u0000${doc.path ?? ''}` : null;
  // Forms start from the bottleneck: the latest run of this document's, else the highest offered load.
  const runs = useRuns();
  const latest = useMemo(() => [...runs.runs].reverse().find((r) => r.sourceKey === docKey)?.result ?? null, [runs, docKey]);
  const start = useMemo(() => (scenario ? bottleneckStation(scenario, latest) : null), [scenario, latest]);
  useEffect(() => {
    if (docKey && scenario) s.sync(docKey, scenario, start);
  }, [s, docKey, scenario, start]);

  if (!doc) return <p className="panel-empty">{t('noDocument')}</p>;
  if (!scenario) return <p className="panel-empty" data-testid="sweep-invalid">{t('invalidScenario')}</p>;
  const ready = state.docKey === docKey && state.sweepForm && state.planForm;
  return (
    <div className="sweep" data-testid="sweep-view">
      <nav className="subtabs" role="tablist" aria-label={t('title')}>
        {(['sweep', 'plan', 'staff'] as const).map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={state.panel === p}
            className={`subtab${state.panel === p ? ' subtab-active' : ''}`}
            data-testid={`sweep-panel-${p}`}
            onClick={() => s.update((v) => ({ ...v, panel: p }))}
          >
            {t(`panels.${p}`)}
            {(p === 'sweep' ? state.sweep.running : p === 'plan' ? state.plan.running : state.staff.running) ? <span className="sweep-busy-dot" aria-hidden="true" /> : null}
          </button>
        ))}
        <span className="subtabs-spacer" />
        <span className="muted sweep-scenario">{t('scenario', { name: names.scenario })}</span>
      </nav>
      {ready ? (
        state.panel === 'sweep' ? (
          <SweepPanel session={s} scenario={scenario} fileName={doc.fileName} />
        ) : state.panel === 'plan' ? (
          <PlanPanel session={s} scenario={scenario} fileName={doc.fileName} />
        ) : (
          <StaffPanel session={s} scenario={scenario} fileName={doc.fileName} />
        )
      ) : null}
    </div>
  );
}
