/**
 * What the capacity planner must say beside its answer, so a count smaller than today's
 * is never shown as "the answer" alone: a station whose larger counts miss (not
 * monotonic), today's count missing, the queue station whose mean wait grew at each
 * larger count that misses (the reason), the counts checked above the answer, "cannot be
 * met, best reachable is …", and scaled schedules. Pure: `lanesim plan` and the Plan view
 * print the same sentences.
 */
import { metricInfo, type PlanEvaluation, type PlanResult } from '../../sim/index.js';
import { fmtSeconds } from '../format.js';
import { fmtMetric, fmtMetricInterval, fmtServers } from '../sweep-format.js';
import type { Language } from '../words/languages.js';
import { PLAN_WORDS } from '../words/plan-words.js';

export type PlanNoteKind = 'not-monotonic' | 'below-today' | 'grew' | 'checked' | 'cannot-be-met' | 'scaled';

export interface PlanNote {
  kind: PlanNoteKind;
  /** The station the note is about, when one. */
  station?: string;
  text: string;
}

/** A figure with its unit and interval: "1,375.1 s [1,367.5, 1,382.7]". */
function figureOf(e: PlanEvaluation, plan: PlanResult, lang: Language): string {
  const unit = metricInfo(plan.target.metric).unit;
  const w = PLAN_WORDS[lang];
  if (e.value === null) return '—';
  return `${fmtMetric(e.value, unit)} ${w.unit[unit]}${e.ci95 ? ` ${fmtMetricInterval(e.ci95, unit)}` : ''}`;
}

/**
 * The queue stations worth showing beside every evaluated point: those whose mean wait
 * moves by at least a second across the points (the others only widen the table).
 */
export function waitStations(plan: PlanResult): string[] {
  const ids = new Set<string>();
  for (const e of plan.evaluated) for (const id of Object.keys(e.stationWaits ?? {})) ids.add(id);
  return [...ids].filter((id) => {
    const v = plan.evaluated.map((e) => e.stationWaits?.[id]).filter((x): x is number => x !== undefined);
    return v.length > 0 && Math.max(...v) - Math.min(...v) >= 1;
  });
}

/** The notes for a plan, in order: scaled schedules, then per station the honesty checks, then "cannot be met". */
export function planNotes(plan: PlanResult, lang: Language, stationLabel: (id: string) => string = (id) => id): PlanNote[] {
  const w = PLAN_WORDS[lang];
  const secs = (s: number) => `${fmtSeconds(s)} ${w.unit.s}`;
  const out: PlanNote[] = [];
  for (const s of plan.stations) {
    if (s.scheduled) out.push({ kind: 'scaled', station: s.id, text: w.scaled({ station: stationLabel(s.id), today: s.current }) });
  }
  for (const c of plan.checks ?? []) {
    const name = stationLabel(c.station);
    const answer = plan.best?.servers[c.station];
    if (answer === undefined) continue;
    if (!c.monotonic) {
      out.push({ kind: 'not-monotonic', station: c.station, text: w.notMonotonic({ station: name, answer, misses: c.largerMisses.map((m) => m.servers).join(w.listJoin), many: c.largerMisses.length > 1 }) });
      const today = plan.stations.find((s) => s.id === c.station)?.current;
      if (today !== undefined && today > answer && c.largerMisses.some((m) => m.servers === today)) {
        out.push({ kind: 'below-today', station: c.station, text: w.belowToday({ station: name, answer, today }) });
      }
      for (const m of c.largerMisses) {
        out.push(
          m.grew
            ? { kind: 'grew', station: m.grew.station, text: w.grew({ servers: m.servers, station: name, grew: stationLabel(m.grew.station), from: secs(m.grew.fromSeconds), to: secs(m.grew.toSeconds) }) }
            : { kind: 'grew', text: w.grewNone({ servers: m.servers }) },
        );
      }
    } else {
      const above = c.counts.filter((x) => x.servers > answer).map((x) => x.servers);
      if (above.length > 0) out.push({ kind: 'checked', station: c.station, text: w.checkedAbove({ station: name, counts: above.join(w.listJoin) }) });
    }
  }
  if (!plan.found && plan.bestReachable) {
    const text = w.cannotBeMet({ figure: figureOf(plan.bestReachable, plan, lang), servers: fmtServers(plan.bestReachable.servers, stationLabel) });
    out.push({ kind: 'cannot-be-met', text: plan.stalled ? `${text} ${w.stalled}` : text });
  }
  return out;
}
