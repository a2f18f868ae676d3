/**
 * Edits that touch more than one field: inserting a station keeps the lane connected,
 * deleting one reconnects its predecessors to where it led, renaming follows every
 * reference. Immer recipes over the draft, so each is one undo step.
 */
import type { Draft } from 'immer';
import { reachableFrom, type Scenario, type Station } from '../../sim/index.js';
import { freshId, type EquipmentPreset } from '../editor/presets.js';

type S = Draft<Scenario>;

/** A display name for another language, written into `translations[lang].stations[id]`. */
export interface TranslatedName {
  lang: string;
  name: string;
}

/**
 * Inserts a station built from a preset after `afterId` (or at the end of the main flow),
 * returning its id. `label` is the name written in the file (English); `translated` adds the
 * name in the UI's language in the same edit, so a lane built in Chinese reads in Chinese
 * and one undo removes both.
 */
export function insertPreset(draft: S, preset: EquipmentPreset, afterId: string | null, label: string, translated?: TranslatedName): string {
  const id = freshId(preset.idBase, draft.stations.map((s) => s.id));
  const after = afterId ? draft.stations.find((s) => s.id === afterId) : undefined;
  const station: Station = { id, label, ...structuredClone(preset.station), next: 'exit' } as Station;
  if (after) {
    station.next = typeof after.next === 'string' ? after.next : structuredClone(after.next as Station['next']);
    after.next = id;
  } else {
    // No station picked: the new one becomes the lane's last step before the exit.
    for (const s of draft.stations) {
      if (s.next === 'exit' && isMainFlow(draft, s.id)) s.next = id;
    }
    if (draft.stations.length === 0) draft.entry = id;
  }
  draft.stations.push(station as Draft<Station>);
  if (translated && translated.name && translated.name !== label) {
    const all = (draft.translations ??= {});
    const tr = (all[translated.lang] ??= {});
    (tr.stations ??= {})[id] = translated.name;
  }
  return id;
}

/** Whether a station is reached from the entry by routing (not only by alarms). */
function isMainFlow(draft: S, id: string): boolean {
  const seen = new Set<string>();
  const queue = [draft.entry];
  while (queue.length) {
    const cur = queue.shift() as string;
    if (seen.has(cur)) continue;
    seen.add(cur);
    const st = draft.stations.find((s) => s.id === cur);
    if (!st) continue;
    if (typeof st.next === 'string') queue.push(st.next);
    else for (const b of st.next) queue.push(b.to);
  }
  return seen.has(id);
}

/**
 * Stations no passenger can reach from the entry (by routing or alarms). Not an error for
 * the core — a planner may park a station — but after moving the entry it is what changed,
 * so the settings say it beside the entry field.
 */
export function stationsNotReached(scenario: Scenario): string[] {
  const seen = reachableFrom(scenario);
  return scenario.stations.filter((s) => !seen.has(s.id)).map((s) => s.id);
}

/** Deletes a station; whoever led to it now leads where it led (or to the exit), alarms to it are dropped. */
export function deleteStation(draft: S, id: string): void {
  const gone = draft.stations.find((s) => s.id === id);
  if (!gone || draft.stations.length <= 1) return;
  const onward = typeof gone.next === 'string' ? gone.next : 'exit';
  draft.stations = draft.stations.filter((s) => s.id !== id);
  for (const s of draft.stations) {
    if (s.next === id) s.next = onward;
    else if (Array.isArray(s.next)) {
      for (const b of s.next) if (b.to === id) b.to = onward;
    }
    if (s.alarms) {
      s.alarms = s.alarms.filter((a) => a.to !== id);
      if (s.alarms.length === 0) delete s.alarms;
    }
  }
  if (draft.entry === id) draft.entry = onward === 'exit' ? draft.stations[0].id : onward;
  for (const tr of Object.values(draft.translations ?? {})) if (tr.stations) delete tr.stations[id];
}

/** Renames a station and every reference to it (entry, next, branches, alarms, translated names). */
export function renameStation(draft: S, from: string, to: string): void {
  const st = draft.stations.find((s) => s.id === from);
  if (!st || from === to) return;
  st.id = to;
  if (draft.entry === from) draft.entry = to;
  for (const s of draft.stations) {
    if (s.next === from) s.next = to;
    else if (Array.isArray(s.next)) for (const b of s.next) if (b.to === from) b.to = to;
    for (const a of s.alarms ?? []) if (a.to === from) a.to = to;
  }
  // Display names follow the id, so a renamed station keeps its Chinese name.
  for (const tr of Object.values(draft.translations ?? {})) {
    if (tr.stations && from in tr.stations) {
      tr.stations[to] = tr.stations[from];
      delete tr.stations[from];
    }
  }
}
