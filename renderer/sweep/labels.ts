/**
 * Names on screen for parameters and metrics in the current language: a picked parameter
 * reads "Border control · servers"; a typed path that the picker does not list shows as typed.
 */
import type { TFunction } from 'i18next';
import type { MetricName, Scenario } from '../../sim/index.js';
import { paramChoices, type ParamChoice } from './param-choices.js';
import { isStationMetric } from './sweep-form.js';

export function choiceLabel(t: TFunction, c: ParamChoice): string {
  return t(`kinds.${c.kind}`, { owner: c.ownerLabel ?? '', check: c.check ?? '' });
}

export function paramLabel(t: TFunction, scenario: Scenario, path: string): string {
  const c = paramChoices(scenario).find((x) => x.path === path);
  return c ? choiceLabel(t, c) : path;
}

export function stationLabel(scenario: Scenario, id: string): string {
  return scenario.stations.find((s) => s.id === id)?.label || id;
}

export function metricLabelOf(t: TFunction, scenario: Scenario, name: MetricName, station: string): string {
  const base = t(`metrics.${name}`);
  return isStationMetric(name) ? `${base} · ${stationLabel(scenario, station)}` : base;
}
