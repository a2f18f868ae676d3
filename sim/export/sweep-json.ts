/**
 * Sweep and capacity-plan results as JSON text: the `lanesim/sweep@1` and `lanesim/plan@1`
 * objects, indented by two spaces and ending with a newline, exactly as `lanesim sweep
 * --format json` and `lanesim plan --format json` print them. The UI's export saves the same
 * text, so a file saved from either can be diffed against the other.
 */
import type { PlanResult } from '../sweep/capacity-plan.js';
import type { SweepResult } from '../sweep/sweep.js';

function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function sweepJson(result: SweepResult): string {
  return jsonText(result);
}

export function planJson(plan: PlanResult): string {
  return jsonText(plan);
}
