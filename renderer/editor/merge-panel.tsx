/**
 * Merge in the editor: tick stations that follow each other on one path (and, optionally,
 * a checked-bag X-ray to move onto the baggage system), choose how their times combine,
 * and the core derives the consolidated lane (sim/scenario/consolidate.ts) as one undoable
 * edit. A refused merge shows the core's reason; a done one shows what it removed
 * ("−1 step, −2 queues"). Words in both languages from present/words.
 */
import { useState } from 'react';
import { consolidate, ConsolidateError, laneStructure, type CombineRule, type Scenario, type Station } from '../../sim/index.js';
import { structureDeltaText } from '../../present/insight/consolidation-text.js';
import { consolidationWords } from '../../present/words/consolidation-words.js';
import { useWorkbench } from '../state/context.js';
import { useDisplayNames, useUiLanguage } from '../state/use-display-names.js';

function screensBags(st: Station): boolean {
  return st.perBag !== undefined || (st.alarms ?? []).some((a) => a.per === 'bag');
}

function defaultId(s: Scenario, picked: string[]): string {
  const base = (picked.join('-') || 'merged').slice(0, 60);
  let id = base;
  for (let i = 2; s.stations.some((st) => st.id === id && !picked.includes(id)); i++) id = `${base}-${i}`;
  return id;
}

export function MergePanel({ scenario }: { scenario: Scenario }) {
  const wb = useWorkbench();
  const lang = useUiLanguage();
  const names = useDisplayNames();
  const w = consolidationWords(lang).merge;
  const [picked, setPicked] = useState<string[]>([]);
  const [bags, setBags] = useState<string[]>([]);
  const [into, setInto] = useState('');
  const [rule, setRule] = useState<CombineRule>('sum');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const structure = laneStructure(scenario);
  const main = scenario.stations.filter((st) => st.mode !== 'reclaim' && structure.stations.find((x) => x.id === st.id)?.mainPath && !st.mergedFrom);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const apply = () => {
    const id = into.trim() || defaultId(scenario, picked);
    try {
      const r = consolidate(scenario, { stations: picked, baggageSystem: bags, into: id, service: rule });
      const delta = laneStructure(r.scenario);
      wb.edit((d) => {
        d.stations = r.scenario.stations;
        d.entry = r.scenario.entry;
        if (r.scenario.translations) d.translations = r.scenario.translations;
      });
      wb.setView({ selectedStation: id });
      setMessage({ ok: true, text: w.done.replace('{{delta}}', structureDeltaText({ steps: delta.steps - structure.steps, queues: delta.queues - structure.queues }, lang)) });
      setPicked([]);
      setBags([]);
      setInto('');
    } catch (e) {
      if (!(e instanceof ConsolidateError)) throw e;
      setMessage({ ok: false, text: `${w.refused}: ${e.message}` });
    }
  };
  return (
    <details className="merge-panel" data-testid="merge-panel">
      <summary data-testid="merge-open">{w.button}</summary>
      <p className="hint">{w.hint}</p>
      <fieldset className="merge-stations">
        <legend>{w.title}</legend>
        {main.map((st) => (
          <label key={st.id} className="merge-option">
            <input type="checkbox" data-testid={`merge-pick-${st.id}`} checked={picked.includes(st.id)} disabled={bags.includes(st.id)} onChange={() => setPicked(toggle(picked, st.id))} />
            {names.station(st.id)}
          </label>
        ))}
      </fieldset>
      {main.some(screensBags) ? (
        <fieldset className="merge-stations">
          <legend>{w.baggageSystem}</legend>
          {main.filter(screensBags).map((st) => (
            <label key={st.id} className="merge-option">
              <input type="checkbox" data-testid={`merge-bags-${st.id}`} checked={bags.includes(st.id)} disabled={picked.includes(st.id)} onChange={() => setBags(toggle(bags, st.id))} />
              {names.station(st.id)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="merge-row">
        <label>
          {w.into}{' '}
          <input className="input" data-testid="merge-into" value={into} placeholder={defaultId(scenario, picked)} onChange={(e) => setInto(e.target.value)} />
        </label>
        <label>
          {w.rule}{' '}
          <select className="input" data-testid="merge-rule" value={rule} onChange={(e) => setRule(e.target.value === 'max' ? 'max' : 'sum')}>
            <option value="sum">{w.rules.sum}</option>
            <option value="max">{w.rules.max}</option>
          </select>
        </label>
        <button type="button" className="btn btn-primary" data-testid="merge-apply" disabled={picked.length + bags.length < 2 || picked.length === 0} onClick={apply}>
          {w.apply}
        </button>
      </div>
      {message ? (
        <p className={message.ok ? 'hint' : 'error-list'} role={message.ok ? 'status' : 'alert'} data-testid={message.ok ? 'merge-done' : 'merge-error'}>
          {message.text}
        </p>
      ) : null}
    </details>
  );
}
