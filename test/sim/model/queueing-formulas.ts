/** Closed-form queueing results the model is checked against. */

/** Erlang C: probability that an arriving customer waits in an M/M/c queue. */
export function erlangC(c: number, offered: number): number {
  // offered = λ/μ in Erlangs; computed with the stable Erlang B recursion.
  let b = 1;
  for (let k = 1; k <= c; k++) b = (offered * b) / (k + offered * b);
  const rho = offered / c;
  return b / (1 - rho + rho * b);
}

/** Mean wait in queue for M/M/c, rates per second. */
export function mmcMeanWait(lambda: number, meanService: number, c: number): number {
  const offered = lambda * meanService;
  return erlangC(c, offered) / (c / meanService - lambda);
}

/** Mean wait in queue for M/G/1 (Pollaczek–Khinchine): λ E[S²] / (2 (1 − ρ)). */
export function mg1MeanWait(lambda: number, meanService: number, varService: number): number {
  const rho = lambda * meanService;
  return (lambda * (varService + meanService * meanService)) / (2 * (1 - rho));
}
