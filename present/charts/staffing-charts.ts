/**
 * Staffing pictures as ECharts options (pure): the requirement per interval as a step
 * chart over the day against today's servers (and a roster's officers on duty, when there
 * is one), and a roster as a Gantt chart — one row per shift, its duty before and after the
 * break, the break in a pale shade. The workbench draws them, the report renders them as SVG.
 */
import type { ShiftChoice } from '../../sim/sweep/roster-model.js';
import { fmtClock } from '../format.js';
import type { StaffingWords } from '../words/staffing-words.js';
import { baseTextStyle, SERIES_COLORS } from './chart-theme.js';

export interface StepRow {
  fromSeconds: number;
  servers: number;
  today?: number;
}

/** Points of a step line over [0, end]: each interval's value held to its end. */
function steps(rows: readonly StepRow[], intervalSeconds: number, pick: (r: StepRow) => number | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of rows) {
    const v = pick(r);
    if (v !== undefined) out.push([r.fromSeconds / 3600, v]);
  }
  const last = rows[rows.length - 1];
  const v = last ? pick(last) : undefined;
  if (last && v !== undefined) out.push([(last.fromSeconds + intervalSeconds) / 3600, v]);
  return out;
}

const clockAxis = (name: string, max: number) => ({
  type: 'value' as const,
  name,
  nameLocation: 'middle' as const,
  nameGap: 26,
  min: 0,
  max,
  interval: max > 12 ? 2 : 1,
  axisLabel: { color: '#64748b', formatter: (h: number) => fmtClock(h * 3600) },
  splitLine: { lineStyle: { color: '#e2e8f0' } },
});

/**
 * Step chart: needed servers per interval, today's, and (optional) a roster's officers on duty
 * per interval. x in hours from the start of the day, labelled as clock times.
 */
export function staffingStepOption(rows: readonly StepRow[], intervalSeconds: number, w: StaffingWords, onDuty?: readonly number[]) {
  const end = rows.length ? (rows[rows.length - 1].fromSeconds + intervalSeconds) / 3600 : 1;
  const line = (name: string, data: Array<[number, number]>, color: string, dashed: boolean, area = false) => ({
    name,
    type: 'line' as const,
    step: 'end' as const,
    symbol: 'none',
    data,
    lineStyle: { width: dashed ? 2 : 2.5, type: dashed ? ('dashed' as const) : ('solid' as const), color },
    itemStyle: { color },
    ...(area ? { areaStyle: { color: 'rgba(37,99,235,0.08)' } } : {}),
  });
  const series: Array<ReturnType<typeof line>> = [];
  // The roster first and wide, so the requirement drawn over it stays visible where they agree.
  if (onDuty) {
    const rr = rows.map((r, k) => ({ fromSeconds: r.fromSeconds, servers: onDuty[k] ?? 0 }));
    series.push({ ...line(w.roster, steps(rr, intervalSeconds, (r) => r.servers), SERIES_COLORS[2], false), lineStyle: { width: 6, type: 'solid' as const, color: 'rgba(5,150,105,0.45)' } });
  }
  series.push(line(w.required, steps(rows, intervalSeconds, (r) => r.servers), SERIES_COLORS[0], false, true));
  if (rows.some((r) => r.today !== undefined)) series.push(line(w.today, steps(rows, intervalSeconds, (r) => r.today), SERIES_COLORS[1], true));
  return {
    animation: false,
    textStyle: baseTextStyle,
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 56, right: 20, top: 36, bottom: 44 },
    xAxis: clockAxis(w.time, Math.ceil(end)),
    yAxis: { type: 'value' as const, name: w.servers, minInterval: 1, axisLabel: { color: '#64748b' }, splitLine: { lineStyle: { color: '#e2e8f0' } } },
    series,
  };
}

/** Row labels of a Gantt chart: "08:00–16:00 × 3". */
export function ganttRowLabels(shifts: readonly ShiftChoice[]): string[] {
  return shifts.map((s) => `${fmtClock(s.startSeconds)}–${fmtClock(s.startSeconds + s.lengthSeconds)} × ${s.officers}`);
}

/**
 * Gantt chart of shifts: one horizontal row per shift (first shift at the top), stacked
 * bars — an invisible lead to the start, the duty before the break, the break, the duty
 * after it. Bars are labelled with the officers on that shift.
 */
export function rosterGanttOption(shifts: readonly ShiftChoice[], w: StaffingWords, dayEndSeconds?: number) {
  const rows = ganttRowLabels(shifts);
  const h = (s: number) => s / 3600;
  const lead = shifts.map((s) => h(s.startSeconds));
  const before = shifts.map((s) => h((s.break ? s.break[0] : s.startSeconds + s.lengthSeconds) - s.startSeconds));
  const pause = shifts.map((s) => (s.break ? h(s.break[1] - s.break[0]) : 0));
  const after = shifts.map((s) => (s.break ? h(s.startSeconds + s.lengthSeconds - s.break[1]) : 0));
  const end = Math.max(dayEndSeconds ?? 0, ...shifts.map((s) => s.startSeconds + s.lengthSeconds));
  const bar = (name: string, data: number[], color: string) => ({ name, type: 'bar' as const, stack: 'shift', barMaxWidth: 18, data, itemStyle: { color } });
  return {
    animation: false,
    textStyle: baseTextStyle,
    tooltip: { trigger: 'item' as const },
    legend: { top: 0, data: shifts.some((s) => s.break) ? [w.onDuty, w.breakLabel] : [w.onDuty] },
    grid: { left: 130, right: 20, top: 36, bottom: 44 },
    xAxis: clockAxis(w.time, Math.ceil(h(end))),
    yAxis: { type: 'category' as const, data: rows, inverse: true, name: '', axisLabel: { color: '#334155', fontSize: 11 } },
    series: [
      // The invisible lead from midnight to the shift's start (not data: named `__…`).
      { ...bar('__lead', lead, 'rgba(0,0,0,0)'), tooltip: { show: false }, emphasis: { disabled: true } },
      bar(w.onDuty, before, SERIES_COLORS[0]),
      bar(w.breakLabel, pause, '#cbd5e1'),
      bar(w.onDuty, after, SERIES_COLORS[0]),
    ],
  };
}
