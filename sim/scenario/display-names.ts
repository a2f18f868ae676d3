/**
 * What to call things on screen, in a language: the scenario's translation for that
 * language if it has one, else the label written in the file, else the id. Every view (UI,
 * report, replay, CLI) asks here, so a lane reads the same everywhere.
 */
import type { Scenario } from './scenario-schema.js';
import { own } from './own-key.js';

export interface DisplayNames {
  scenario: string;
  description: string;
  station(id: string): string;
  passengerClass(id: string): string;
  /** A check name (e.g. "temperature"), translated where the scenario says how. */
  check(name: string): string;
  flight(id: string): string;
}

/** The translation entry for `lang`, falling back from "zh-CN" to "zh" and the like. */
function translationFor(s: Scenario, lang: string) {
  const all = s.translations ?? {};
  return own(all, lang) ?? own(all, lang.split('-')[0]) ?? undefined;
}

export function displayNames(s: Scenario, lang: string): DisplayNames {
  const tr = translationFor(s, lang);
  const stationLabel = new Map(s.stations.map((st) => [st.id, st.label ?? st.id]));
  const classLabel = new Map(s.classes.map((c) => [c.id, c.label ?? c.id]));
  return {
    scenario: tr?.name ?? s.name,
    description: tr?.description ?? s.description ?? '',
    station: (id) => own(tr?.stations, id) ?? stationLabel.get(id) ?? id,
    passengerClass: (id) => own(tr?.classes, id) ?? classLabel.get(id) ?? id,
    check: (name) => own(tr?.checks, name) ?? name,
    flight: (id) => own(tr?.flights, id) ?? id,
  };
}
