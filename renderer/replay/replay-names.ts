/**
 * Names on screen: stations, classes and checks by the scenario's display names in the
 * current language (its `translations`), falling back for checks and classes the scenario
 * does not translate to the replay's own table (so a lane written only in English still
 * reads in Chinese), then to the label or id; and events of the trace as sentences for
 * "step event by event".
 */
import type { TFunction } from 'i18next';
import { displayNames, own, type Scenario } from '../../sim/index.js';
import { EventKind, type ReplayModel } from '../../sim/replay/index.js';
import { CHECK_NAMES, CLASS_NAMES } from '../../present/words/replay-words.js';
import { fmtMinSec } from '../../present/format.js';

export type Lang = 'zh-CN' | 'en';

export interface ReplayNames {
  station(id: string): string;
  passengerClass(id: string): string;
  check(name: string): string;
}

/** The names of a scenario's stations, classes and checks in `lang`. Pure. */
export function replayNames(scenario: Scenario, lang: Lang): ReplayNames {
  const names = displayNames(scenario, lang);
  // What the names would be without the scenario's translations: tells a translation from a label.
  const plain = displayNames({ ...scenario, translations: undefined }, lang);
  return {
    station: (id) => names.station(id),
    check: (c) => {
      const n = names.check(c);
      return n !== c ? n : (own(CHECK_NAMES[lang], c) ?? c);
    },
    passengerClass: (id) => {
      const n = names.passengerClass(id);
      return n !== plain.passengerClass(id) ? n : (own(CLASS_NAMES[lang], id) ?? n);
    },
  };
}

export function stationTitle(model: ReplayModel, s: number, names: ReplayNames): string {
  return names.station(model.lane.stations[s].id);
}

/** The checks a station performs, in the current language ("体温检测 · 核辐射检测"). */
export function stationChecks(model: ReplayModel, s: number, names: ReplayNames): string {
  return model.lane.stations[s].checks.map((c) => names.check(c)).join(' · ');
}

export function className(model: ReplayModel, c: number, names: ReplayNames): string {
  return names.passengerClass(model.lane.classes[c].id);
}

/** One event of the trace as a sentence. */
export function describeEvent(model: ReplayModel, i: number, t: TFunction, names: ReplayNames): string {
  const ev = model.events;
  const vis = model.index.log.visits;
  const pas = model.index.log.passengers;
  const ref = ev.ref[i];
  switch (ev.kind[i]) {
    case EventKind.Enter:
      return t('evEnter', { id: ref });
    case EventKind.Exit:
      return t('evExit', { id: ref, time: fmtMinSec(pas.exit[ref] - pas.entry[ref]) });
    case EventKind.Arrive:
      return t(vis.alarm[ref] ? 'evArriveAlarm' : 'evArrive', { id: vis.passenger[ref], station: stationTitle(model, vis.station[ref], names) });
    case EventKind.Start:
      return t('evStart', { id: vis.passenger[ref], station: stationTitle(model, vis.station[ref], names) });
    default:
      return t('evEnd', { id: vis.passenger[ref], station: stationTitle(model, vis.station[ref], names) });
  }
}
