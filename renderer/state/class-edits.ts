/**
 * Edits of a passenger class's bags (the `bags` list of {count, probability}). Immer
 * recipes over the draft, so each is one undo step; they never "fix" the numbers the
 * planner types — the core validator says at the field when probabilities do not sum to 1
 * or a count appears twice.
 */
import type { Draft } from 'immer';
import type { Scenario } from '../../sim/index.js';

type S = Draft<Scenario>;

/** What a class carries when the planner first turns bags on: one bag, always. */
export const FIRST_BAGS = [{ count: 1, probability: 1 }] as const;

/** Gives a class a bag distribution (one bag, certain) or removes it (no bags: the core's default). */
export function setClassBags(draft: S, classIndex: number, on: boolean): void {
  const c = draft.classes[classIndex];
  if (!c) return;
  if (on) c.bags ??= FIRST_BAGS.map((b) => ({ ...b }));
  else delete c.bags;
}

/** Adds a row for the next bag count not yet listed, with probability 0 (so the sum is unchanged). */
export function addBagRow(draft: S, classIndex: number): void {
  const c = draft.classes[classIndex];
  if (!c) return;
  const bags = (c.bags ??= []);
  const used = new Set(bags.map((b) => b.count));
  let count = 0;
  while (used.has(count)) count++;
  bags.push({ count, probability: 0 });
}

/** Removes one row; removing the last one removes the list (a class without bags). */
export function removeBagRow(draft: S, classIndex: number, row: number): void {
  const c = draft.classes[classIndex];
  if (!c?.bags) return;
  c.bags.splice(row, 1);
  if (c.bags.length === 0) delete c.bags;
}

/** Sets a row's count or probability to what was typed (NaN included: the validator names it). */
export function setBagField(draft: S, classIndex: number, row: number, field: 'count' | 'probability', value: number): void {
  const b = draft.classes[classIndex]?.bags?.[row];
  if (b) b[field] = value;
}

/** The sum of a class's bag probabilities, rounded for display. */
export function bagProbabilitySum(bags: ReadonlyArray<{ probability: number }>): number {
  return Math.round(bags.reduce((a, b) => a + (Number.isFinite(b.probability) ? b.probability : 0), 0) * 1000) / 1000;
}
