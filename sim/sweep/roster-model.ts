/**
 * A duty roster as a covering problem for a MILP solver: from a staffing requirement per
 * interval and the allowed shifts (lengths, start times, an unpaid break in the middle of
 * long shifts, fewest and most officers on duty), choose how many officers start each
 * shift at each allowed time so every interval is covered with the fewest paid
 * staff-hours. This file builds the model as CPLEX LP text and reads the solver's answer;
 * the solver itself (HiGHS) is called by the front end (cli/roster), which can load its
 * WebAssembly. Pure TypeScript, bounded: at most 20,000 variables.
 */
import { z } from 'zod';
import { SimulationError } from '../simulation-error.js';

/** Allowed shifts (the `--shifts` file), validated with paths like every input. */
export const shiftRulesSchema = z.strictObject({
  /** Shift lengths in hours, e.g. [4, 8]. */
  lengthsHours: z.array(z.number().finite().gt(0).max(24)).min(1).max(10),
  /** Shifts may start every this many minutes (a multiple of the interval; default: every interval). */
  startEveryMinutes: z.number().finite().gt(0).max(1440).optional(),
  /** Earliest and latest start, hours from the start of the day (default: the whole horizon). */
  earliestStartHours: z.number().finite().min(0).max(48).optional(),
  latestStartHours: z.number().finite().min(0).max(48).optional(),
  /** Shifts at least this long get an unpaid break of `breakMinutes` in their middle (default: none). */
  breakAfterHours: z.number().finite().gt(0).max(24).optional(),
  breakMinutes: z.number().finite().min(0).max(240).optional(),
  /** Fewest officers on duty in every interval (default 0) and most (default: no limit). */
  minOfficers: z.number().int().min(0).max(1000).optional(),
  maxOfficers: z.number().int().min(1).max(1000).optional(),
});
export type ShiftRules = z.infer<typeof shiftRulesSchema>;

export interface ShiftChoice {
  /** Start, seconds from the start of the day. */
  startSeconds: number;
  lengthSeconds: number;
  /** The unpaid break [from, to) in seconds, or null. */
  break: [number, number] | null;
  officers: number;
}

interface Column {
  name: string;
  start: number;
  length: number;
  breakAt: number;
  breakLen: number;
  /** Intervals covered. */
  covers: number[];
  paidHours: number;
}

export interface RosterModel {
  lp: string;
  columns: Column[];
  need: number[];
  intervalSeconds: number;
}

const MAX_COLUMNS = 20_000;

