/**
 * The capacity planner's form and its reading into `planCapacity`'s spec and options. The
 * target is written as the CLI's target text ("border.waitOver5Min<=5%") and read by the
 * core's `parseTarget`, and bounds and replications have the CLI's defaults and limits, so
 * the same inputs give `lanesim plan`'s answer. Shares are typed as percentages, times in
 * seconds. Pure: unit-tested without a DOM.
 */
import {
  DEFAULT_PLAN_MAX_REPLICATIONS,
  DEFAULT_PLAN_REPLICATIONS,
  LIMITS,
  MAX_REPLICATIONS,
  metricInfo,
  parseTarget,
  type MetricName,
  type PlanOptions,
  type PlanSpec,
  type PlanStation,
  type Scenario,
  type Target,
} from '../../sim/index.js';
import { isStationMetric, metricSpecOf, queueStations, readSeed, readWhole, type FormReading } from './sweep-form.js';

export interface PlanStationForm {
  id: string;
  /** Whether the planner may vary this station's servers. */
  vary: boolean;
  /** Empty: the planner's default (1, and 4 × the scenario's, at least 40). */
  min: string;
  max: string;
}

export interface PlanForm {
  metric: MetricName;
  station: string;
  op: '<=' | '>=';
  /** In the metric's display unit: seconds, percent, passengers per hour. */
  value: string;
  stations: PlanStationForm[];
  replications: string;
  maxReplications: string;
  seed: string;
}

export type PlanField = 'metric' | 'station' | 'value' | 'stations' | `min:${string}` | `max:${string}` | 'replications' | 'maxReplications' | 'seed';

export interface PlanRequest {
  spec: PlanSpec;
  options: Pick<PlanOptions, 'seed' | 'replications' | 'maxReplications'> & { seed: number; replications: number; maxReplications: number };
  /** The target as the CLI's --target text, shown so the run can be repeated there. */
  targetText: string;
}

/** Queue stations: the ones the planner can vary (a staffing schedule is scaled by its peak). */
export function plannableStations(scenario: Scenario): string[] {
  return scenario.stations.filter((s) => s.mode === 'queue').map((s) => s.id);
}

/** Today's count as the planner counts it: the constant, or a schedule's peak. */
export function currentServers(scenario: Scenario, id: string): { count: number; scheduled: boolean } {
  const s = scenario.stations.find((x) => x.id === id);
  if (!s || s.servers === undefined) return { count: s?.mode === 'queue' ? 1 : 0, scheduled: false };
  if (typeof s.servers === 'number') return { count: s.servers, scheduled: false };
  return { count: Math.max(0, ...s.servers.map((x) => x.servers)), scheduled: true };
}

/** A first plan: p95 clearance within the scenario's clearance target, varying the bottleneck (else the first plannable station). */
export function defaultPlanForm(scenario: Scenario, bottleneck: string | null = null): PlanForm {
  const ids = plannableStations(scenario);
  const first = bottleneck !== null && ids.includes(bottleneck) ? bottleneck : ids[0];
  return {
    metric: 'p95',
    station: first ?? queueStations(scenario)[0] ?? '',
    op: '<=',
    value: String(scenario.targets?.clearanceSeconds ?? 600),
    stations: ids.map((id) => ({ id, vary: id === first, min: '', max: '' })),
    replications: String(DEFAULT_PLAN_REPLICATIONS),
    maxReplications: String(DEFAULT_PLAN_MAX_REPLICATIONS),
    seed: '',
  };
}

/** Passengers per hour the scenario brings on average over its arrival window (all streams). */
function offeredPerHour(scenario: Scenario): number {
  const hours = scenario.horizon.arrivalsSeconds / 3600;
  let total = 0;
  for (const a of scenario.arrivals) {
    if (a.kind === 'poisson') {
      const steps = a.schedule ?? [];
      total += steps.length ? (steps.reduce((n, s) => n + s.ratePerHour, 0) / steps.length) * hours : (a.ratePerHour ?? 0) * hours;
    } else {
      const rows = (a.kind === 'vehicles' ? a.vehicles : a.flights) as Array<{ passengers: number }>;
      total += rows.reduce((n, r) => n + r.passengers, 0);
    }
  }
  return hours > 0 ? total / hours : 0;
}

/**
 * A sensible first target for a metric, in its unit and better direction: times the
 * scenario's clearance target (or 5 min for a station's wait), shares as percentages (95 %
 * cleared within target, 85 % utilisation, 5 % waiting over 5 min), throughput 90 % of the
 * passengers the scenario brings per hour.
 */
