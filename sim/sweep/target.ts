/**
 * A level-of-service target such as "p95 ≤ 600" (p95 clearance at most 10 minutes) or
 * "border.waitOver5Min ≤ 5%" (at most 5 % wait over 5 minutes at border control), and the
 * sound reading of it against a simulated figure: the target counts as met only when the
 * whole 95 % interval is on the right side, as missed only when the whole interval is on
 * the wrong side; in between the run cannot tell yet.
 */
import { SimulationError } from '../simulation-error.js';
import { metricInfo, metricKey, metricLabel, parseMetric, type MetricSpec, type MetricValue } from './metrics.js';

export interface Target {
  metric: MetricSpec;
  op: '<=' | '>=';
  value: number;
}

export type Verdict = 'meets' | 'fails' | 'straddles';

const FORM = /^\s*([A-Za-z0-9_.-]+?)\s*(<=|>=|≤|≥|=<|=>)\s*([0-9.eE+-]+)\s*(%|s|min|h)?\s*$/;

/**
 * Reads "metric<=value" (or ≤, ≥, >=). The value is in the metric's unit: seconds for
 * times (or with a unit: "10min"), a share from 0 to 1 for shares (or a percentage: "5%").
 */
export function parseTarget(text: string, station?: string): Target {
  const m = FORM.exec(text);
  if (!m) {
    throw new SimulationError('invalid', `target "${text}": expected metric<=value or metric>=value, e.g. "p95<=600", "withinTarget>=0.95", "border.waitOver5Min<=5%"`);
  }
  const metric = parseMetric(m[1], station);
  const op = m[2] === '<=' || m[2] === '≤' || m[2] === '=<' ? '<=' : '>=';
  let value = Number(m[3]);
  if (!Number.isFinite(value)) throw new SimulationError('invalid', `target "${text}": expected a number after ${m[2]}, got "${m[3]}"`);
  const unit = m[4];
  const info = metricInfo(metric);
  if (unit === '%') {
    if (info.unit !== 'share') throw new SimulationError('invalid', `target "${text}": ${metricKey(metric)} is in ${info.unit}, not a percentage`);
    value /= 100;
  } else if (unit === 'min' || unit === 'h' || unit === 's') {
    if (info.unit !== 's') throw new SimulationError('invalid', `target "${text}": ${metricKey(metric)} is in ${info.unit}, not a time`);
    value *= unit === 'min' ? 60 : unit === 'h' ? 3600 : 1;
  }
  if (info.unit === 'share' && (value < 0 || value > 1)) {
    throw new SimulationError('invalid', `target "${text}": ${metricKey(metric)} is a share from 0 to 1 (or 0% to 100%), got ${value}`);
  }
  if (value < 0) throw new SimulationError('invalid', `target "${text}": expected a value ≥ 0`);
  return { metric, op, value };
}

/** "p95 clearance ≤ 600 s", "share waiting over 5 min at border ≤ 5 %". */
export function targetLabel(t: Target): string {
  const unit = metricInfo(t.metric).unit;
  const shown = unit === 'share' ? `${+(t.value * 100).toFixed(4)} %` : `${t.value} ${unit}`;
  return `${metricLabel(t.metric)} ${t.op === '<=' ? '≤' : '≥'} ${shown}`;
}

/** Where the metric's 95 % interval lies relative to the target. */
export function verdict(m: MetricValue, t: Target): Verdict {
  const [lo, hi] = m.ci95;
  if (t.op === '<=') return hi <= t.value ? 'meets' : lo > t.value ? 'fails' : 'straddles';
  return lo >= t.value ? 'meets' : hi < t.value ? 'fails' : 'straddles';
}

/** How far the figure is from the target, positive when on the good side (for ranking moves). */
export function slack(value: number, t: Target): number {
  return t.op === '<=' ? t.value - value : value - t.value;
}
