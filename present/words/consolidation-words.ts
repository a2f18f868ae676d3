/**
 * Words of consolidation in both languages: the lane's structure, stations mapped across
 * two lanes, the editor's Merge, and where each second of clearance goes. Plain tables
 * (like report-words.ts) so the workbench, the report and the command line read the same.
 */
import type { Language } from './languages.js';
import type { MappingKind, Part } from '../../sim/index.js';

export interface ConsolidationWords {
  structure: string;
  /** The lead-in of the structure line, its colon included (full-width in Chinese). */
  structureOf: string;
  stationMapTitle: string;
  stationMapChart: string;
  secondsPerPassenger: string;
  /** Category axes of the stacked charts: passenger groups, lanes. */
  groupAxis: string;
  laneAxis: string;
  kinds: Record<MappingKind, string>;
  columns: { a: string; b: string; mapping: string; waitA: string; waitB: string; serviceA: string; serviceB: string; diff: string };
  wait: string;
  service: string;
  none: string;
  /** Names of the parts of clearance time. */
  parts: Record<Part, string>;
  decompositionTitle: string;
  decompositionChart: string;
  allPassengers: string;
  slowest: string;
  total: string;
  interval: string;
  /** The HTML report's consolidation sections (run and comparison). */
  report: {
    structureTitle: string;
    structureCols: { group: string; steps: string; queues: string; baggageSystem: string; share: string; path: string };
    clearance: string;
    slowestFrom: (seconds: string) => string;
    consolidationTitle: string;
    attributionTitle: string;
    attributionCols: { part: string; a: string; b: string; diff: string; interval: string; verdict: string };
    perRunDecompositionChart: string;
    stationMapNote: string;
  };
  merge: {
    button: string;
    title: string;
    hint: string;
    into: string;
    rule: string;
    rules: { sum: string; max: string };
    baggageSystem: string;
    apply: string;
    cancel: string;
    refused: string;
    done: string;
  };
}

