/**
 * The offered-load check as validation errors: one per queue station whose offered load
 * reaches 1, at its `servers` path, with a code and the figures so a UI can phrase it in
 * its own language. `lanesim validate` and the editor's as-you-type check both use this,
 * so they flag the same stations with the same numbers.
 */
import { compileScenario } from '../scenario/compile.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { problem, type ValidationError } from '../scenario/validation-error.js';
import { offeredLoads } from './offered-load.js';

/** Errors for a scenario that `validateScenario` accepted; empty when every station keeps up. */
export function overloadErrors(scenario: Scenario): ValidationError[] {
  const out: ValidationError[] = [];
  for (const l of offeredLoads(compileScenario(scenario))) {
    if (!(l.load >= 1)) continue;
    const i = scenario.stations.findIndex((s) => s.id === l.id);
    const load = Number.isFinite(l.load) ? l.load.toFixed(2) : '∞';
    const values = { station: l.id, load, ratePerHour: Math.round(l.ratePerHour), meanService: l.meanService.toFixed(1), meanServers: l.meanServers.toFixed(1) };
    out.push(
      problem(
        `stations[${i}].servers`,
        'overload',
        values,
        `offered load ${load} at "${l.id}" (${values.ratePerHour} pax/h × ${values.meanService} s on ${values.meanServers} servers); expected a load below 1: add servers or shorten service`,
      ),
    );
  }
  return out;
}