export function defaultTarget(metric: MetricName, scenario: Scenario): Pick<PlanForm, 'op' | 'value'> {
  const info = metricInfo(metricSpecOf(metric, ''));
  const op = info.better === 'lower' ? '<=' : '>=';
  const values: Record<MetricName, number> = {
    mean: scenario.targets?.clearanceSeconds ?? 600,
    p95: scenario.targets?.clearanceSeconds ?? 600,
    withinTarget: 95,
    throughput: Math.max(10, Math.round((offeredPerHour(scenario) * 0.9) / 10) * 10),
    meanWait: 300,
    p95Wait: 300,
    utilization: 85,
    waitOver5Min: 5,
  };
  return { op, value: String(values[metric]) };
}

/**
 * Picks another target metric. A value typed for a metric of the same unit and direction is
 * kept (p95 → mean clearance); otherwise value and comparator start again from the new
 * metric's default, so "1800" seconds never reads as "1800 %".
 */
export function switchPlanMetric(form: PlanForm, metric: MetricName, scenario: Scenario): PlanForm {
  if (metric === form.metric) return form;
  const before = metricInfo(metricSpecOf(form.metric, ''));
  const after = metricInfo(metricSpecOf(metric, ''));
  if (before.unit === after.unit && before.better === after.better) return { ...form, metric };
  return { ...form, metric, ...defaultTarget(metric, scenario) };
}

/** Follows the scenario: stations added appear (not varied), removed ones go. */
export function reconcilePlanForm(form: PlanForm, scenario: Scenario): PlanForm {
  const ids = plannableStations(scenario);
  const same = ids.length === form.stations.length && ids.every((id, i) => form.stations[i].id === id);
  const stations = same ? form.stations : ids.map((id) => form.stations.find((s) => s.id === id) ?? { id, vary: false, min: '', max: '' });
  const station = scenario.stations.some((s) => s.id === form.station) ? form.station : (queueStations(scenario)[0] ?? '');
  return same && station === form.station ? form : { ...form, stations, station };
}

/** The CLI's target text for the form's metric, comparator and value ("border.p95Wait<=300"). */
export function targetText(form: Pick<PlanForm, 'metric' | 'station' | 'op' | 'value'>): string {
  const key = isStationMetric(form.metric) ? `${form.station}.${form.metric}` : form.metric;
  const unit = metricInfo(metricSpecOf(form.metric, form.station)).unit;
  return `${key}${form.op}${form.value.trim()}${unit === 'share' ? '%' : ''}`;
}

/** Reads the form into the planner's spec and options, or says what is wrong with which field. */
export function readPlanForm(form: PlanForm, scenario: Scenario): FormReading<PlanRequest, PlanField> {
  const errors: Partial<Record<PlanField, string>> = {};
  let target: Target | null = null;
  const text = targetText(form);
  if (isStationMetric(form.metric) && !scenario.stations.some((s) => s.id === form.station)) {
    errors.station = `unknown station id "${form.station}"`;
  } else if (!/^\s*\d+(\.\d+)?\s*$/.test(form.value)) {
    errors.value = `expected a number ≥ 0, got "${form.value.trim()}"`;
  } else {
    try {
      target = parseTarget(text);
    } catch (e) {
      errors.value = e instanceof Error ? e.message : String(e);
    }
  }
  const stations: PlanStation[] = [];
  for (const s of form.stations.filter((x) => x.vary)) {
    const bound = (raw: string, field: PlanField): number | undefined => {
      if (raw.trim() === '') return undefined;
      const v = readWhole(raw, 0, LIMITS.servers);
      if (!v.ok) errors[field] = v.message;
      return v.ok ? v.value : undefined;
    };
    const min = bound(s.min, `min:${s.id}`);
    const max = bound(s.max, `max:${s.id}`);
    if (min !== undefined && max !== undefined && max < min) errors[`max:${s.id}`] = `expected at least the minimum ${min}, got ${max}`;
    stations.push({ id: s.id, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
  }
  if (stations.length === 0) errors.stations = 'expected at least one station whose servers may vary';
  const reps = readWhole(form.replications, 2, MAX_REPLICATIONS);
  if (!reps.ok) errors.replications = reps.message;
  const cap = form.maxReplications.trim() === '' && reps.ok ? ({ ok: true, value: Math.max(reps.value, DEFAULT_PLAN_MAX_REPLICATIONS) } as const) : readWhole(form.maxReplications, reps.ok ? reps.value : 2, MAX_REPLICATIONS);
  if (!cap.ok) errors.maxReplications = cap.message;
  const seed = readSeed(form.seed, scenario);
  if (!seed.ok) errors.seed = seed.message;
  if (Object.keys(errors).length > 0 || !target || !reps.ok || !cap.ok || !seed.ok) return { ok: false, errors };
  return {
    ok: true,
    value: { spec: { stations, target }, options: { seed: seed.value, replications: reps.value, maxReplications: cap.value }, targetText: text },
  };
}