export const CONSOLIDATION_WORDS: Record<Language, ConsolidationWords> = {
  'zh-CN': {
    structure: '通道结构（主流程，不含报警分流）',
    structureOf: '结构：',
    stationMapTitle: '两条通道的全部站点（每名通关旅客的平均秒数）',
    stationMapChart: '各站点每名旅客用时（排队 + 查验）',
    secondsPerPassenger: '每名旅客用时（秒）',
    groupAxis: '旅客（分组）',
    laneAxis: '通道（运行）',
    kinds: { same: '相同', merged: '合并', split: '拆分', removed: '取消', added: '新增' },
    columns: { a: '基准通道', b: '本通道', mapping: '对应关系', waitA: '排队（基准）', waitB: '排队（本通道）', serviceA: '查验（基准）', serviceB: '查验（本通道）', diff: '差值' },
    wait: '排队',
    service: '查验',
    none: '—',
    parts: { walking: '步行', queueing: '排队', service: '查验', bags: '等候行李', secondary: '二次查验' },
    decompositionTitle: '每一秒花在哪里（平均每名旅客）',
    decompositionChart: '通关时间构成：步行、排队、查验、等候行李、二次查验',
    allPassengers: '全部旅客',
    slowest: '最慢 5 %',
    total: '合计',
    interval: '95 % 置信区间',
    report: {
      structureTitle: '通道结构：检查环节与排队次数',
      structureCols: { group: '旅客', steps: '检查环节', queues: '排队次数', baggageSystem: '其中在行李系统完成', share: '走此路径的比例', path: '主流程路径' },
      clearance: '通关时间',
      slowestFrom: (s) => `通关时间 ≥ ${s} 秒`,
      consolidationTitle: '变化说明：结构、每一秒的去向与站点对应',
      attributionTitle: '差值按构成分解（每名旅客平均秒数，95 % 置信区间）',
      attributionCols: { part: '构成', a: '基准', b: '本通道', diff: '差值', interval: '95 % 置信区间', verdict: '结论' },
      perRunDecompositionChart: '各通道通关时间构成（平均每名旅客）',
      stationMapNote: '合并站点与其来源站点之和对应，取消的站点对应“—”；两条通道的每个站点各占一行。',
    },
    merge: {
      button: '合并站点',
      title: '合并为一个查验点',
      hint: '勾选同一路径上前后相接的站点，然后合并；报警、分流和返回路线随之改接，合并结果可撤销。',
      into: '合并后站点编号',
      rule: '查验时间合并规则',
      rules: { sum: '相加（依次查验）', max: '取最长（同时查验，一机双屏）' },
      baggageSystem: '托运行李改在行李系统中查验（一机双屏、先期机检）',
      apply: '合并',
      cancel: '取消',
      refused: '无法合并',
      done: '已合并：{{delta}}',
    },
  },
  en: {
    structure: 'Lane structure (main path, alarms aside)',
    structureOf: 'Structure: ',
    stationMapTitle: 'Every station of both lanes (seconds per cleared passenger)',
    stationMapChart: 'Time per passenger at each station (queueing + service)',
    secondsPerPassenger: 'Time per passenger (s)',
    groupAxis: 'Passengers (group)',
    laneAxis: 'Lane (run)',
    kinds: { same: 'same', merged: 'merged', split: 'split', removed: 'removed', added: 'added' },
    columns: { a: 'Baseline lane', b: 'This lane', mapping: 'Mapping', waitA: 'Queueing (baseline)', waitB: 'Queueing (this)', serviceA: 'Service (baseline)', serviceB: 'Service (this)', diff: 'Difference' },
    wait: 'Queueing',
    service: 'Service',
    none: '—',
    parts: { walking: 'walking', queueing: 'queueing', service: 'service', bags: 'waiting for bags', secondary: 'secondary inspection' },
    decompositionTitle: 'Where each second goes (mean per passenger)',
    decompositionChart: 'Clearance time by part: walking, queueing, service, bags, secondary',
    allPassengers: 'all passengers',
    slowest: 'slowest 5 %',
    total: 'Total',
    interval: '95 % interval',
    report: {
      structureTitle: 'Structure: inspection steps and queues',
      structureCols: { group: 'Passengers', steps: 'Steps', queues: 'Queues', baggageSystem: 'of which on the baggage system', share: 'Share on this path', path: 'Main path' },
      clearance: 'Clearance',
      slowestFrom: (s) => `clearance ≥ ${s} s`,
      consolidationTitle: 'What changed: structure, where each second goes, stations mapped',
      attributionTitle: 'The difference by part (seconds per passenger, 95 % interval)',
      attributionCols: { part: 'Part', a: 'Baseline', b: 'This lane', diff: 'Difference', interval: '95 % interval', verdict: 'Verdict' },
      perRunDecompositionChart: 'Clearance time by part, per lane (mean per passenger)',
      stationMapNote: 'A merged station stands against the sum of its sources, a removed station against “—”; every station of both lanes has its row.',
    },
    merge: {
      button: 'Merge stations',
      title: 'Merge into one checkpoint',
      hint: 'Tick stations that follow each other on one path, then merge; alarms, branches and returns are rewired, and the merge can be undone.',
      into: 'Id of the merged station',
      rule: 'Service time rule',
      rules: { sum: 'sum (checks one after another)', max: 'max (checks at the same time, one X-ray two screens)' },
      baggageSystem: 'Screen checked bags on the baggage system instead (一机双屏, 先期机检)',
      apply: 'Merge',
      cancel: 'Cancel',
      refused: 'Cannot merge',
      done: 'Merged: {{delta}}',
    },
  },
};

/** The table for a language tag ("zh-CN", "zh", "en", …); English for anything else. */
export function consolidationWords(lang: string): ConsolidationWords {
  return lang.startsWith('zh') ? CONSOLIDATION_WORDS['zh-CN'] : CONSOLIDATION_WORDS.en;
}