/** The LP model covering `requirement` (servers per interval of `intervalSeconds`). */
export function buildRosterModel(requirement: readonly number[], intervalSeconds: number, rules: ShiftRules): RosterModel {
  const I = intervalSeconds;
  const K = requirement.length;
  const step = rules.startEveryMinutes !== undefined ? Math.round((rules.startEveryMinutes * 60) / I) : 1;
  if (step < 1 || (rules.startEveryMinutes !== undefined && Math.abs(step * I - rules.startEveryMinutes * 60) > 1e-6)) {
    throw new SimulationError('invalid', `startEveryMinutes: expected a whole multiple of the ${I / 60}-minute interval, got ${rules.startEveryMinutes}`);
  }
  const minOn = rules.minOfficers ?? 0;
  const maxOn = rules.maxOfficers ?? Infinity;
  const need = requirement.map((r) => Math.max(r, minOn));
  const over = need.map((n, k) => ({ n, k })).filter(({ n }) => n > maxOn);
  if (over.length > 0) {
    throw new SimulationError(
      'invalid',
      `the shift rules cannot cover the requirement: maxOfficers is ${maxOn} but ${over.length} interval(s) need more (${over
        .slice(0, 5)
        .map(({ n, k }) => `${n} from ${k * I} s`)
        .join(', ')}${over.length > 5 ? ', …' : ''})`,
    );
  }
  const earliest = Math.round(((rules.earliestStartHours ?? 0) * 3600) / I);
  const latest = rules.latestStartHours !== undefined ? Math.floor((rules.latestStartHours * 3600) / I) : K - 1;
  const columns: Column[] = [];
  rules.lengthsHours.forEach((h, li) => {
    const len = Math.round((h * 3600) / I);
    if (len < 1 || Math.abs(len * I - h * 3600) > 1e-6) throw new SimulationError('invalid', `lengthsHours[${li}]: expected a whole number of ${I / 60}-minute intervals, got ${h} h`);
    const breakLen = rules.breakAfterHours !== undefined && h >= rules.breakAfterHours ? Math.round(((rules.breakMinutes ?? 0) * 60) / I) : 0;
    const breakAt = breakLen > 0 ? Math.floor((len - breakLen) / 2) : -1;
    for (let s = earliest; s <= latest; s += step) {
      // A shift may start before the first need or run past the day's end; it must cover something.
      const covers: number[] = [];
      for (let j = 0; j < len; j++) {
        if (breakLen > 0 && j >= breakAt && j < breakAt + breakLen) continue;
        if (s + j < K) covers.push(s + j);
      }
      if (covers.length === 0) continue;
      columns.push({ name: `x${columns.length}`, start: s, length: len, breakAt, breakLen, covers, paidHours: ((len - breakLen) * I) / 3600 });
    }
  });
  if (columns.length === 0) throw new SimulationError('invalid', 'the shift rules allow no shift inside the day (check earliestStartHours, latestStartHours and lengthsHours)');
  if (columns.length > MAX_COLUMNS) throw new SimulationError('invalid', `the shift rules allow ${columns.length} shifts, more than ${MAX_COLUMNS}: start shifts less often (startEveryMinutes)`);
  const coverBy: string[][] = need.map(() => []);
  for (const c of columns) for (const k of c.covers) coverBy[k].push(c.name);
  const uncovered = need.map((n, k) => ({ n, k })).filter(({ n, k }) => n > 0 && coverBy[k].length === 0);
  if (uncovered.length > 0) {
    throw new SimulationError(
      'invalid',
      `the shift rules cannot cover the requirement: no allowed shift is on duty in ${uncovered.length} interval(s) that need officers (first from ${uncovered[0].k * I} s)`,
    );
  }
  const lines: string[] = ['Minimize', ` obj: ${columns.map((c) => `${c.paidHours} ${c.name}`).join(' + ')}`, 'Subject To'];
  need.forEach((n, k) => {
    if (coverBy[k].length === 0) return;
    if (n > 0) lines.push(` need${k}: ${coverBy[k].join(' + ')} >= ${n}`);
    if (Number.isFinite(maxOn)) lines.push(` cap${k}: ${coverBy[k].join(' + ')} <= ${maxOn}`);
  });
  lines.push('Bounds', ...columns.map((c) => ` 0 <= ${c.name} <= ${Number.isFinite(maxOn) ? maxOn : 10_000}`), 'Generals', ` ${columns.map((c) => c.name).join(' ')}`, 'End');
  return { lp: lines.join('\n') + '\n', columns, need, intervalSeconds: I };
}

/** The solver's column values as shifts, and officers on duty per interval. */
export function readRoster(model: RosterModel, values: ReadonlyMap<string, number>): { shifts: ShiftChoice[]; onDuty: number[]; paidHours: number } {
  const I = model.intervalSeconds;
  const onDuty = model.need.map(() => 0);
  const shifts: ShiftChoice[] = [];
  let paid = 0;
  for (const c of model.columns) {
    const n = Math.round(values.get(c.name) ?? 0);
    if (n <= 0) continue;
    for (const k of c.covers) onDuty[k] += n;
    paid += n * c.paidHours;
    shifts.push({
      startSeconds: c.start * I,
      lengthSeconds: c.length * I,
      break: c.breakLen > 0 ? [(c.start + c.breakAt) * I, (c.start + c.breakAt + c.breakLen) * I] : null,
      officers: n,
    });
  }
  shifts.sort((a, b) => a.startSeconds - b.startSeconds || a.lengthSeconds - b.lengthSeconds);
  return { shifts, onDuty, paidHours: paid };
}

/** The roster as CSV rows (shift, start, end, break start, break end, officers; seconds from the start of the day), by the shared CSV writer. */
export { rosterCsv } from '../export/roster-csv.js';
