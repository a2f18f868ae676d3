/**
 * Words for what a run changed against its file (`present/insight/scenario-changes.ts`),
 * in both languages: "边检人工通道 8 → 10", "Border desks · service 45 → 40 s",
 * "+ Manual passport desk", "arrivals changed".
 */
import type { ScenarioChange } from '../insight/scenario-changes.js';
import type { Language } from './languages.js';

interface ChangeWords {
  fields: Record<string, string>;
  unitSeconds: string;
  changed: string;
  added: string;
  removed: string;
  more: (n: number) => string;
  fromFile: string;
  noChanges: string;
}

const WORDS: Record<Language, ChangeWords> = {
  'zh-CN': {
    fields: {
      service: '服务时间',
      perBag: '每件行李',
      walk: '步行',
      mode: '方式',
      serviceByClass: '分类服务时间',
      routing: '去向',
      alarms: '报警',
      reclaim: '行李提取',
      checks: '查验项目',
      entry: '入口',
      arrivals: '到达',
      classes: '旅客类别',
      horizon: '时段',
      targets: '目标',
      seed: '随机种子',
      servers: '通道数',
    },
    unitSeconds: ' 秒',
    changed: '已修改',
    added: '新增',
    removed: '删除',
    more: (n) => `另 ${n} 处`,
    fromFile: '相对文件的修改',
    noChanges: '与文件相同',
  },
  en: {
    fields: {
      service: 'service',
      perBag: 'per bag',
      walk: 'walk',
      mode: 'mode',
      serviceByClass: 'service by class',
      routing: 'routing',
      alarms: 'alarms',
      reclaim: 'reclaim',
      checks: 'checks',
      entry: 'entry',
      arrivals: 'arrivals',
      classes: 'passenger classes',
      horizon: 'horizon',
      targets: 'targets',
      seed: 'seed',
      servers: 'servers',
    },
    unitSeconds: ' s',
    changed: 'changed',
    added: 'added',
    removed: 'removed',
    more: (n) => `+${n} more`,
    fromFile: 'Changes from the file',
    noChanges: 'as in the file',
  },
};

/** One change in words; `station` names a station id in the same language. */
export function changeText(c: ScenarioChange, lang: Language, station: (id: string) => string): string {
  const w = WORDS[lang];
  const who = c.station === null ? '' : station(c.station);
  if (c.field === 'added') return `+ ${who}`;
  if (c.field === 'removed') return `− ${who}`;
  const seconds = c.field === 'service' || c.field === 'perBag' || c.field === 'walk' ? w.unitSeconds : '';
  // Servers read as the station's count alone ("边检人工通道 8 → 10"), other fields name themselves.
  const what = c.field === 'servers' && c.before !== null ? who : [who, w.fields[c.field] ?? c.field].filter(Boolean).join(lang === 'en' ? ' · ' : ' ');
  if (c.before !== null && c.after !== null) return `${what} ${c.before} → ${c.after}${seconds}`;
  return `${what} ${w.changed}`;
}

/** A short summary for a run's name: the first two changes and how many more. Empty without changes. */
export function changesSummary(changes: readonly ScenarioChange[], lang: Language, station: (id: string) => string): string {
  if (changes.length === 0) return '';
  const shown = changes.slice(0, 2).map((c) => changeText(c, lang, station));
  const rest = changes.length - shown.length;
  return rest > 0 ? `${shown.join(lang === 'en' ? ', ' : '，')} ${WORDS[lang].more(rest)}` : shown.join(lang === 'en' ? ', ' : '，');
}

/** Headings for a list of changes (report, exports). */
export function changeHeadings(lang: Language): { fromFile: string; noChanges: string } {
  return { fromFile: WORDS[lang].fromFile, noChanges: WORDS[lang].noChanges };
}

/** Words of the report's parameters table (the run's actual lane) in both languages. */
export interface ParameterWords {
  heading: string;
  station: string;
  mode: string;
  servers: string;
  service: string;
  perBag: string;
  hash: string;
  modes: Record<'queue' | 'delay' | 'reclaim', string>;
}

const PARAMETER_WORDS: Record<Language, ParameterWords> = {
  'zh-CN': {
    heading: '本次运行的通道参数',
    station: '查验点',
    mode: '方式',
    servers: '通道数',
    service: '平均服务时间（秒）',
    perBag: '每件行李（秒）',
    hash: '场景哈希',
    modes: { queue: '排队服务', delay: '行进中查验', reclaim: '行李提取' },
  },
  en: {
    heading: 'Parameters of this run’s lane',
    station: 'Station',
    mode: 'Mode',
    servers: 'Servers',
    service: 'Mean service (s)',
    perBag: 'Per bag (s)',
    hash: 'Scenario hash',
    modes: { queue: 'queue and serve', delay: 'walk-through', reclaim: 'baggage reclaim' },
  },
};

/** The parameters table's words in `lang`. */
export function parameterWords(lang: Language): ParameterWords {
  return PARAMETER_WORDS[lang];
}
