/**
 * Validation of the document as edited, by JSON path, so each field can show its own
 * message. The checks are the core's (`validateScenario`): the editor never has rules of its
 * own that the CLI would not apply.
 */
import { validateScenario, type Scenario, type ValidationError } from '../../sim/index.js';

export interface ValidationView {
  ok: boolean;
  errors: ValidationError[];
  /** Messages by exact JSON path, e.g. `stations[1].servers`. */
  byPath: Map<string, string[]>;
  /** The validated scenario (clock strings resolved to seconds): what a run gets. */
  scenario?: Scenario;
}

const cache = new WeakMap<object, ValidationView>();

/** Validates (memoised per immutable document object). */
export function validationOf(scenario: Scenario): ValidationView {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const result = validateScenario(scenario);
  const errors = result.ok ? [] : result.errors;
  const byPath = new Map<string, string[]>();
  for (const e of errors) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  const view: ValidationView = result.ok ? { ok: true, errors, byPath, scenario: result.scenario } : { ok: false, errors, byPath };
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
