/**
 * Names on screen for parameters and metrics in the current language: a picked parameter
 * reads "Border desks · servers" (or "边检人工通道 · …"), stations and checks by the
 * scenario's display names; a typed path that the picker does not list shows as typed.
 */
import type { TFunction } from 'i18next';
import type { DisplayNames, MetricName, Scenario } from '../../sim/index.js';
import { paramChoices, type ParamChoice } from './param-choices.js';
import { isStationMetric } from './sweep-form.js';

/** Station-owned parameters are named by the station's display name; streams keep their id. */
export function choiceLabel(t: TFunction, c: ParamChoice, names: Pick<DisplayNames, 'station' | 'check'>): string {
  const stationOwned = c.kind === 'servers' || c.kind === 'serviceMean' || c.kind === 'serviceValue' || c.kind === 'alarm';
  const owner = stationOwned && c.owner ? names.station(c.owner) : (c.ownerLabel ?? '');
  return t(`kinds.${c.kind}`, { owner, check: c.check ? names.check(c.check) : '' });
}

export function paramLabel(t: TFunction, scenario: Scenario, path: string, names: Pick<DisplayNames, 'station' | 'check'>): string {
  const c = paramChoices(scenario).find((x) => x.path === path);
  return c ? choiceLabel(t, c, names) : path;
}

export function metricLabelOf(t: TFunction, name: MetricName, station: string, names: Pick<DisplayNames, 'station'>): string {
  const base = t(`metrics.${name}`);
  return isStationMetric(name) ? `${base} · ${names.station(station)}` : base;
}

/** Unit key (in the `units` strings) of a parameter's values: times in seconds, rates per hour; counts, shares and factors have none. */
export function paramUnit(scenario: Scenario, path: string): 's' | 'pax/h' | null {
  const c = paramChoices(scenario).find((x) => x.path === path);
  if (c) return c.kind === 'serviceMean' || c.kind === 'serviceValue' ? 's' : c.kind === 'streamRate' ? 'pax/h' : null;
  // A typed path: read the unit from the field it ends in.
  if (/ratePerHour$/.test(path)) return 'pax/h';
  if (/Seconds$/.test(path) || /\.service\.(mean|value|min|max|mode|median|sd)$/.test(path)) return 's';
  return null;
}

/** A parameter's name with its unit, for axis titles and column headers: "Border desks · mean service time (s)". */
export function paramAxisLabel(t: TFunction, scenario: Scenario, path: string, names: Pick<DisplayNames, 'station' | 'check'>): string {
  const unit = paramUnit(scenario, path);
  const label = paramLabel(t, scenario, path, names);
  return unit ? `${label} (${t(`units.${unit}`)})` : label;
}
