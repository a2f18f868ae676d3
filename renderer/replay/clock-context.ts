/**
 * The scenario's clock for every replay panel (clock, timeline, bookmarks, follow panel):
 * with a startTime the replay reads the port's time of day, without one elapsed time.
 */
import { createContext, useCallback, useContext } from 'react';
import type { ScenarioClock } from '../../sim/index.js';
import { fmtReplayClock } from '../../present/format.js';

export const ReplayClockContext = createContext<ScenarioClock | null>(null);

/** The replay's clock formatter: `fmtReplayClock` with the scenario's clock. */
export function useFormatClock(): (seconds: number) => string {
  const clock = useContext(ReplayClockContext);
  return useCallback((seconds: number) => fmtReplayClock(seconds, clock), [clock]);
}
