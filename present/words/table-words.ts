/**
 * The words of the command line's tables (`lanesim run` and `lanesim compare`), in both
 * languages, beside the workbench's and the report's words so one place holds every word the
 * user reads. English is the default of the command line (`--lang zh-CN` switches); the
 * English table is the one scripts and the README examples read, so its wording is stable.
 */
import type { Language } from './languages.js';

export interface RunTableWords {
  /** "seed 1 · 30 replications · 1,234 passengers cleared · 5,678 events in 1.2 s" */
  headline: (p: { seed: number; replications: number; passengers: string; events: string; wall: string }) => string;
  clockLine: (p: { start: string; end: string }) => string;
  clearanceTitle: string;
  figure: string;
  value: string;
  intervalSeconds: string;
  mean: string;
  median: string;
  max: string;
  withinTarget: (target: string) => string;
  throughput: string;
  paxPerHour: string;
  structureLine: string;
  byClass: string;
  columns: {
    cls: string;
    passengers: string;
    meanS: string;
    interval: string;
    p95S: string;
    steps: string;
    queues: string;
    station: string;
    kind: string;
    served: string;
    waitMeanS: string;
    waitP95S: string;
    serviceS: string;
    servers: string;
    busy: string;
    peakBusy: string;
    queueMean: string;
    queueMax: string;
    alarmsIn: string;
  };
  stations: string;
  modes: { queue: string; delay: string; reclaim: string };
  stationsFootnote: string;
  peakFootnote: (span: string) => string;
  /** Which statistic the figures are (one definition per label, docs/statistics.md). */
  pooledFootnote: string;
  groups: {
    title: (kind: 'flight' | 'vehicle' | 'mixed', elapsed: boolean) => string;
    id: string;
    arrives: string;
    pax: string;
    firstOut: string;
    lastOut: string;
    withinTarget: string;
    dwellS: string;
    more: (n: number) => string;
    footnote: (vehicles: boolean) => string;
    /** The flight's p95 is another statistic (each replication's p95, averaged): its own header. */
    p95MeanOfReps: string;
  };
  /** Departing flights against their cut-off (missed-flight risk). */
  departures: {
    title: (elapsed: boolean) => string;
    std: string;
    cutoff: string;
    reached: string;
    afterCutoff: string;
    share: string;
    footnote: string;
  };
  los: {
    title: string;
    process: string;
    waitBand: string;
    space: string;
    spaceBand: string;
    los: string;
    worstInterval: string;
    noQueue: string;
    noArea: string;
    strip: (span: string, letters: string) => string;
    footnote: string;
  };
  decomposition: { title: string; passengers: string; all: string; slowest: (from: string) => string };
}

