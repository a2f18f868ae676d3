/**
 * What the workbench calls a scenario's stations, classes, checks and flights in the UI's
 * language: the core's `displayNames` (translation → label → id), kept per scenario object
 * and language so every view of one document asks once and gets the same answer. Pure (a
 * cache keyed by the immutable scenario), so it is unit-tested without React.
 */
import { displayNames, own, validateScenario, type DisplayNames, type Scenario } from '../../sim/index.js';
import { CHECK_NAMES } from '../../present/words/check-names.js';
import type { RunRecord } from './runs-state.js';
import { runName } from './runs-state.js';
import { changesSummary } from '../../present/words/change-words.js';

const cache = new WeakMap<Scenario, Map<string, DisplayNames>>();

/** The scenario's names in `lang`, the same object for the same scenario and language. */
export function namesFor(scenario: Scenario, lang: string): DisplayNames {
  let byLang = cache.get(scenario);
  if (!byLang) {
    byLang = new Map();
    cache.set(scenario, byLang);
  }
  let names = byLang.get(lang);
  if (!names) {
    names = withCheckFallback(displayNames(scenario, lang), lang);
    byLang.set(lang, names);
  }
  return names;
}

/** Checks the scenario does not translate take LaneSim's own name for them, if it has one. */
function withCheckFallback(names: DisplayNames, lang: string): DisplayNames {
  const table = CHECK_NAMES[lang === 'zh-CN' ? 'zh-CN' : 'en'];
  return {
    ...names,
    check: (name) => {
      const translated = names.check(name);
      return translated !== name ? translated : (own(table, name) ?? name);
    },
  };
}

/** Names when no document is open: ids as they are. */
export const IDENTITY_NAMES: DisplayNames = {
  scenario: '',
  description: '',
  station: (id) => id,
  passengerClass: (id) => id,
  check: (name) => name,
  flight: (id) => id,
};

/**
 * A session run's name in `lang`: its scenario's translated name, what it changed against
 * its file ("边检人工通道 8 → 10"), and the time it finished; two runs of one lane with
 * different desks are named apart.
 */
export function runTitle(run: Pick<RunRecord, 'scenario' | 'finishedAt' | 'changes'>, lang: string): string {
  const names = namesFor(run.scenario, lang);
  const changed = changesSummary(run.changes, lang === 'en' ? 'en' : 'zh-CN', names.station);
  return runName(changed ? `${names.scenario} · ${changed}` : names.scenario, run.finishedAt);
}

const bundledNames = new WeakMap<object, Scenario | null>();

/**
 * A bundled scenario's (or any scenario JSON's) name in `lang` for a picker. The file is read
 * as any scenario (validated once); one that does not validate keeps the name written in it,
 * and opening it shows its errors.
 */
export function bundledTitle(b: { json: unknown; name: string }, lang: string): string {
  const json = b.json;
  if (typeof json !== 'object' || json === null) return b.name;
  let scenario = bundledNames.get(json);
  if (scenario === undefined) {
    const v = validateScenario(json);
    scenario = v.ok ? v.scenario : null;
    bundledNames.set(json, scenario);
  }
  return scenario ? namesFor(scenario, lang).scenario : b.name;
}
