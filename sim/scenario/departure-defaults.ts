/**
 * The defaults of a departing flight when the scenario names none: when its passengers reach
 * the lane (the show-up profile, seconds before STD) and by when they must be through it (the
 * cut-off before STD). One table, printed with its basis in docs/model-reference.md
 * ("Departures") and scenarios/README.md; both values are assumptions, said as such there.
 */
import type { Distribution } from './distribution-schema.js';

export interface DepartureDefault<T> {
  value: T;
  basis: string;
}

export const DEPARTURE_DEFAULTS = {
  showUp: {
    value: { dist: 'triangular', min: 2400, mode: 7200, max: 10800 } as Distribution,
    basis:
      'assumption: passengers reach the exit lane (after check-in) between 3 h and 40 min before STD, most about 2 h before (mean 1 h 53 min); airlines ask international passengers to be at the airport 2–3 h before departure, and planning guides (IATA ADRM, ACRP Report 25) model departures by show-up profiles of this shape',
  },
  closeBeforeSeconds: {
    value: 2700,
    basis:
      'assumption: 45 min before STD, the usual close of check-in for international flights at Chinese airports (45–60 min); a passenger still in the lane then is at risk of missing the flight',
  },
} as const;

/** The latest a draw of `d` can be (seconds), or Infinity for an unbounded distribution. */
export function upperBound(d: Distribution): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'uniform':
    case 'triangular':
      return d.max;
    case 'empirical': {
      let m = 0;
      for (const v of d.values) if (v > m) m = v;
      return m;
    }
    default:
      return Infinity;
  }
}
