/**
 * A staffing target per interval, such as "p95wait<=10min": a percentile of the wait of
 * the passengers who reach the station in the interval, at most a limit. Read once, with
 * a clear message for anything else.
 */
import { SimulationError } from '../simulation-error.js';

export interface StaffingTarget {
  /** The percentile as a share (0.95 for p95wait). */
  quantile: number;
  /** The limit, seconds. */
  limitSeconds: number;
  /** The target as the user wrote it, normalised: "p95wait<=600s". */
  text: string;
}

const FORM = /^\s*p(\d{1,2}(?:\.\d+)?)wait\s*(<=|≤|=<)\s*([0-9]+(?:\.[0-9]+)?)\s*(s|sec|min|h)?\s*$/i;

/** Reads "p95wait<=10min" (also p50…p99.9, units s, min or h; seconds without one). */
export function parseStaffingTarget(text: string): StaffingTarget {
  const m = FORM.exec(text);
  if (!m) {
    throw new SimulationError('invalid', `target "${text}": expected pNNwait<=time, e.g. "p95wait<=10min", "p90wait<=300s"`);
  }
  const p = Number(m[1]);
  if (!(p >= 50 && p < 100)) throw new SimulationError('invalid', `target "${text}": expected a percentile from p50 to p99.9, got p${m[1]}`);
  const unit = (m[4] ?? 's').toLowerCase();
  const limit = Number(m[3]) * (unit === 'min' ? 60 : unit === 'h' ? 3600 : 1);
  if (!(limit > 0) || limit > 86_400) throw new SimulationError('invalid', `target "${text}": expected a limit above 0 and at most 24 h`);
  return { quantile: p / 100, limitSeconds: limit, text: `p${m[1]}wait<=${limit}s` };
}

/** Reads an interval such as "15min", "30min", "1h" or "900s" (seconds without a unit). */
export function parseStaffingInterval(text: string): number {
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(s|sec|min|h)?\s*$/i.exec(text);
  const unit = (m?.[2] ?? 's').toLowerCase();
  const v = m ? Number(m[1]) * (unit === 'min' ? 60 : unit === 'h' ? 3600 : 1) : NaN;
  if (!(v >= 300 && v <= 86_400) || !Number.isInteger(v)) {
    throw new SimulationError('invalid', `interval "${text}": expected a whole number of seconds from 5 min to 24 h, e.g. 15min, 30min, 1h`);
  }
  return v;
}
