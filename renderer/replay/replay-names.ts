/**
 * Names on screen: stations by their scenario label with their checks translated beneath,
 * classes by a translated name for known ids (else the scenario's label), and events of the
 * trace as sentences for "step event by event".
 */
import type { TFunction } from 'i18next';
import { EventKind, type ReplayModel } from '../../sim/replay/index.js';
import { CHECK_NAMES, CLASS_NAMES } from './i18n-replay.js';
import { formatDuration } from './format-time.js';

export type Lang = 'zh-CN' | 'en';

export function stationTitle(model: ReplayModel, s: number): string {
  const st = model.lane.stations[s];
  return st.label || st.id;
}

/** The checks a station performs, in the current language ("体温检测 · 核辐射检测"). */
export function stationChecks(model: ReplayModel, s: number, lang: Lang): string {
  const names = CHECK_NAMES[lang];
  return model.lane.stations[s].checks.map((c) => names[c] ?? c).join(' · ');
}

export function className(model: ReplayModel, c: number, lang: Lang): string {
  const cls = model.lane.classes[c];
  return CLASS_NAMES[lang][cls.id] ?? (cls.label || cls.id);
}

/** One event of the trace as a sentence. */
export function describeEvent(model: ReplayModel, i: number, t: TFunction): string {
  const ev = model.events;
  const vis = model.index.log.visits;
  const pas = model.index.log.passengers;
  const ref = ev.ref[i];
  switch (ev.kind[i]) {
    case EventKind.Enter:
      return t('evEnter', { id: ref });
    case EventKind.Exit:
      return t('evExit', { id: ref, time: formatDuration(pas.exit[ref] - pas.entry[ref]) });
    case EventKind.Arrive:
      return t(vis.alarm[ref] ? 'evArriveAlarm' : 'evArrive', { id: vis.passenger[ref], station: stationTitle(model, vis.station[ref]) });
    case EventKind.Start:
      return t('evStart', { id: vis.passenger[ref], station: stationTitle(model, vis.station[ref]) });
    default:
      return t('evEnd', { id: vis.passenger[ref], station: stationTitle(model, vis.station[ref]) });
  }
}