export interface CompareTableWords {
  baseline: (name: string, file: string) => string;
  settings: (seed: number, replications: number) => string;
  other: (name: string, file: string) => string;
  paired: string;
  independent: string;
  difference: string;
  paxPerHour: string;
  metrics: { clearanceMean: string; clearanceP95: string; withinTarget: string; throughput: string; waitAt: (station: string) => string };
  columns: { metric: string; a: string; b: string; diff: string; interval: string; change: string; better: string; significant: string };
  better: { a: string; b: string; neither: string };
  yes: string;
  no: string;
  structure: (a: string, b: string, delta: string) => string;
  attribution: (text: string) => string;
  footnote: string;
  /** A and B are each run's own figures; where the interval comes from. */
  pooledFootnote: string;
  stationMap: {
    title: string;
    mapping: string;
    waitA: string;
    waitB: string;
    serviceA: string;
    serviceB: string;
    allTime: string;
    interval: string;
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The footer naming what the figures came from: scenario hash, seed, replications, engine. */
export function provenanceText(lang: Language, r: { scenarioHash: string; seed: number; replications: number; engine: string }): string {
  return lang === 'en'
    ? `scenario ${r.scenarioHash} · seed ${r.seed} · ${plural(r.replications, 'replication', 'replications')} · engine ${r.engine}`
    : `场景 ${r.scenarioHash} · 随机种子 ${r.seed} · ${r.replications} 次重复 · 引擎 ${r.engine}`;
}

export const RUN_TABLE_WORDS: Record<Language, RunTableWords> = {
  en: {
    headline: (p) => `seed ${p.seed} · ${plural(p.replications, 'replication', 'replications')} · ${p.passengers} passengers cleared · ${p.events} events in ${p.wall}`,
    clockLine: (p) => `day starts ${p.start} · last passenger out at ${p.end} (mean)`,
    clearanceTitle: 'Clearance time, lane entry to exit',
    figure: 'figure',
    value: 'value',
    intervalSeconds: '95 % interval (s)',
    mean: 'mean',
    median: 'median (p50)',
    max: 'max',
    withinTarget: (t) => `within ${t} target`,
    throughput: 'throughput',
    paxPerHour: 'pax/h',
    structureLine: 'Structure (main path, alarms aside)',
    byClass: 'By class',
    columns: {
      cls: 'class',
      passengers: 'passengers',
      meanS: 'mean (s)',
      interval: '95 % interval',
      p95S: 'p95 (s)',
      steps: 'steps',
      queues: 'queues',
      station: 'station',
      kind: 'kind',
      served: 'served',
      waitMeanS: 'wait mean (s)',
      waitP95S: 'wait p95 (s)',
      serviceS: 'service (s)',
      servers: 'servers',
      busy: 'busy %',
      peakBusy: 'peak busy %',
      queueMean: 'queue mean',
      queueMax: 'queue max',
      alarmsIn: 'alarms in',
    },
    stations: 'Stations',
    modes: { queue: 'queue', delay: 'walk-through', reclaim: 'reclaim' },
    stationsFootnote: 'served and alarms in: all replications · wait: before service (queue) or for bags (reclaim) · intervals: 95 % over replications',
    peakFootnote: (span) => `peak busy %: busy over available server time in the busiest ${span} interval, all replications`,
    pooledFootnote: 'figures are pooled over all passengers of all replications (p95: of every clearance time together; wait: of every passenger who waited there) — docs/statistics.md',
    groups: {
      title: (kind, elapsed) => `By ${kind === 'vehicle' ? 'vehicle' : kind === 'mixed' ? 'flight / vehicle' : 'flight'}${elapsed ? ' (times from the start)' : ''}`,
      id: 'id',
      arrives: 'arrives',
      pax: 'pax',
      firstOut: 'first out',
      lastOut: 'last out',
      withinTarget: 'within target',
      dwellS: 'dwell (s)',
      more: (n) => `… and ${n} more (all in flights.csv with --out)`,
      footnote: (vehicles) => 'first/last out: mean over replications of when the first and last passenger left the lane · p95: each replication\'s p95 of the flight, averaged' + (vehicles ? ' · dwell: first passenger off → last cleared' : ''),
      p95MeanOfReps: 'p95, mean of reps (s)',
    },
    departures: {
      title: (elapsed) => `Departing flights${elapsed ? ' (times from the start)' : ''}`,
      std: 'STD',
      cutoff: 'cut-off',
      reached: 'reached lane',
      afterCutoff: 'after cut-off',
      share: 'share [95 %]',
      footnote:
        'reached lane: entered the lane by the cut-off · after cut-off: left the lane after the cut-off (missed-flight risk), mean passengers per replication and share of the flight [95 % interval]',
    },
    los: {
      title: 'Level of service (IATA ADRM bands; docs/level-of-service.md)',
      process: 'process',
      waitBand: 'wait band',
      space: 'm²/pax (peak)',
      spaceBand: 'space band',
      los: 'LoS',
      worstInterval: 'worst interval',
      noQueue: 'no queue',
      noArea: 'no area',
      strip: (span, letters) => `per ${span} interval (${letters}, . no passengers):`,
      footnote:
        '* process type read from the station\'s checks (declare "processType" to set it) · wait band from the p95 wait, space from the station\'s queueAreaM2 over the time-weighted queue of the busiest interval',
    },
    decomposition: {
      title: 'Where each second goes (mean seconds per passenger, share of clearance)',
      passengers: 'passengers',
      all: 'all',
      slowest: (from) => `slowest 5 % (≥ ${from} s)`,
    },
  },
  'zh-CN': {
    headline: (p) => `随机种子 ${p.seed} · ${p.replications} 次重复 · 通关旅客 ${p.passengers} 人 · ${p.events} 个事件，用时 ${p.wall}`,
    clockLine: (p) => `当日开始 ${p.start} · 最后一名旅客离开 ${p.end}（平均）`,
    clearanceTitle: '通关时间（进入通道至离开）',
    figure: '指标',
    value: '数值',
    intervalSeconds: '95 % 置信区间（秒）',
    mean: '平均',
    median: '中位数（p50）',
    max: '最大',
    withinTarget: (t) => `${t} 内通关比例`,
    throughput: '通过量',
    paxPerHour: '人/小时',
    structureLine: '通道结构（主流程，不含报警分流）',
    byClass: '按旅客类别',
    columns: {
      cls: '类别',
      passengers: '旅客',
      meanS: '平均（秒）',
      interval: '95 % 置信区间',
      p95S: 'p95（秒）',
      steps: '查验环节',
      queues: '排队次数',
      station: '站点',
      kind: '类型',
      served: '服务人次',
      waitMeanS: '平均等候（秒）',
      waitP95S: '等候 p95（秒）',
      serviceS: '查验（秒）',
      servers: '通道数',
      busy: '繁忙 %',
      peakBusy: '峰值繁忙 %',
      queueMean: '平均排队',
      queueMax: '最长排队',
      alarmsIn: '报警转入',
    },
    stations: '站点',
    modes: { queue: '排队', delay: '通过式', reclaim: '行李提取' },
    stationsFootnote: '服务人次与报警转入：全部重复 · 等候：查验前排队（排队站）或等候行李（行李提取） · 区间：各次重复的 95 % 置信区间',
    peakFootnote: (span) => `峰值繁忙 %：最繁忙的 ${span} 时段内忙碌时间占可用查验时间的比例，全部重复`,
    pooledFootnote: '各项数值为全部重复运行的全部旅客合并统计（p95：所有通关时间合在一起；等候：在该站等候过的每位旅客）— docs/statistics.md',
    groups: {
      title: (kind, elapsed) => `${kind === 'vehicle' ? '按车次' : kind === 'mixed' ? '按航班 / 车次' : '按航班'}${elapsed ? '（自开始起计时）' : ''}`,
      id: '编号',
      arrives: '到达',
      pax: '旅客',
      firstOut: '首名离开',
      lastOut: '末名离开',
      withinTarget: '目标内比例',
      dwellS: '停留（秒）',
      more: (n) => `… 另有 ${n} 个（使用 --out 时全部写入 flights.csv）`,
      footnote: (vehicles) => '首名/末名离开：各次重复中第一名与最后一名旅客离开通道时刻的平均 · p95：各次重复该航班 p95 的平均' + (vehicles ? ' · 停留：首名旅客下车 → 末名旅客通关' : ''),
      p95MeanOfReps: 'p95，各次重复平均（秒）',
    },
    departures: {
      title: (elapsed) => `出港航班${elapsed ? '（自开始起计时）' : ''}`,
      std: '计划起飞',
      cutoff: '截止',
      reached: '截止前到达通道',
      afterCutoff: '截止后通过',
      share: '比例 [95 %]',
      footnote:
        '截止前到达通道：在截止时间前进入通道的旅客 · 截止后通过：截止时间后才离开通道的旅客（误机风险），每次重复的平均人数及占该航班旅客的比例 [95 % 置信区间]',
    },
    los: {
      title: '服务水平（IATA ADRM 等级；docs/level-of-service.md）',
      process: '流程',
      waitBand: '等候等级',
      space: '人均面积 m²（峰值）',
      spaceBand: '空间等级',
      los: '服务水平',
      worstInterval: '最差时段',
      noQueue: '无排队',
      noArea: '无面积',
      strip: (span, letters) => `每 ${span} 时段（${letters}，. 无旅客）：`,
      footnote: '* 流程类型由站点的查验项推断（声明 "processType" 可指定） · 等候等级取等候时间 p95，空间等级取最繁忙时段的时间加权排队人数与站点 queueAreaM2 之比',
    },
    decomposition: {
      title: '每一秒花在哪里（每名旅客平均秒数，占通关时间比例）',
      passengers: '旅客',
      all: '全部',
      slowest: (from) => `最慢 5 %（≥ ${from} 秒）`,
    },
  },
};

export const COMPARE_TABLE_WORDS: Record<Language, CompareTableWords> = {
  en: {
    baseline: (name, file) => `Baseline A: ${name} (${file})`,
    settings: (seed, reps) => `seed ${seed} · ${plural(reps, 'replication', 'replications')} each · common random numbers`,
    other: (name, file) => `B: ${name} (${file})`,
    paired: 'paired comparison (same seed and replications)',
    independent: 'independent comparison (different seeds or replications)',
    difference: 'difference is B − A',
    paxPerHour: 'pax/h',
    metrics: { clearanceMean: 'clearance mean', clearanceP95: 'clearance p95', withinTarget: 'within target', throughput: 'throughput', waitAt: (s) => `wait at ${s}` },
    columns: { metric: 'metric', a: 'A', b: 'B', diff: 'B − A', interval: '95 % interval', change: 'change', better: 'better', significant: 'significant' },
    better: { a: 'A', b: 'B', neither: 'neither' },
    yes: 'yes',
    no: 'no',
    structure: (a, b, d) => `structure: A ${a} · B ${b} · B − A: ${d}`,
    attribution: (t) => `mean clearance B − A: ${t}`,
    footnote: 'lower is better for times and waits, higher for within-target share and throughput; "neither" when the 95 % interval of the difference contains 0',
    pooledFootnote: "A and B are the figures each run reports (pooled over all passengers of all replications, as lanesim run prints them); the interval's half-width comes from the per-replication differences (docs/statistics.md)",
    stationMap: {
      title: 'Stations of both lanes (seconds per cleared passenger)',
      mapping: 'mapping',
      waitA: 'wait A',
      waitB: 'wait B',
      serviceA: 'service A',
      serviceB: 'service B',
      allTime: 'all time B − A',
      interval: '95 % interval',
    },
  },
  'zh-CN': {
    baseline: (name, file) => `基准 A：${name}（${file}）`,
    settings: (seed, reps) => `随机种子 ${seed} · 各 ${reps} 次重复 · 共同随机数`,
    other: (name, file) => `B：${name}（${file}）`,
    paired: '配对比较（相同随机种子与重复次数）',
    independent: '独立比较（随机种子或重复次数不同）',
    difference: '差值为 B − A',
    paxPerHour: '人/小时',
    metrics: { clearanceMean: '平均通关时间', clearanceP95: '通关时间 p95', withinTarget: '目标内通关比例', throughput: '通过量', waitAt: (s) => `${s} 等候` },
    columns: { metric: '指标', a: 'A', b: 'B', diff: 'B − A', interval: '95 % 置信区间', change: '变化', better: '更优', significant: '显著' },
    better: { a: 'A', b: 'B', neither: '无差别' },
    yes: '是',
    no: '否',
    structure: (a, b, d) => `结构：A ${a} · B ${b} · B − A：${d}`,
    attribution: (t) => `平均通关时间 B − A：${t}`,
    footnote: '时间与等候越低越好，目标内比例与通过量越高越好；差值的 95 % 置信区间包含 0 时为“无差别”',
    pooledFootnote: 'A 与 B 为两次运行各自报告的数值（全部重复运行的全部旅客合并统计，与 lanesim run 一致）；区间半宽取自逐次重复的差值（docs/statistics.md）',
    stationMap: {
      title: '两条通道的全部站点（每名通关旅客的平均秒数）',
      mapping: '对应关系',
      waitA: '排队 A',
      waitB: '排队 B',
      serviceA: '查验 A',
      serviceB: '查验 B',
      allTime: '总用时 B − A',
      interval: '95 % 置信区间',
    },
  },
};
