/**
 * The sweep form as the planner fills it in (texts as typed, so "4a" stays on screen), and
 * its reading into the core's request: the same value parsers (`parseValueList`,
 * `parseRange`), metric names and defaults as `lanesim sweep`, so the same inputs give the
 * CLI's numbers. Every problem is reported against its field; nothing runs until none is
 * left. Pure: unit-tested without a DOM.
 */
import {
  DEFAULT_REPLICATIONS,
  LANE_METRICS,
  MAX_REPLICATIONS,
  parseRange,
  parseValueList,
  STATION_METRICS,
  type MetricName,
  type MetricSpec,
  type Scenario,
  type SweepSpec,
} from '../../sim/index.js';
import { checkParamPath, paramChoices, suggestValues } from './param-choices.js';
import { fmtParam } from '../../present/sweep-format.js';

export type ValuesMode = 'list' | 'range';

export interface ParamForm {
  /** The path typed or picked. */
  path: string;
  mode: ValuesMode;
  values: string;
}

export interface SweepForm {
  params: [ParamForm] | [ParamForm, ParamForm];
  metric: MetricName;
  /** The station of a station metric. */
  station: string;
  replications: string;
  /** Empty: the scenario's seed (as the CLI). */
  seed: string;
}

export type SweepField = 'path0' | 'values0' | 'path1' | 'values1' | 'metric' | 'station' | 'replications' | 'seed';

export interface SweepRequest {
  spec: SweepSpec;
  seed: number;
  replications: number;
}

export type FormReading<T, F extends string> = { ok: true; value: T } | { ok: false; errors: Partial<Record<F, string>> };

export function isStationMetric(name: MetricName): boolean {
  return (STATION_METRICS as readonly string[]).includes(name);
}

export const ALL_METRICS: readonly MetricName[] = [...LANE_METRICS, ...STATION_METRICS];

/** Queue stations: the ones whose waits and servers a planner asks about. */
export function queueStations(scenario: Scenario): string[] {
  return scenario.stations.filter((s) => s.mode === 'queue').map((s) => s.id);
}

/** A param form for a path, with values suggested around the scenario's own value. */
export function paramFormFor(scenario: Scenario, path: string): ParamForm {
  const choice = paramChoices(scenario).find((c) => c.path === path);
  const checked = checkParamPath(scenario, path);
  const kind = choice?.kind ?? (/\.servers$/.test(path) ? 'servers' : 'serviceMean');
  const base = choice?.base ?? (checked.ok ? checked.base : 1);
  const suggested = suggestValues(kind, base);
  return { path, mode: suggested.mode, values: suggested.text };
}

/**
 * The form for a newly opened scenario: p95 clearance against the servers of the bottleneck
 * (`bottleneck`, from present/insight/bottleneck.ts: the latest run's, else the highest
 * offered load), else of the first queue station with a server count, else the arrivals.
 */
export function defaultSweepForm(scenario: Scenario, bottleneck: string | null = null): SweepForm {
  const choices = paramChoices(scenario);
  const first = choices.find((c) => c.kind === 'servers' && c.owner === bottleneck) ?? choices.find((c) => c.kind === 'servers') ?? choices[0];
  const station = bottleneck !== null && scenario.stations.some((s) => s.id === bottleneck) ? bottleneck : first.kind === 'servers' && first.owner ? first.owner : (queueStations(scenario)[0] ?? scenario.stations[0]?.id ?? '');
  return {
    params: [paramFormFor(scenario, first.path)],
    metric: 'p95',
    station,
    replications: String(DEFAULT_REPLICATIONS), // the same default as `lanesim sweep`
    seed: '',
  };
}

/** Keeps a form usable after the scenario changed: a station metric's station must still exist. */
export function reconcileSweepForm(form: SweepForm, scenario: Scenario): SweepForm {
  if (scenario.stations.some((s) => s.id === form.station)) return form;
  return { ...form, station: queueStations(scenario)[0] ?? scenario.stations[0]?.id ?? '' };
}

export function readValues(mode: ValuesMode, text: string): { ok: true; values: number[] } | { ok: false; message: string } {
  try {
    return { ok: true, values: mode === 'list' ? parseValueList(text) : parseRange(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** A whole number in [min, max], or the reason it is not. */
export function readWhole(text: string, min: number, max: number): { ok: true; value: number } | { ok: false; message: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t) || Number(t) < min || Number(t) > max) return { ok: false, message: `expected a whole number from ${min} to ${max}, got "${t}"` };
  return { ok: true, value: Number(t) };
}

/** Seed as the CLI reads it: empty means the scenario's own seed (else 1). */
export function readSeed(text: string, scenario: Scenario): { ok: true; value: number } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: scenario.seed ?? 1 };
  return readWhole(text, 0, 2 ** 32 - 1);
}

export function metricSpecOf(name: MetricName, station: string): MetricSpec {
  return isStationMetric(name) ? ({ name, station } as MetricSpec) : ({ name } as MetricSpec);
}

/** Reads the form into a sweep request, or says what is wrong with which field. */
export function readSweepForm(form: SweepForm, scenario: Scenario): FormReading<SweepRequest, SweepField> {
  const errors: Partial<Record<SweepField, string>> = {};
  const params: SweepSpec['params'] = [];
  form.params.forEach((p, i) => {
    const pathField = `path${i}` as SweepField;
    const valuesField = `values${i}` as SweepField;
    const path = checkParamPath(scenario, p.path);
    if (!path.ok) errors[pathField] = path.message;
    const values = readValues(p.mode, p.values);
    if (!values.ok) errors[valuesField] = values.message;
    if (path.ok && values.ok) params.push({ path: path.path, values: values.values });
  });
  if (params.length === 2 && params[0].path === params[1].path) errors.path1 = 'the two parameters are the same';
  if (!ALL_METRICS.includes(form.metric)) errors.metric = `unknown metric "${form.metric}"`;
  if (isStationMetric(form.metric) && !scenario.stations.some((s) => s.id === form.station)) {
    errors.station = `unknown station id "${form.station}" (known: ${scenario.stations.map((s) => s.id).join(', ')})`;
  }
  const reps = readWhole(form.replications, 1, MAX_REPLICATIONS);
  if (!reps.ok) errors.replications = reps.message;
  const seed = readSeed(form.seed, scenario);
  if (!seed.ok) errors.seed = seed.message;
  if (Object.keys(errors).length > 0 || !reps.ok || !seed.ok) return { ok: false, errors };
  return { ok: true, value: { spec: { params, metric: metricSpecOf(form.metric, form.station) }, seed: seed.value, replications: reps.value } };
}

/**
 * Switching list ⇄ range keeps the values where it can: a list becomes "first:last:step"
 * when evenly spaced, a range becomes its list.
 */
export function convertValues(values: number[], to: 'list' | 'range'): string {
  if (to === 'list') return values.map(fmtParam).join(',');
  if (values.length < 2) return values.length ? `${fmtParam(values[0])}:${fmtParam(values[0])}:1` : '';
  const step = values[1] - values[0];
  const even = step > 0 && values.every((v, i) => Math.abs(v - (values[0] + i * step)) < 1e-9 * Math.max(1, Math.abs(v)));
  return even ? `${fmtParam(values[0])}:${fmtParam(values[values.length - 1])}:${fmtParam(step)}` : values.map(fmtParam).join(',');
}
