/**
 * Words of the staffing requirement and roster pictures (step chart, Gantt chart, tables)
 * in both languages: the workbench's Staffing panel, the roster report and the chart SVGs.
 */
import type { Language } from './languages.js';

export interface StaffingWords {
  stepTitle: string;
  ganttTitle: string;
  scheduleGanttTitle: string;
  required: string;
  today: string;
  roster: string;
  time: string;
  servers: string;
  officers: string;
  shift: string;
  onDuty: string;
  breakLabel: string;
  start: string;
  end: string;
  interval: string;
  passengers: string;
  wait: string;
  ci: string;
  verdict: string;
  met: string;
  missed: string;
  noPassengers: string;
  reportKicker: string;
  reportTitle: (station: string) => string;
  summary: (p: { shifts: number; officers: number; paid: string; required: string }) => string;
  verifiedYes: string;
  verifiedNo: string;
  target: string;
  verification: string;
  shifts: string;
  notes: string;
  hours: string;
}

const EN: StaffingWords = {
  stepTitle: 'Staff needed per interval against today',
  ganttTitle: 'Roster: shifts over the day',
  scheduleGanttTitle: "Today's schedule as duty bars",
  required: 'Needed',
  today: 'Today',
  roster: 'Roster on duty',
  time: 'Time of day',
  servers: 'Servers',
  officers: 'Officers',
  shift: 'Shift',
  onDuty: 'On duty',
  breakLabel: 'Break',
  start: 'Start',
  end: 'End',
  interval: 'From',
  passengers: 'Passengers',
  wait: 'Wait (s)',
  ci: '95 % interval',
  verdict: 'Verdict',
  met: 'met',
  missed: 'MISSED',
  noPassengers: 'no passengers',
  reportKicker: 'LaneSim · duty roster',
  reportTitle: (station) => `Roster for ${station}`,
  summary: ({ shifts, officers, paid, required }) => `${shifts} shift(s), ${officers} officer(s), ${paid} paid staff-hours (requirement ${required})`,
  verifiedYes: 'Verification run: the target holds in every interval.',
  verifiedNo: 'Verification run: the target is MISSED in some intervals.',
  target: 'Target',
  verification: 'Verification run, interval by interval',
  shifts: 'Shifts',
  notes: 'Notes',
  hours: 'h',
};

const ZH: StaffingWords = {
  stepTitle: '各时段所需人员与现有排班',
  ganttTitle: '排班：全天班次',
  scheduleGanttTitle: '现有排班（按岗位）',
  required: '所需',
  today: '现有',
  roster: '排班在岗',
  time: '时刻',
  servers: '窗口数',
  officers: '人数',
  shift: '班次',
  onDuty: '在岗',
  breakLabel: '休息',
  start: '开始',
  end: '结束',
  interval: '时段起',
  passengers: '旅客',
  wait: '等候（秒）',
  ci: '95% 区间',
  verdict: '结论',
  met: '满足',
  missed: '未满足',
  noPassengers: '无旅客',
  reportKicker: 'LaneSim · 勤务排班',
  reportTitle: (station) => `${station} 排班`,
  summary: ({ shifts, officers, paid, required }) => `${shifts} 个班次，${officers} 人，带薪工时 ${paid}（需求 ${required}）`,
  verifiedYes: '验证运行：每个时段均满足目标。',
  verifiedNo: '验证运行：部分时段未满足目标。',
  target: '目标',
  verification: '验证运行（逐时段）',
  shifts: '班次',
  notes: '说明',
  hours: '小时',
};

export const STAFFING_WORDS: Record<Language, StaffingWords> = { en: EN, 'zh-CN': ZH };
