/**
 * The time-series interval a run uses when none is given, shared by the run and by the
 * volume estimate in validation (which must count the same number of samples).
 */
const NICE_INTERVALS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 14400];

/** Picks the series interval so a chart has at most about 240 points over the horizon. */
export function defaultInterval(arrivalsSeconds: number): number {
  return NICE_INTERVALS.find((i) => arrivalsSeconds / i <= 240) ?? 14400;
}
