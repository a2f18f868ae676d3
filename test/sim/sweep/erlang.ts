/**
 * Known answers for the planner: M/M/c waiting figures from Erlang C, and the smallest
 * number of servers meeting a waiting target, found by counting up from the first stable c.
 */
import { erlangC } from '../model/queueing-formulas.js';

export { erlangC };

/** Mean wait in queue, seconds (λ per second, mean service in seconds). */
export function meanWait(lambda: number, meanService: number, c: number): number {
  const a = lambda * meanService;
  return c <= a ? Infinity : (erlangC(c, a) * meanService) / (c - a);
}

/** P(wait > t) = C(c, a) · exp(−(cμ − λ) t). */
export function probWaitOver(lambda: number, meanService: number, c: number, t: number): number {
  const a = lambda * meanService;
  return c <= a ? 1 : erlangC(c, a) * Math.exp(-(c / meanService - lambda) * t);
}

/** Smallest c with figure(c) ≤ limit. */
export function smallestServers(figure: (c: number) => number, limit: number): number {
  for (let c = 1; c < 1000; c++) if (figure(c) <= limit) return c;
  throw new Error('no c up to 1000 meets the limit');
}
