/**
 * The roster document `lanesim/roster@1` (`lanesim roster --format json`): the staffing
 * requirement per interval, the shifts chosen, officers on duty, and the verification run.
 * Its type and a validator for files opened from disk (the workbench's roster view), so a
 * hand-edited or hostile file is refused with the JSON path and what was expected. Also the
 * duty bars of a server schedule (one bar per officer slot), so a scenario's own schedule
 * can be drawn as a Gantt chart like a roster.
 */
import { z } from 'zod';
import { SimulationError } from '../simulation-error.js';
import { formatPath } from '../scenario/validate.js';
import type { ShiftChoice } from './roster-model.js';

export const ROSTER_FORMAT = 'lanesim/roster@1';

const secs = z.number().finite().min(0).max(10 * 86_400);
const interval = z.tuple([z.number().finite(), z.number().finite()]).nullable();
const requirementRow = z.object({
  fromSeconds: secs,
  servers: z.number().int().min(0).max(10_000),
  metric: z.number().finite().nullable(),
  metricCI95: interval,
  met: z.boolean(),
  confident: z.boolean().optional(),
  passengers: z.number().finite().min(0),
  today: z.number().int().min(0).max(10_000).optional(),
});

export const rosterDocSchema = z.object({
  format: z.literal(ROSTER_FORMAT),
  scenario: z.string().max(200),
  station: z.string().min(1).max(64),
  intervalSeconds: z.number().int().min(60).max(86_400),
  target: z.object({ metric: z.string().max(40), quantile: z.number().gt(0).lt(1), limitSeconds: z.number().gt(0), text: z.string().max(100) }),
  requirement: z.array(requirementRow).min(1).max(10_000),
  shifts: z
    .array(
      z.object({
        startSeconds: secs,
        lengthSeconds: z.number().finite().gt(0).max(86_400),
        break: interval,
        officers: z.number().int().min(1).max(10_000),
      }),
    )
    .max(20_000),
  paidStaffHours: z.number().finite().min(0),
  requirementStaffHours: z.number().finite().min(0),
  onDuty: z.array(z.object({ fromSeconds: secs, servers: z.number().int().min(0).max(10_000) })).max(10_000),
  verified: z.boolean(),
  verification: z.array(requirementRow.partial({ confident: true, today: true })).max(10_000),
  staffingMessages: z.array(z.string().max(2000)).max(10_000),
});

export type RosterDoc = z.infer<typeof rosterDocSchema>;

/** Reads a roster document from parsed JSON; errors name the file, the JSON path and what was expected. */
export function parseRosterDoc(json: unknown, file: string): RosterDoc {
  const r = rosterDocSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues.slice(0, 5).map((i) => `${file}: ${formatPath(i.path) || '(document)'}: ${i.message}`);
    throw new SimulationError('invalid', first.join('\n'));
  }
  return r.data;
}

/**
 * A server schedule as duty bars: officer slot k is on duty while the schedule has more
 * than k servers; each unbroken stretch is one bar (one officer, no break). The last step
 * runs to `endSeconds`.
 */
export function scheduleBars(schedule: ReadonlyArray<{ fromSeconds: number; servers: number }>, endSeconds: number): ShiftChoice[] {
  const steps = [...schedule].sort((a, b) => a.fromSeconds - b.fromSeconds);
  const peak = Math.max(0, ...steps.map((s) => s.servers));
  const out: ShiftChoice[] = [];
  for (let k = 0; k < peak; k++) {
    let start: number | null = null;
    steps.forEach((s, i) => {
      const end = i + 1 < steps.length ? steps[i + 1].fromSeconds : endSeconds;
      if (s.servers > k && start === null) start = s.fromSeconds;
      if (s.servers <= k && start !== null) {
        out.push({ startSeconds: start, lengthSeconds: s.fromSeconds - start, break: null, officers: 1 });
        start = null;
      }
      if (i === steps.length - 1 && start !== null && end > start) out.push({ startSeconds: start, lengthSeconds: end - start, break: null, officers: 1 });
    });
  }
  return out.sort((a, b) => a.startSeconds - b.startSeconds || b.lengthSeconds - a.lengthSeconds);
}
