/**
 * The values a sweep visits, from the forms people type: a list "2,4,6" or an inclusive
 * range "from:to:step" ("2:10:2" is 2, 4, 6, 8, 10). Shared by the CLI and the UI so both
 * read the same text the same way.
 */
import { SimulationError } from '../simulation-error.js';

/** More points than this is almost certainly a typo in a step (and hours of running). */
export const MAX_SWEEP_VALUES = 500;

function num(text: string, what: string): number {
  const t = text.trim();
  const v = t === '' ? NaN : Number(t);
  if (!Number.isFinite(v)) throw new SimulationError('invalid', `${what}: expected a number, got "${text.trim()}"`);
  return v;
}

/** "2,4,6" → [2, 4, 6]; duplicates are refused (they would be the same point twice). */
export function parseValueList(text: string, what = 'values'): number[] {
  const parts = text.split(',');
  const values = parts.map((p, i) => num(p, `${what} item ${i + 1}`));
  if (values.length > MAX_SWEEP_VALUES) throw new SimulationError('invalid', `${what}: expected at most ${MAX_SWEEP_VALUES} values, got ${values.length}`);
  const seen = new Set<number>();
  for (const v of values) {
    if (seen.has(v)) throw new SimulationError('invalid', `${what}: ${v} is listed twice`);
    seen.add(v);
  }
  return values;
}

/** "from:to:step", inclusive of `to` when the steps land on it (within rounding). */
export function parseRange(text: string, what = 'range'): number[] {
  const parts = text.split(':');
  if (parts.length !== 3) throw new SimulationError('invalid', `${what}: expected from:to:step such as 2:10:2, got "${text}"`);
  const [from, to, step] = parts.map((p, i) => num(p, `${what} ${['from', 'to', 'step'][i]}`));
  if (!(step > 0)) throw new SimulationError('invalid', `${what}: expected a step > 0, got ${step}`);
  if (to < from) throw new SimulationError('invalid', `${what}: expected to ≥ from, got ${from}:${to}`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_VALUES) throw new SimulationError('invalid', `${what}: expected at most ${MAX_SWEEP_VALUES} values, got ${count}`);
  // Values computed from the index (not by repeated addition) and rounded to the step's
  // decimals, so 0.1:0.3:0.1 gives 0.1, 0.2, 0.3 and not 0.30000000000000004.
  const decimals = Math.max(...[from, step].map((v) => (String(v).split('.')[1] ?? '').length));
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(Math.min(12, decimals))));
}
