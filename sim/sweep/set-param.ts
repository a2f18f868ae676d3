/**
 * Setting a parameter: a new scenario (the input is never mutated), validated again, so a
 * value the format does not allow (2.5 servers, a probability of 1.2, a negative mean) is
 * refused with the path and the validator's expectation rather than run.
 */
import type { Scenario } from '../scenario/scenario-schema.js';
import { validateScenario } from '../scenario/validate.js';
import { ParamPathError, parseParamPath, setParamRaw, type ParamPath } from './param-path.js';

/** The scenario with the number at `path` set to `value` (or the arrivals scaled by it). */
export function setParam(scenario: Scenario, path: ParamPath | string, value: number): Scenario {
  return setParams(scenario, [[path, value]]);
}

/** Sets several parameters in order, then validates once (a pair may only be valid together). */
export function setParams(scenario: Scenario, assignments: ReadonlyArray<readonly [ParamPath | string, number]>): Scenario {
  let json: unknown = scenario;
  const parsed = assignments.map(([p, v]) => [typeof p === 'string' ? parseParamPath(p) : p, v] as const);
  for (const [path, value] of parsed) json = setParamRaw(json, path, value);
  const checked = validateScenario(json);
  if (!checked.ok) {
    const what = parsed.map(([p, v]) => `${p.text} = ${v}`).join(', ');
    const detail = checked.errors
      .slice(0, 5)
      .map((e) => `${e.path || '(scenario)'}: ${e.message}`)
      .join('; ');
    throw new ParamPathError(parsed.map(([p]) => p.text).join(', '), `setting ${what} makes the scenario invalid: ${detail}`);
  }
  return checked.scenario;
}
