/**
 * Validation of the document as edited, by JSON path, so each field can show its own
 * message. The checks are the core's (`validateScenario`, then the offered-load check
 * `overloadErrors` that `lanesim validate` makes): the editor never has rules of its own
 * that the CLI would not apply, and never passes a lane that `validate` rejects.
 */
import { overloadErrors, validateScenario, type Scenario, type ValidationError } from '../../sim/index.js';

export interface ValidationView {
  /** No problem at all (the badge says "valid"). */
  ok: boolean;
  /** The scenario is well formed, so a run can start (an overloaded lane is refused by the run itself, unless overload is allowed). */
  runnable: boolean;
  errors: ValidationError[];
  /** Problems by exact JSON path, e.g. `stations[1].servers`. */
  byPath: Map<string, ValidationError[]>;
  /** The validated scenario (clock strings resolved to seconds): what a run gets. */
  scenario?: Scenario;
}

const cache = new WeakMap<object, ValidationView>();

/** Validates (memoised per immutable document object). */
export function validationOf(scenario: Scenario): ValidationView {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const result = validateScenario(scenario);
  const errors = result.ok ? overloadErrors(result.scenario) : result.errors;
  const byPath = new Map<string, ValidationError[]>();
  for (const e of errors) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const view: ValidationView = result.ok ? { ok: errors.length === 0, runnable: true, errors, byPath, scenario: result.scenario } : { ok: false, runnable: false, errors, byPath };
  cache.set(scenario, view);
  return view;
}

/** Messages at a path or below it (for a panel that groups several fields). */
export function messagesUnder(view: ValidationView, prefix: string): ValidationError[] {
  return view.errors.filter((e) => e.path === prefix || e.path.startsWith(prefix + '.') || e.path.startsWith(prefix + '['));
}

/** Builds a JSON path the way the core formats them: `stations[2].service.mean`. */
export function jsonPath(...parts: Array<string | number>): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}
