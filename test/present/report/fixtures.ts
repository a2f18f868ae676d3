/** Real runs of bundled scenarios, few replications, shared by the export tests. */
import { readFileSync } from 'node:fs';
import { run, validateScenario, type RunResult, type Scenario } from '../../../sim/index.js';
import { ROOT } from './browser.js';

export const SEED = 3;
export const REPS = 3;

export function loadScenario(id: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(`${ROOT}scenarios/${id}.json`, 'utf8')));
  if (!v.ok) throw new Error(`${id}: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}

export function runScenario(id: string): { scenario: Scenario; result: RunResult } {
  const scenario = loadScenario(id);
  return { scenario, result: run(scenario, { seed: SEED, replications: REPS }) };
}
