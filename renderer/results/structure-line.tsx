/**
 * The lane's structure under a run's title: inspection steps and queues on the main path
 * (computed by the core, sim/scenario/structure.ts), with each class's counts when they
 * differ, in the UI language.
 */
import type { RunResult } from '../../sim/index.js';
import { structureText } from '../../present/insight/consolidation-text.js';
import { consolidationWords } from '../../present/words/consolidation-words.js';
import { useScenarioNames, useUiLanguage } from '../state/use-display-names.js';
import type { RunRecord } from '../state/runs-state.js';

export function StructureLine({ run, result }: { run: RunRecord; result: RunResult }) {
  const lang = useUiLanguage();
  const names = useScenarioNames(run.scenario);
  const s = result.structure;
  if (!s) return null;
  const w = consolidationWords(lang);
  const classes = Object.entries(s.byClass).filter(([, c]) => c.steps !== s.steps || c.queues !== s.queues);
  return (
    <p className="muted" data-testid="structure" data-steps={s.steps} data-queues={s.queues}>
      {w.structure}: <strong>{structureText(s, lang)}</strong>
      {classes.map(([id, c]) => (
        <span key={id}> · {names.passengerClass(id)}: {structureText(c, lang)}</span>
      ))}
    </p>
  );
}
