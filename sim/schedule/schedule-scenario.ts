/**
 * A parsed schedule turned into a scenario's arrivals: flights (deplaning rate by body, walk
 * by stand, from the defaults table), vehicles (alighting rate, walk from the bus bay), or
 * departing flights (STD; show-up profile and cut-off by the departure defaults), with
 * clock times counted from a `startTime` the schedule sets (the hour before its first time)
 * unless the base scenario names one. The base scenario's lane (stations, classes, targets)
 * stays; its arrivals are replaced. Without a base, a placeholder lane of border desks.
 */
import { civilFromDays, parseClockTime, secondsFromStart } from '../clock/clock-time.js';
import { hhmm } from '../clock/format-clock.js';
import { SCENARIO_FORMAT } from '../scenario/scenario-schema.js';
import { SCHEDULE_DEFAULTS } from './schedule-defaults.js';
import { DEPARTURE_DEFAULTS, upperBound } from '../scenario/departure-defaults.js';
import type { ParsedSchedule, ScheduleEntry, ScheduleIssue } from './parse-schedule.js';

export type ScheduleDirection = 'arrival' | 'departure';

export interface ScheduleScenarioOptions {
  /** The scenario whose lane the schedule feeds (a parsed JSON object); none: a placeholder lane. */
  base?: Record<string, unknown> | null;
  /** Which rows to take when the table has both directions. */
  direction?: ScheduleDirection;
  /** The file name, for the scenario's description and sources. */
  fileName: string;
}

export interface ScheduleScenario {
  scenario: Record<string, unknown>;
  direction: ScheduleDirection;
  entries: ScheduleEntry[];
  passengers: number;
}

const HOUR = 3600;

/** The lane used when no base scenario is given: one bank of border desks (an assumption to replace). */
export function placeholderLane(): Record<string, unknown> {
  return {
    classes: [{ id: 'all', share: 1 }],
    entry: 'border',
    stations: [
      {
        id: 'border',
        label: 'Border desks (placeholder lane: import with --into your lane)',
        mode: 'queue',
        checks: ['border'],
        servers: 8,
        service: { dist: 'lognormal', mean: 45, cv: 0.5 },
        next: 'exit',
      },
    ],
  };
}

function absolute(e: ScheduleEntry, fallbackDay: number | null): number {
  return (e.time.day ?? fallbackDay ?? 0) * 86_400 + e.time.secondsOfDay;
}

