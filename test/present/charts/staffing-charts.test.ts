import { describe, expect, it } from 'vitest';
import { ganttRowLabels, rosterGanttOption, staffingStepOption } from '../../../present/charts/staffing-charts.js';
import { STAFFING_WORDS } from '../../../present/words/staffing-words.js';

const w = STAFFING_WORDS.en;

describe('staffing step chart', () => {
  it('holds each interval’s count to its end, against today and the roster on duty', () => {
    const rows = [
      { fromSeconds: 0, servers: 2, today: 3 },
      { fromSeconds: 1800, servers: 5, today: 3 },
    ];
    const o = staffingStepOption(rows, 1800, w, [2, 6]);
    expect(o.series.map((s) => s.name)).toEqual(['Roster on duty', 'Needed', 'Today']);
    expect(o.series.every((s) => s.step === 'end')).toBe(true);
    expect(o.series[1].data).toEqual([
      [0, 2],
      [0.5, 5],
      [1, 5],
    ]);
    expect(o.series[2].data).toEqual([
      [0, 3],
      [0.5, 3],
      [1, 3],
    ]);
    expect(o.series[0].data.map((p) => p[1])).toEqual([2, 6, 6]);
    expect(o.xAxis.axisLabel.formatter(1.5)).toBe('01:30');
  });
  it('has no Today line when the rows carry none', () => {
    expect(staffingStepOption([{ fromSeconds: 0, servers: 1 }], 3600, w).series.map((s) => s.name)).toEqual(['Needed']);
  });
});

describe('roster Gantt chart', () => {
  it('one row per shift: lead, duty before the break, the break, duty after it (hours)', () => {
    const shifts = [
      { startSeconds: 3600, lengthSeconds: 8 * 3600, break: [4 * 3600, 4.5 * 3600] as [number, number], officers: 3 },
      { startSeconds: 7200, lengthSeconds: 4 * 3600, break: null, officers: 1 },
    ];
    const o = rosterGanttOption(shifts, STAFFING_WORDS['zh-CN']);
    expect(o.yAxis.data).toEqual(ganttRowLabels(shifts));
    expect(ganttRowLabels(shifts)).toEqual(['01:00–09:00 × 3', '02:00–06:00 × 1']);
    expect(o.series.map((s) => s.data)).toEqual([
      [1, 2],
      [3, 4],
      [0.5, 0],
      [4.5, 0],
    ]);
    expect(o.series.every((s) => s.stack === 'shift')).toBe(true);
    expect(o.legend.data).toEqual(['在岗', '休息']);
    expect(o.xAxis.max).toBe(9);
  });
});
