/**
 * The capacity planner's honesty notes in both languages: not monotonic, today's count
 * misses, the station whose wait grew, "cannot be met, best reachable is …", scaled
 * schedules. One set of sentences for `lanesim plan` and the workbench's Plan view
 * (present/insight/plan-notes.ts fills them in).
 */
import type { Language } from './languages.js';

export interface PlanWords {
  unit: { s: string; share: string; 'pax/h': string };
  notMonotonic: (p: { station: string; answer: number; misses: string; many: boolean }) => string;
  belowToday: (p: { station: string; answer: number; today: number }) => string;
  grew: (p: { servers: number; station: string; grew: string; from: string; to: string }) => string;
  grewNone: (p: { servers: number }) => string;
  checkedAbove: (p: { station: string; counts: string }) => string;
  cannotBeMet: (p: { figure: string; servers: string }) => string;
  stalled: string;
  scaled: (p: { station: string; today: number }) => string;
  listJoin: string;
}

const EN: PlanWords = {
  unit: { s: 's', share: '%', 'pax/h': 'pax/h' },
  notMonotonic: ({ station, answer, misses, many }) =>
    `Not monotonic at ${station}: ${answer} meets the target, but ${misses} ${many ? 'miss' : 'misses'} — more servers there do not make this figure better.`,
  belowToday: ({ station, answer, today }) => `The answer ${answer} is fewer than today's ${today} at ${station}, and today's count misses the target.`,
  grew: ({ servers, station, grew, from, to }) => `With ${servers} at ${station}, the mean wait at ${grew} grows from ${from} to ${to}: fewer servers at ${station} meter passengers into ${grew}.`,
  grewNone: ({ servers }) => `With ${servers}, no queue station's mean wait grows; the miss comes from the tail of the distribution.`,
  checkedAbove: ({ station, counts }) => `Checked above the answer at ${station}: ${counts} also meet the target.`,
  cannotBeMet: ({ figure, servers }) => `The target cannot be met; the best reachable is ${figure} at ${servers}.`,
  stalled: 'Adding servers stopped improving the figure: it is set elsewhere in the lane.',
  scaled: ({ station, today }) => `${station} follows a staffing schedule: the count is the schedule's peak (today ${today}); every step is scaled by count ÷ ${today}, rounded up.`,
  listJoin: ', ',
};

const ZH: PlanWords = {
  unit: { s: '秒', share: '%', 'pax/h': '人/时' },
  notMonotonic: ({ station, answer, misses }) => `${station} 的数量与该指标不单调：${answer} 个满足目标，但 ${misses} 个不满足——在此增加窗口并不会改善该指标。`,
  belowToday: ({ station, answer, today }) => `答案 ${answer} 少于 ${station} 现有的 ${today} 个，而现有数量达不到目标。`,
  grew: ({ servers, station, grew, from, to }) => `${station} 为 ${servers} 个时，${grew} 的平均等候由 ${from} 增至 ${to}：${station} 窗口较少时，旅客被分批送入 ${grew}。`,
  grewNone: ({ servers }) => `为 ${servers} 个时，没有排队站点的平均等候增加；未达标来自分布的尾部。`,
  checkedAbove: ({ station, counts }) => `已检查 ${station} 多于答案的数量：${counts} 个同样满足目标。`,
  cannotBeMet: ({ figure, servers }) => `目标无法达到；可达到的最好结果为 ${servers} 时的 ${figure}。`,
  stalled: '继续增加窗口已不再改善该指标：它由通道中其他环节决定。',
  scaled: ({ station, today }) => `${station} 按排班表开放：规划的数量为排班峰值（现为 ${today}）；各时段按 数量 ÷ ${today} 等比放大，向上取整。`,
  listJoin: '、',
};

export const PLAN_WORDS: Record<Language, PlanWords> = { en: EN, 'zh-CN': ZH };