/** Builds the scenario, or returns the issues that prevent it (mixed directions, times out of reach). */
export function scheduleToScenario(
  parsed: ParsedSchedule,
  options: ScheduleScenarioOptions,
): { ok: true; value: ScheduleScenario } | { ok: false; errors: ScheduleIssue[] } {
  const dirs = new Set(parsed.entries.map((e) => e.direction));
  const direction: ScheduleDirection = options.direction ?? (dirs.has('arrival') ? 'arrival' : 'departure');
  if (!options.direction && dirs.size > 1) {
    return {
      ok: false,
      errors: [
        {
          row: null,
          column: null,
          code: 'mixedDirections',
          params: {},
          message:
            'the table has arrivals and departures: choose one (--direction arrival or departure); an entry lane and an exit lane are separate scenarios',
        },
      ],
    };
  }
  const entries = parsed.entries.filter((e) => e.direction === direction);
  if (entries.length === 0)
    return { ok: false, errors: [{ row: null, column: null, code: 'noDirectionRows', params: { direction }, message: `no ${direction} rows in the table` }] };
  if (direction === 'departure' && parsed.kind === 'vehicle') {
    return {
      ok: false,
      errors: [
        {
          row: entries[0].row,
          column: null,
          code: 'vehicleDepartures',
          params: {},
          message:
            'departure rows of a vehicle table: departures are read for flights only (a departing flight\'s show-up profile); import the arriving vehicles',
        },
      ],
    };
  }
  const departing = direction === 'departure';
  const dated = entries.some((e) => e.time.day !== null);
  if (dated && entries.some((e) => e.time.day === null)) {
    return {
      ok: false,
      errors: [
        {
          row: entries.find((e) => e.time.day === null)!.row,
          column: null,
          code: 'someUndated',
          params: {},
          message: 'some rows have a date and this one has none: give every row a date, or none',
        },
      ],
    };
  }
  const base = options.base ?? null;
  // The clock: the base's startTime, else the whole hour before the first time (for
  // departures, before the first passenger can show up: the default profile's longest lead).
  let startText = typeof base?.startTime === 'string' ? base.startTime : null;
  const firstAbs = Math.min(...entries.map((e) => absolute(e, null)));
  if (startText === null) {
    const s = departing
      ? Math.max(0, Math.floor((firstAbs - upperBound(DEPARTURE_DEFAULTS.showUp.value)) / HOUR) * HOUR)
      : Math.max(0, Math.floor(firstAbs / HOUR) * HOUR - HOUR);
    startText = dated ? `${civilFromDays(Math.floor(s / 86_400))} ${hhmm(s % 86_400)}` : hhmm(s);
  }
  const start = parseClockTime(startText);
  if (typeof start === 'string')
    return {
      ok: false,
      errors: [{ row: null, column: null, code: 'badStartTime', params: { reason: start }, message: `the base scenario's startTime: ${start}` }],
    };
  if (dated && start.day === null) {
    return {
      ok: false,
      errors: [
        {
          row: null,
          column: null,
          code: 'startWithoutDate',
          params: {},
          message:
            'the table has dates but the base scenario\'s startTime has none: give startTime a date ("2025-08-15 06:00")',
        },
      ],
    };
  }
  const offsets = entries.map((e) =>
    secondsFromStart(start, { day: e.time.day, secondsOfDay: e.time.secondsOfDay }),
  );
  const bad = offsets.findIndex((o) => typeof o === 'string');
  if (bad >= 0)
    return {
      ok: false,
      errors: [
        {
          row: entries[bad].row,
          column: null,
          code: 'beforeStart',
          params: { start: startText, reason: String(offsets[bad]) },
          message: `time is before the scenario's startTime ${startText}: ${String(offsets[bad])}`,
        },
      ],
    };
  const last = Math.max(...(offsets as number[]));
  const kind = parsed.kind;
  const at = (e: ScheduleEntry) =>
    dated
      ? `${civilFromDays(e.time.day!)} ${hhmm(e.time.secondsOfDay, e.time.secondsOfDay % 60 !== 0)}`
      : hhmm(e.time.secondsOfDay, e.time.secondsOfDay % 60 !== 0);
  const group = (e: ScheduleEntry): Record<string, unknown> => {
    if (departing) {
      // Show-up profile and cut-off: the documented defaults (sim/scenario/departure-defaults.ts), not written per flight.
      const d: Record<string, unknown> = { id: e.id, std: at(e), passengers: e.passengers };
      if (e.classes) d.classes = { ...e.classes };
      return d;
    }
    const g: Record<string, unknown> = { id: e.id, at: at(e), passengers: e.passengers };
    if (kind === 'flight') {
      g.deplanePerMinute = SCHEDULE_DEFAULTS.deplanePerMinute[e.body ?? 'narrow'].value;
      g.walk = SCHEDULE_DEFAULTS.walk[e.stand ?? 'contact'].value;
    } else {
      g.alightPerMinute = SCHEDULE_DEFAULTS.alightPerMinute.value;
      g.walk = SCHEDULE_DEFAULTS.vehicleWalk.value;
    }
    if (e.classes) g.classes = { ...e.classes };
    return g;
  };
  const ordered = entries
    .map((e, i) => ({ e, o: offsets[i] as number }))
    .sort((a, b) => a.o - b.o || a.e.row - b.e.row);
  const arrivals = [
    departing
      ? { kind: 'departures', id: 'schedule', flights: ordered.map(({ e }) => group(e)) }
      : kind === 'flight'
      ? { kind: 'flights', id: 'schedule', flights: ordered.map(({ e }) => group(e)) }
      : { kind: 'vehicles', id: 'schedule', vehicles: ordered.map(({ e }) => group(e)) },
  ];
  const passengers = entries.reduce((n, e) => n + e.passengers, 0);
  const lane = base ? withoutFlightNames(base) : placeholderLane();
  const until = Math.ceil((last + HOUR) / HOUR) * HOUR;
  const untilAbs = (start.day ?? 0) * 86_400 + start.secondsOfDay + until;
  const horizon = { ...(isObject(base?.horizon) ? base.horizon : {}) } as Record<string, unknown>;
  delete horizon.arrivalsSeconds;
  delete horizon.arrivalsUntil;
  horizon.arrivalsUntil = dated
    ? `${civilFromDays(Math.floor(untilAbs / 86_400))} ${hhmm(untilAbs % 86_400)}`
    : until >= 86_400
      ? undefined
      : hhmm(untilAbs % 86_400);
  if (horizon.arrivalsUntil === undefined) {
    delete horizon.arrivalsUntil;
    horizon.arrivalsSeconds = until;
  }
  const note = departing
    ? `Departures imported by lanesim schedule from ${options.fileName}: ${entries.length} departing flights, ${passengers} passengers. Each passenger reaches the lane by the default show-up profile (40 min to 3 h before STD, most about 2 h) and must be through it by the default cut-off, 45 min before STD (assumptions: sim/scenario/departure-defaults.ts, docs/model-reference.md).`
    : `Arrivals imported by lanesim schedule from ${options.fileName}: ${entries.length} ${kind === 'flight' ? 'flights' : 'vehicles'}, ${passengers} passengers. Defaults per row (sim/schedule/schedule-defaults.ts, scenarios/schedules/README.md): ${
        kind === 'flight'
          ? 'deplaning rate by aircraft body, walk by stand type'
          : 'alighting rate and walk from the bus bay'
      }.`;
  // The note in Chinese too, so a translated description keeps its paragraphs and figures.
  const zhNote = departing
    ? `出港航班由排班表导入（${options.fileName}）：${entries.length} 个出港航班，${passengers} 名旅客。每名旅客按默认到达分布（计划起飞前 3 小时至 40 分钟，多数约 2 小时）到达通道，须在默认截止时间（计划起飞前 45 分钟）前通过通道（假设，见模型说明）。`
    : `到达由排班表导入（${options.fileName}）：${entries.length} ${kind === 'flight' ? '个航班' : '辆车'}，${passengers} 名旅客。每行的默认值见排班表说明：${
        kind === 'flight'
          ? '下机速率按机型（窄体、宽体、支线），步行时间按机位类型（近机位、远机位摆渡车）'
          : '下车速率与从停车区步行到大厅的时间'
      }。`;
  const laneTranslations = isObject(lane.translations) ? lane.translations : null;
  const zh = laneTranslations && isObject(laneTranslations['zh-CN']) ? laneTranslations['zh-CN'] : null;
  const translations = laneTranslations
    ? {
        ...laneTranslations,
        ...(zh
          ? {
              'zh-CN': {
                ...zh,
                ...(typeof zh.description === 'string'
                  ? { description: `${zh.description}\n\n${zhNote}` }
                  : {}),
              },
            }
          : {}),
      }
    : undefined;
  const scenario: Record<string, unknown> = {
    format: SCENARIO_FORMAT,
    name:
      typeof base?.name === 'string' ? `${base.name} — ${options.fileName}` : `Schedule ${options.fileName}`,
    description:
      typeof base?.description === 'string'
        ? `${base.description}\n\n${note}`
        : `${note} The lane is a placeholder (8 border desks); import into your own lane with --into.`,
    ...Object.fromEntries(
      Object.entries(lane).filter(
        ([k]) => !['format', 'name', 'description', 'startTime', 'horizon', 'arrivals'].includes(k),
      ),
    ),
    ...(translations ? { translations } : {}),
    startTime: startText,
    horizon,
    arrivals,
  };
  // Keep the usual key order of a scenario file: format, name, description first; lane keys after arrivals.
  const order = [
    'format',
    'name',
    'description',
    'sources',
    'seed',
    'startTime',
    'horizon',
    'targets',
    'translations',
    'classes',
    'arrivals',
    'entry',
    'stations',
  ];
  const sorted: Record<string, unknown> = {};
  for (const k of order) if (k in scenario) sorted[k] = scenario[k];
  for (const k of Object.keys(scenario)) if (!(k in sorted)) sorted[k] = scenario[k];
  return { ok: true, value: { scenario: sorted, direction, entries, passengers } };
}

/** The base without its translations' flight names: they named the flights the schedule replaces. */
function withoutFlightNames(base: Record<string, unknown>): Record<string, unknown> {
  if (!isObject(base.translations)) return base;
  const translations: Record<string, unknown> = {};
  for (const [lang, t] of Object.entries(base.translations)) {
    if (!isObject(t)) continue;
    const { flights: _flights, ...rest } = t;
    translations[lang] = rest;
  }
  return { ...base, translations };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
