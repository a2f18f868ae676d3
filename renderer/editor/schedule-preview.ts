/**
 * What a schedule import would do to the open document, computed before anything changes:
 * the table parsed (sim/schedule, the code behind `lanesim schedule`), turned into the
 * scenario's arrivals against the open lane, and validated. Pure, so a preview and the apply
 * use the very same object; nothing is applied when there is any problem.
 */
import { validateScenario, type Distribution, type Scenario, type ValidationError } from '../../sim/index.js';
import {
  classNamesOf,
  parseSchedule,
  scheduleToScenario,
  type ParsedSchedule,
  type ScheduleDirection,
  type ScheduleIssue,
  type ScheduleTable,
} from '../../sim/schedule/index.js';

/** One flight or vehicle the import creates, as `lanesim schedule` writes it (clock time as in the file). */
export interface PreviewRow {
  id: string;
  at: string;
  passengers: number;
  /** Deplaning or alighting rate, passengers per minute. */
  rate: number | null;
  walk: Distribution | null;
  body: 'narrow' | 'wide' | 'regional' | null;
  stand: 'contact' | 'remote' | null;
}

export interface SchedulePreview {
  parsed: ParsedSchedule;
  /** Both directions in the table: the user picks one. */
  directions: ScheduleDirection[];
  direction: ScheduleDirection | null;
  /** Problems of the table or of turning it into arrivals (row and column named). */
  errors: ScheduleIssue[];
  /** Problems of the resulting scenario (JSON path named). */
  invalid: ValidationError[];
  /** The parts of the document an apply replaces; null when anything is wrong. */
  change: Pick<Scenario, 'startTime' | 'horizon' | 'arrivals'> | null;
  rows: PreviewRow[];
  passengers: number;
}

type RawGroup = { id: string; at?: string; std?: string; atSeconds?: number; stdSeconds?: number; passengers: number; deplanePerMinute?: number; alightPerMinute?: number; walk?: Distribution };

/** The preview of importing `table` into `scenario`, taking the rows of `direction` when the table has both. */
export function schedulePreview(table: ScheduleTable, scenario: Scenario, fileName: string, direction: ScheduleDirection | null): SchedulePreview {
  const base = scenario as unknown as Record<string, unknown>;
  const parsed = parseSchedule(table, { classNames: classNamesOf(base) });
  const directions = [...new Set(parsed.entries.map((e) => e.direction))].sort() as ScheduleDirection[];
  const chosen = direction !== null && directions.includes(direction) ? direction : (directions[0] ?? null);
  const empty = { parsed, directions, direction: chosen, invalid: [], change: null, rows: [], passengers: 0 };
  if (parsed.errors.length > 0) return { ...empty, errors: parsed.errors };
  const built = scheduleToScenario(parsed, { base, fileName, ...(chosen ? { direction: chosen } : {}) });
  if (!built.ok) return { ...empty, errors: built.errors };
  const v = validateScenario(built.value.scenario);
  if (!v.ok) return { ...empty, errors: [], invalid: v.errors };
  // The workbench holds documents in seconds (clock strings resolved as a file opens); the preview shows the file's clock times.
  const { startTime, horizon, arrivals } = v.scenario;
  const raw = (built.value.scenario.arrivals as Array<{ flights?: RawGroup[]; vehicles?: RawGroup[] }>).flatMap((a) => a.flights ?? a.vehicles ?? []);
  const entry = new Map(built.value.entries.map((e) => [e.id, e]));
  const departing = built.value.direction === 'departure';
  const rows = raw.map((g): PreviewRow => ({
    id: g.id,
    at: g.at ?? g.std ?? String(g.atSeconds ?? g.stdSeconds ?? ''),
    passengers: g.passengers,
    rate: g.deplanePerMinute ?? g.alightPerMinute ?? null,
    walk: g.walk ?? null,
    body: departing ? null : (entry.get(g.id)?.body ?? null),
    stand: parsed.kind === 'flight' && !departing ? (entry.get(g.id)?.stand ?? 'contact') : null,
  }));
  return { parsed, directions, direction: built.value.direction, errors: [], invalid: [], change: { startTime, horizon, arrivals }, rows, passengers: built.value.passengers };
}
