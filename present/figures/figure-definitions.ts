/**
 * What each labelled figure is, in both languages: the tooltip on its label in the
 * workbench and the report, and the same sentences as docs/statistics.md ("One figure, one
 * definition"). Keys are `definitionKey`s of figures.ts.
 */
import type { Language } from '../words/languages.js';

export type DefinitionKey =
  | 'clearance.mean'
  | 'clearance.p50'
  | 'clearance.p90'
  | 'clearance.p95'
  | 'clearance.p99'
  | 'clearance.max'
  | 'withinTarget'
  | 'throughputPerHour'
  | 'class.mean'
  | 'class.p95'
  | 'station.meanWait'
  | 'station.p95Wait'
  | 'station.utilization'
  | 'station.peakUtilization'
  | 'compare.diff';

const pooledPercentile = (p: string) => ({
  en: `${p} of the clearance times of all passengers of all replications together (pooled, read from the merged histogram, within 0.1 %). Not the mean of each replication's own ${p}.`,
  zh: `所有重复运行的全部旅客合在一起的通关时间的${p}（合并统计，取自合并直方图，误差 0.1 % 以内）；不是各次重复运行各自${p}的平均。`,
});

const p50 = pooledPercentile('p50');
const p90 = pooledPercentile('p90');
const p95 = pooledPercentile('p95');
const p99 = pooledPercentile('p99');

export const FIGURE_DEFINITIONS: Record<Language, Record<DefinitionKey, string>> = {
  en: {
    'clearance.mean': 'Mean over every passenger of every replication (pooled): total clearance time ÷ passengers cleared. The 95 % interval comes from the spread of the replications’ own means.',
    'clearance.p50': p50.en,
    'clearance.p90': p90.en,
    'clearance.p95': p95.en + ' The 95 % interval comes from the spread of the replications’ own p95s.',
    'clearance.p99': p99.en,
    'clearance.max': 'The longest clearance time of any passenger in any replication.',
    withinTarget: 'Passengers cleared within the target ÷ all passengers cleared, all replications together (pooled).',
    throughputPerHour: 'Passengers cleared ÷ observed time (after the warm-up), summed over all replications, per hour.',
    'class.mean': 'Mean clearance of every passenger of this class in all replications together (pooled).',
    'class.p95': 'p95 clearance of all passengers of this class in all replications together (pooled, merged histogram).',
    'station.meanWait': 'Mean wait before service (or for bags) over every passenger who waited at this station, all replications together (pooled). Replications in which nobody came to the station do not count as 0 s.',
    'station.p95Wait': 'p95 of the waits of all passengers at this station in all replications together (pooled, merged histogram).',
    'station.utilization': 'Busy server time ÷ available server time, summed over the run and all replications.',
    'station.peakUtilization': 'Busy ÷ available server time in the busiest time-series interval, all replications together, among the intervals at least half of the replications reach.',
    'compare.diff': 'B − A of the two runs’ figures as each run reports them. The 95 % interval’s half-width comes from the per-replication differences (paired: same seed and replications) or from both runs’ replications (Welch); “significant” when the interval excludes 0.',
  },
  'zh-CN': {
    'clearance.mean': '所有重复运行的每位旅客的平均值（合并统计）：通关时间总和 ÷ 通关旅客数。95 % 区间来自各次重复运行自身平均值的离散程度。',
    'clearance.p50': p50.zh,
    'clearance.p90': p90.zh,
    'clearance.p95': p95.zh + '95 % 区间来自各次重复运行自身 p95 的离散程度。',
    'clearance.p99': p99.zh,
    'clearance.max': '所有重复运行中任一旅客的最长通关时间。',
    withinTarget: '在目标时间内通关的旅客 ÷ 全部通关旅客，所有重复运行合并统计。',
    throughputPerHour: '通关旅客数 ÷ 观测时间（预热之后），对所有重复运行求和，折算为每小时。',
    'class.mean': '该类别全部旅客（所有重复运行合并）的平均通关时间。',
    'class.p95': '该类别全部旅客（所有重复运行合并，合并直方图）的 p95 通关时间。',
    'station.meanWait': '在该环节等候过的每位旅客的平均等候时间（服务前或等行李），所有重复运行合并统计；没有旅客到达该环节的重复运行不按 0 秒计入。',
    'station.p95Wait': '该环节全部旅客等候时间（所有重复运行合并，合并直方图）的 p95。',
    'station.utilization': '忙碌服务时间 ÷ 可用服务时间，对整个运行和所有重复运行求和。',
    'station.peakUtilization': '最繁忙时间段内的忙碌 ÷ 可用服务时间（所有重复运行合并），只看至少一半重复运行仍在进行的时间段。',
    'compare.diff': '两次运行各自报告的数值之差 B − A。95 % 区间的半宽取自逐次重复运行的差值（配对：相同种子和重复次数）或两次运行各自的重复运行（Welch）；区间不含 0 时为“显著”。',
  },
};

/** The definition of a figure (by its `definitionKey`) in a language; undefined for a key without one. */
export function figureDefinition(key: string, language: Language): string | undefined {
  const table = FIGURE_DEFINITIONS[language] as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
