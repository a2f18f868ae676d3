/**
 * Problems in a scenario or replay file, in both languages, from the core's codes and
 * figures (sim/scenario/validation-error.ts): what was expected, what was received, the
 * limits. The command line words them in `--lang` (English by default: word for word the
 * core's own `message`, a test holds them equal), the workbench in the UI's language.
 * Where a problem is (file, JSON path, or line and column) is said by `validationLine`.
 */
import { figure, jsonWantEnglish, type IssueValue, type JsonWant, type IssueValues, type ValidationCode, type ValidationError } from '../../sim/index.js';
import type { Language } from './languages.js';

/** Names to show for ids (a station's display name in the UI); ids as they are by default. */
export interface ProblemNames {
  station?: (id: string) => string;
}

interface Ctx {
  v: IssueValues;
  station: (id: string) => string;
}

type Say = (c: Ctx) => string;

const str = (x: IssueValue | undefined): string => (Array.isArray(x) ? x.join(', ') : String(x ?? ''));
const num = (x: IssueValue | undefined): number => Number(x);
const list = (x: IssueValue | undefined, sep: string): string => (Array.isArray(x) ? (x as readonly string[]).join(sep) : String(x ?? ''));

// ---- Words shared by several sentences ----

/** A received value: the core's tokens `array`, `object`, `nothing` in words, anything else as written. */
function gotEn(x: IssueValue | undefined): string {
  const g = str(x);
  return g === 'array' ? 'an array' : g === 'object' ? 'an object' : g;
}
function gotZh(x: IssueValue | undefined): string {
  const g = str(x);
  return g === 'array' ? '列表（数组）' : g === 'object' ? '对象' : g === 'nothing' ? '空（没有值）' : g;
}

/** JSON types as zod names them (and `typeof` for a clock field), in Chinese. */
const TYPE_ZH: Record<string, string> = {
  string: '文本（字符串）',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '列表（数组）',
  null: 'null',
  undefined: '空（没有值）',
};
const typeZh = (x: IssueValue | undefined): string => TYPE_ZH[str(x)] ?? str(x);

function rangeEn(side: 'min' | 'max', v: IssueValues): string {
  const origin = str(v.origin);
  const what = origin === 'array' ? (side === 'min' ? 'at least' : 'at most') : side === 'min' ? (v.inclusive ? '≥' : '>') : v.inclusive ? '≤' : '<';
  const unit = origin === 'array' ? ' item(s)' : origin === 'string' ? ' character(s)' : '';
  return `${what} ${str(v.limit)}${unit}`;
}
function rangeZh(side: 'min' | 'max', v: IssueValues): string {
  const origin = str(v.origin);
  if (origin === 'array') return `${side === 'min' ? '至少' : '至多'} ${str(v.limit)} 项`;
  if (origin === 'string') return `${side === 'min' ? '至少' : '至多'} ${str(v.limit)} 个字符`;
  return `${side === 'min' ? (v.inclusive ? '≥' : '>') : v.inclusive ? '≤' : '<'} ${str(v.limit)}`;
}
const tooBigGotEn = (v: IssueValues) => (v.count !== undefined ? `${str(v.count)} items` : gotEn(v.got));
const tooBigGotZh = (v: IssueValues) => (v.count !== undefined ? `${str(v.count)} 项` : gotZh(v.got));

const WANT_ZH: Record<string, string> = {
  string: '有效的字符串（转义符或结束引号）',
  number: '数字',
  value: '一个值',
  property: '双引号括起的属性名',
  colon: '“:”',
  end: '文件结尾',
};
// English is the core's own sentence part (one table, in sim/scenario/json-syntax-error.ts).
const wantEn = (v: IssueValues) => jsonWantEnglish(str(v.want) as JsonWant, str(v.close));
const wantZh = (v: IssueValues) => (v.want === 'comma-or-close' ? `“,”或“${str(v.close)}”` : WANT_ZH[str(v.want)]);
const foundZh = (x: IssueValue | undefined) => (x === 'end of file' ? '文件结尾' : str(x));

const KIND_ZH: Record<string, string> = { scenario: '场景', replay: '回放' };

const DUPLICATE_EN: Record<string, (id: string) => string> = {
  class: (id) => `duplicate class id "${id}"`,
  'bag-count': (id) => `duplicate bag count ${id}`,
  'departing-flight': (id) => `duplicate departing flight "${id}"`,
  'source-station': (id) => `duplicate source station "${id}"`,
  station: (id) => `duplicate station id "${id}"`,
};
const DUPLICATE_ZH: Record<string, (id: string) => string> = {
  class: (id) => `旅客类别编号 "${id}" 重复`,
  'bag-count': (id) => `行李件数 ${id} 重复`,
  'departing-flight': (id) => `出港航班 "${id}" 重复`,
  'source-station': (id) => `来源查验点 "${id}" 重复`,
  station: (id) => `查验点编号 "${id}" 重复`,
};

const SUM_EN: Record<string, string> = { 'bag-probabilities': 'bag-count probabilities', 'class-shares': 'class shares', 'branch-probabilities': 'branch probabilities' };
const SUM_ZH: Record<string, string> = { 'bag-probabilities': '各行李件数的概率', 'class-shares': '各旅客类别的比例', 'branch-probabilities': '各分支的概率' };

const INDEX_EN: Record<string, string> = { class: 'a class', source: 'an arrival stream', passenger: 'a passenger', station: 'a station' };
const INDEX_ZH: Record<string, string> = { class: '旅客类别', source: '到达流', passenger: '旅客', station: '查验点' };

/** Long times as the volume check says them: days from two days on, else seconds. */
const daysEn = (s: number) => (s >= 2 * 86400 ? `${figure(s / 86400)} days` : `${figure(s)} s`);
const figureZh = (x: number) => (Number.isFinite(x) ? figure(x) : '无上限');
const daysZh = (s: number) => (s >= 2 * 86400 ? `${figureZh(s / 86400)} 天` : `${figureZh(s)} 秒`);

// ---- The sentences ----

const EN: Record<ValidationCode, Say> = {
  'json-syntax': ({ v }) => `not valid JSON at line ${str(v.line)}, column ${str(v.column)}: expected ${wantEn(v)}, found ${str(v.found)}`,
  'json-invalid': ({ v }) => `not valid JSON at ${str(v.reason)}`,
  'not-object': ({ v }) => `expected a ${str(v.kind)} object, got ${gotEn(v.got)}`,
  'format-newer': ({ v }) => `this file is ${str(v.kind)} format version ${str(v.version)}; this LaneSim reads version 1 ("${str(v.expected)}"). Update LaneSim to open it.`,
  'format-wrong': ({ v }) => `expected "${str(v.expected)}", got ${gotEn(v.got)}`,
  'format-scenario': ({ v }) => `expected "${str(v.expected)}", got a scenario file ("${str(v.got)}"); open it as a scenario instead`,
  'too-deep': ({ v }) => `nested more than ${str(v.max)} levels deep; expected a LaneSim file (a few levels of objects and lists)`,
  'forbidden-key': ({ v }) => `unknown key "${str(v.key)}" (not allowed anywhere in a LaneSim file)`,
  more: ({ v }) => `… and ${num(v.count).toLocaleString('en')} more`,
  'unknown-key': ({ v }) => `unknown key "${str(v.key)}" (check the spelling; unknown keys are not allowed)`,
  required: ({ v }) => `required: expected ${str(v.expected)}`,
  'wrong-type': ({ v }) => `expected ${str(v.expected)}, got ${gotEn(v.got)}`,
  'too-small': ({ v }) => `expected ${rangeEn('min', v)}, got ${gotEn(v.got)}`,
  'too-big': ({ v }) => `expected ${rangeEn('max', v)}, got ${tooBigGotEn(v)}`,
  'bad-value': ({ v }) => `expected one of ${list(v.options, ', ')}, got ${gotEn(v.got)}`,
  'bad-kind': ({ v }) => `expected ${Array.isArray(v.options) && v.options.length > 0 ? `one of ${list(v.options, ', ')}` : 'a known kind'}, got ${gotEn(v.got)}`,
  'bad-next': ({ v }) => `expected a station id, "exit" or a list of branches, got ${gotEn(v.got)}`,
  'no-form': () => 'expected one of the allowed forms',
  'bad-id': ({ v }) => `expected an id of letters, digits, "_", "." or "-", got ${gotEn(v.got)}`,
  'bad-language-tag': ({ v }) => `expected a language tag such as "zh-CN" or "en", got ${gotEn(v.got)}`,
  'bad-format': ({ v }) => `expected ${str(v.format)}, got ${gotEn(v.got)}`,
  'not-multiple': ({ v }) => `expected a multiple of ${str(v.divisor)}`,
  'reserved-id': () => 'expected an id other than "__proto__" (reserved)',
  'waits-ascending': () => 'expected three ascending waits: optimum from, optimum to, under-provided above',
  'areas-descending': () => 'expected three descending areas: over-design above, optimum down to, under-provided below',
  'max-below-min': () => 'expected max ≥ min',
  'mode-outside': () => 'expected min ≤ mode ≤ max',
  'cv-positive': () => 'expected cv > 0',
  'schema-other': ({ v }) => str(v.text),
  duplicate: ({ v }) => (DUPLICATE_EN[str(v.what)] ?? DUPLICATE_EN.station)(str(v.id)),
  'sum-not-one': ({ v }) => `expected ${SUM_EN[str(v.what)]} to sum to 1, got ${str(v.sum)}`,
  'unknown-class': ({ v }) => `unknown class "${str(v.id)}"; expected one of ${list(v.options, ', ')}`,
  'unknown-station': ({ v }) => `unknown station "${str(v.id)}"; expected one of ${list(v.options, ', ')}`,
  'unknown-alarm-station': ({ v }) => `unknown station "${str(v.id)}"; expected a secondary station id`,
  'rate-or-schedule': () => 'expected exactly one of "ratePerHour" or "schedule"',
  'times-not-increasing': ({ v }) => (v.got !== undefined ? `expected times in increasing order, got ${str(v.got)} after ${str(v.previous)}` : 'expected times in increasing order'),
  'warmup-too-long': ({ v }) => `expected a warm-up shorter than the arrival horizon (${str(v.horizon)} s)`,
  'reserved-exit': ({ v }) => `"${str(v.id)}" is reserved for leaving the lane`,
  'servers-required': () => 'required for a "queue" station: expected a number of servers or a schedule',
  'servers-not-allowed': ({ v }) => `only "queue" stations have servers; "${str(v.mode)}" stations serve everyone at once`,
  'reclaim-required': () => 'required for a "reclaim" station: expected { firstBagSeconds, bagsPerMinute }',
  'reclaim-not-allowed': () => 'only allowed on a "reclaim" station',
  'no-open-server': () => 'expected at least one open server at some time',
  'no-server': () => 'expected at least 1 server',
  'self-route': () => 'a station cannot send passengers back to itself',
  'alarm-self': () => 'an alarm cannot send a passenger back to the same station',
  'mixed-branches': () => 'expected either every branch to have a "probability" or none (routing by class)',
  'probability-with-classes': () => 'a probability branch cannot also have "classes" or "share"',
  'last-branch-catches': () => 'only the last branch may omit "classes" (it catches everyone else)',
  'class-without-route': ({ v }) => `class "${str(v.class)}" has no route for everyone (add a last branch without "classes")`,
  'merged-source-in-lane': ({ v }) => `"${str(v.id)}" is also a station of the lane; expected the id of a station this one was merged from (no longer in the lane)`,
  'no-exit': ({ v, station }) => `no way to exit the lane from station "${station(str(v.station))}": passengers would loop forever`,
  'clock-and-seconds': ({ v }) => `give either ${str(v.clockKey)} (a clock time) or ${str(v.secondsKey)}, not both`,
  'clock-not-text': ({ v }) => `expected a clock time such as "08:30", got ${str(v.got)}`,
  'start-not-text': () => 'expected a clock time such as "06:00" or "2025-08-15 06:00"',
  'clock-format': ({ v }) => `expected a clock time such as "08:30" or "08:30:15", got ${str(v.got)}`,
  'clock-range': ({ v }) => `expected a clock time from 00:00 to 23:59:59, got ${str(v.got)}`,
  'clock-date': ({ v }) => `expected a real calendar date (YYYY-MM-DD), got ${str(v.got)}`,
  'clock-date-time': ({ v }) => `expected a date and time such as "2025-08-15 06:00", got ${str(v.got)}`,
  'clock-needs-start': () => 'a clock time needs the scenario\'s startTime (e.g. "startTime": "06:00"); or give seconds',
  'clock-needs-start-date': () => 'a date-time needs a startTime with a date (e.g. "2025-08-15 06:00"); or give the time alone',
  'clock-before-start': () => 'expected a time after startTime',
  overload: ({ v, station }) =>
    `offered load ${str(v.load)} at "${station(str(v.station))}" (${str(v.ratePerHour)} pax/h × ${str(v.meanService)} s on ${str(v.meanServers)} servers); expected a load below 1: add servers or shorten service`,
  'group-spread': ({ v }) =>
    `the last of ${num(v.passengers).toLocaleString('en')} passengers reaches the lane about ${figure(num(v.seconds))} s after "${str(v.group)}" arrives; at most ${num(v.limit).toLocaleString('en')} s (one week): raise ${str(v.field)} or shorten the walk`,
  'too-many-passengers': ({ v }) =>
    `about ${figure(num(v.passengers))} passengers per replication (horizon ${figure(num(v.horizon))} s); at most ${figure(num(v.limit))}: lower the rate or shorten horizon.arrivalsSeconds`,
  'loop-visits': ({ v, station }) =>
    `passengers visit "${station(str(v.station))}" about ${figure(num(v.perPassenger))} times each (a loop that rarely lets them out): about ${figure(num(v.visits))} station visits per replication; at most ${figure(num(v.limit))}`,
  'too-many-visits': ({ v }) =>
    `about ${figure(num(v.visits))} station visits per replication (${figure(num(v.passengers))} passengers); at most ${figure(num(v.limit))}: lower the rate or shorten horizon.arrivalsSeconds`,
  'long-drain': ({ v, station }) =>
    `one visit in a million to "${station(str(v.station))}" takes about ${daysEn(num(v.tail))}, so the lane may take about ${daysEn(num(v.drain))} to empty after the last arrival; at most ${daysEn(num(v.limit))}: lower the mean or the variability (cv) there`,
  'too-many-series': ({ v }) =>
    `about ${figure(num(v.values))} time-series values per replication (${str(v.stations)} stations, one value per ${str(v.interval)} s until about ${figure(num(v.until))} s); at most ${figure(num(v.limit))}`,
  'bookmark-outside': ({ v }) => `expected a time within the run, got ${str(v.got)}`,
  'trace-order': ({ v }) => `expected the scenario's ${str(v.what)} in order (${list(v.expected, ', ')}), got ${list(v.got, ', ')}`,
  'trace-length': ({ v }) => `expected ${str(v.expected)} entries (one per ${str(v.per)}), got ${str(v.got)}`,
  'trace-index': ({ v }) => `expected ${INDEX_EN[str(v.what)]} index below ${str(v.limit)}, got ${str(v.got)}`,
  'trace-exit-before-entry': ({ v }) => `expected a time ≥ the entry ${str(v.entry)}, got ${str(v.got)}`,
  'trace-entry-order': ({ v }) => `expected passengers in order of entry (≥ ${str(v.previous)}), got ${str(v.got)}`,
  'trace-visit-times': ({ v }) => `expected arrive ≤ start ≤ end, got ${str(v.arrive)}, ${str(v.start)}, ${str(v.end)}`,
  'trace-visit-order': ({ v }) => `expected visits in order of arrival (≥ ${str(v.previous)}), got ${str(v.got)}`,
};

const ZH: Record<ValidationCode, Say> = {
  'json-syntax': ({ v }) => `不是有效的 JSON：第 ${str(v.line)} 行第 ${str(v.column)} 列应为${wantZh(v)}，实际为 ${foundZh(v.found)}`,
  'json-invalid': ({ v }) => `不是有效的 JSON：${str(v.reason)}`,
  'not-object': ({ v }) => `应为${KIND_ZH[str(v.kind)] ?? str(v.kind)}对象，实际为 ${gotZh(v.got)}`,
  'format-newer': ({ v }) => `此文件是${KIND_ZH[str(v.kind)] ?? str(v.kind)}格式第 ${str(v.version)} 版；本 LaneSim 只读取第 1 版（"${str(v.expected)}"）。请更新 LaneSim 后再打开。`,
  'format-wrong': ({ v }) => `应为 "${str(v.expected)}"，实际为 ${gotZh(v.got)}`,
  'format-scenario': ({ v }) => `应为 "${str(v.expected)}"，实际是场景文件（"${str(v.got)}"）；请作为场景打开`,
  'too-deep': ({ v }) => `嵌套超过 ${str(v.max)} 层；LaneSim 文件只有几层对象和列表`,
  'forbidden-key': ({ v }) => `未知的键 "${str(v.key)}"（LaneSim 文件中任何位置都不允许）`,
  more: ({ v }) => `…… 另有 ${num(v.count).toLocaleString('en')} 个问题`,
  'unknown-key': ({ v }) => `未知的键 "${str(v.key)}"（请检查拼写；不允许未知的键）`,
  required: ({ v }) => `必填：应为${typeZh(v.expected)}`,
  'wrong-type': ({ v }) => `应为${typeZh(v.expected)}，实际为 ${gotZh(v.got)}`,
  'too-small': ({ v }) => `应 ${rangeZh('min', v)}，实际为 ${gotZh(v.got)}`,
  'too-big': ({ v }) => `应 ${rangeZh('max', v)}，实际为 ${tooBigGotZh(v)}`,
  'bad-value': ({ v }) => `应为 ${list(v.options, '、')} 之一，实际为 ${gotZh(v.got)}`,
  'bad-kind': ({ v }) => `应为${Array.isArray(v.options) && v.options.length > 0 ? ` ${list(v.options, '、')} 之一` : '已知的类型'}，实际为 ${gotZh(v.got)}`,
  'bad-next': ({ v }) => `应为查验点编号、"exit" 或分支列表，实际为 ${gotZh(v.got)}`,
  'no-form': () => '不符合任何允许的写法',
  'bad-id': ({ v }) => `编号只能由字母、数字、“_”“.”“-”组成，实际为 ${gotZh(v.got)}`,
  'bad-language-tag': ({ v }) => `应为语言标记，如 "zh-CN" 或 "en"，实际为 ${gotZh(v.got)}`,
  'bad-format': ({ v }) => `应为 ${str(v.format)} 格式，实际为 ${gotZh(v.got)}`,
  'not-multiple': ({ v }) => `应为 ${str(v.divisor)} 的倍数`,
  'reserved-id': () => '编号不能是 "__proto__"（保留字）',
  'waits-ascending': () => '应为三个递增的等候时间：最佳区间起点、最佳区间终点、超过即供给不足',
  'areas-descending': () => '应为三个递减的面积：超过即过度设计、最佳区间下限、低于即供给不足',
  'max-below-min': () => '应为 max ≥ min（最大值不小于最小值）',
  'mode-outside': () => '应为 min ≤ mode ≤ max（众数在最小值与最大值之间）',
  'cv-positive': () => '应为 cv > 0（变异系数大于 0）',
  'schema-other': ({ v }) => `格式不符：${str(v.text)}`,
  duplicate: ({ v }) => (DUPLICATE_ZH[str(v.what)] ?? DUPLICATE_ZH.station)(str(v.id)),
  'sum-not-one': ({ v }) => `${SUM_ZH[str(v.what)]}之和应为 1，实际为 ${str(v.sum)}`,
  'unknown-class': ({ v }) => `未知的旅客类别 "${str(v.id)}"；应为 ${list(v.options, '、')} 之一`,
  'unknown-station': ({ v }) => `未知的查验点 "${str(v.id)}"；应为 ${list(v.options, '、')} 之一`,
  'unknown-alarm-station': ({ v }) => `未知的查验点 "${str(v.id)}"；应为复查查验点的编号`,
  'rate-or-schedule': () => '"ratePerHour" 与 "schedule" 应有且只有一个',
  'times-not-increasing': ({ v }) => (v.got !== undefined ? `时间应逐个递增，实际 ${str(v.got)} 在 ${str(v.previous)} 之后` : '时间应逐个递增'),
  'warmup-too-long': ({ v }) => `预热时间应短于到达时段（${str(v.horizon)} 秒）`,
  'reserved-exit': ({ v }) => `"${str(v.id)}" 是保留字，表示离开通道`,
  'servers-required': () => '"queue"（排队）查验点必填：应为通道数或排班表',
  'servers-not-allowed': ({ v }) => `只有 "queue"（排队）查验点有通道；"${str(v.mode)}" 查验点同时服务所有人`,
  'reclaim-required': () => '"reclaim"（行李提取）查验点必填：应为 { firstBagSeconds, bagsPerMinute }',
  'reclaim-not-allowed': () => '只允许用于 "reclaim"（行李提取）查验点',
  'no-open-server': () => '应至少在某个时段开放 1 个通道',
  'no-server': () => '应至少有 1 个通道',
  'self-route': () => '查验点不能把旅客送回自身',
  'alarm-self': () => '报警不能把旅客送回同一查验点',
  'mixed-branches': () => '应为每个分支都有 "probability"，或都没有（按类别分流）',
  'probability-with-classes': () => '按概率分流的分支不能同时有 "classes" 或 "share"',
  'last-branch-catches': () => '只有最后一个分支可以省略 "classes"（它接收其余所有旅客）',
  'class-without-route': ({ v }) => `旅客类别 "${str(v.class)}" 并非人人都有去向（请添加一个不带 "classes" 的最后分支）`,
  'merged-source-in-lane': ({ v }) => `"${str(v.id)}" 仍是通道中的查验点；应为已合并进本查验点、不再在通道中的查验点编号`,
  'no-exit': ({ v, station }) => `从查验点“${station(str(v.station))}”无法离开通道：旅客会无限循环`,
  'clock-and-seconds': ({ v }) => `${str(v.clockKey)}（时刻）与 ${str(v.secondsKey)} 只能给一个`,
  'clock-not-text': ({ v }) => `应为 "08:30" 这样的时刻，实际为 ${typeZh(v.got)}`,
  'start-not-text': () => '应为 "06:00" 或 "2025-08-15 06:00" 这样的时刻',
  'clock-format': ({ v }) => `应为 "08:30" 或 "08:30:15" 这样的时刻，实际为 ${str(v.got)}`,
  'clock-range': ({ v }) => `时刻应在 00:00 到 23:59:59 之间，实际为 ${str(v.got)}`,
  'clock-date': ({ v }) => `应为真实存在的日期（YYYY-MM-DD），实际为 ${str(v.got)}`,
  'clock-date-time': ({ v }) => `应为 "2025-08-15 06:00" 这样的日期时间，实际为 ${str(v.got)}`,
  'clock-needs-start': () => '使用时刻需要场景的开始时间（如 "startTime": "06:00"）；或改用秒数',
  'clock-needs-start-date': () => '带日期的时刻需要开始时间也带日期（如 "2025-08-15 06:00"）；或只写时刻',
  'clock-before-start': () => '应晚于开始时间（startTime）',
  overload: ({ v, station }) =>
    `${station(str(v.station))} 的供给负荷为 ${str(v.load)}（每小时 ${str(v.ratePerHour)} 人 × ${str(v.meanService)} 秒，平均 ${str(v.meanServers)} 个通道）：排队会无限增长；负荷应低于 1：请增加通道或缩短服务时间`,
  'group-spread': ({ v }) =>
    `“${str(v.group)}”到达后约 ${figureZh(num(v.seconds))} 秒，其 ${num(v.passengers).toLocaleString('en')} 名旅客中的最后一位才到达通道；最多 ${num(v.limit).toLocaleString('en')} 秒（一周）：请提高 ${str(v.field)} 或缩短步行`,
  'too-many-passengers': ({ v }) =>
    `每次重复约 ${figureZh(num(v.passengers))} 名旅客（到达时段 ${figureZh(num(v.horizon))} 秒）；最多 ${figureZh(num(v.limit))}：请降低到达率或缩短 horizon.arrivalsSeconds`,
  'loop-visits': ({ v, station }) =>
    `每名旅客约访问“${station(str(v.station))}” ${figureZh(num(v.perPassenger))} 次（几乎出不去的循环）：每次重复约 ${figureZh(num(v.visits))} 次查验点访问；最多 ${figureZh(num(v.limit))}`,
  'too-many-visits': ({ v }) =>
    `每次重复约 ${figureZh(num(v.visits))} 次查验点访问（${figureZh(num(v.passengers))} 名旅客）；最多 ${figureZh(num(v.limit))}：请降低到达率或缩短 horizon.arrivalsSeconds`,
  'long-drain': ({ v, station }) =>
    `在“${station(str(v.station))}”每百万次访问中最长的一次约需 ${daysZh(num(v.tail))}，最后一位旅客到达后通道可能约需 ${daysZh(num(v.drain))}才能清空；最多 ${daysZh(num(v.limit))}：请降低该处的均值或波动（cv）`,
  'too-many-series': ({ v }) =>
    `每次重复约 ${figureZh(num(v.values))} 个时间序列值（${str(v.stations)} 个查验点，每 ${str(v.interval)} 秒一个值，直到约 ${figureZh(num(v.until))} 秒）；最多 ${figureZh(num(v.limit))}`,
  'bookmark-outside': ({ v }) => `应为运行时段内的时间，实际为 ${str(v.got)}`,
  'trace-order': ({ v }) => `应为场景中按顺序排列的${v.what === 'classes' ? '旅客类别' : '查验点'}（${list(v.expected, '、')}），实际为 ${list(v.got, '、')}`,
  'trace-length': ({ v }) => `应有 ${str(v.expected)} 项（每${v.per === 'visit' ? '次访问' : '名旅客'}一项），实际为 ${str(v.got)}`,
  'trace-index': ({ v }) => `${INDEX_ZH[str(v.what)]}序号应小于 ${str(v.limit)}，实际为 ${str(v.got)}`,
  'trace-exit-before-entry': ({ v }) => `应为不早于进入时间 ${str(v.entry)} 的时间，实际为 ${str(v.got)}`,
  'trace-entry-order': ({ v }) => `旅客应按进入时间排列（≥ ${str(v.previous)}），实际为 ${str(v.got)}`,
  'trace-visit-times': ({ v }) => `应为 到达 ≤ 开始 ≤ 结束，实际为 ${str(v.arrive)}、${str(v.start)}、${str(v.end)}`,
  'trace-visit-order': ({ v }) => `访问应按到达时间排列（≥ ${str(v.previous)}），实际为 ${str(v.got)}`,
};

const SENTENCES: Record<Language, Record<ValidationCode, Say>> = { en: EN, 'zh-CN': ZH };

/** Every code worded here (the same in both languages: the tables are typed by the code union). */
export const VALIDATION_CODES: readonly ValidationCode[] = Object.keys(EN) as ValidationCode[];

/** The problem in a language, without where it is. A code this build does not know keeps the core's English. */
export function validationText(e: Pick<ValidationError, 'code' | 'values' | 'message'>, lang: Language, names: ProblemNames = {}): string {
  const say = SENTENCES[lang][e.code] as Say | undefined;
  if (!say) return e.message;
  return say({ v: e.values, station: names.station ?? ((id) => id) });
}

/** The JSON path as shown: the path itself, or the whole document. */
export function validationWhere(path: string, lang: Language): string {
  return path || (lang === 'en' ? '(document)' : '（整个文件）');
}

/** The separator after a file or a path: ": " in English, "：" in Chinese. */
export function colon(lang: Language): string {
  return lang === 'en' ? ': ' : '：';
}

/** One line per problem: "file: json.path: what was expected" ("文件：路径：……" in Chinese); without a file, "json.path: …". */
export function validationLine(e: Pick<ValidationError, 'path' | 'code' | 'values' | 'message'>, lang: Language, file?: string, names: ProblemNames = {}): string {
  const c = colon(lang);
  return `${file !== undefined ? `${file}${c}` : ''}${validationWhere(e.path, lang)}${c}${validationText(e, lang, names)}`;
}

/** Why a file could not be read at all (the command line's own checks before the core sees it). */
export type FileProblem = 'directory' | 'unreadable' | 'tooLarge' | 'notUtf8' | 'notJson' | 'expectedScenario';

const FS_REASON_ZH: Record<string, string> = { 'no such file': '文件不存在', 'permission denied': '没有权限', 'is a directory': '是文件夹' };

const FILE_PROBLEMS: Record<Language, Record<FileProblem, (v: IssueValues) => string>> = {
  en: {
    directory: () => 'is a directory; expected a scenario .json file',
    unreadable: (v) => `cannot read the file (${str(v.reason)}); expected a readable scenario .json file`,
    tooLarge: (v) => `the file is ${str(v.mb)} MB; expected a scenario of at most ${str(v.max)} MB`,
    notUtf8: () => 'the file is not UTF-8 text; expected a JSON scenario saved as UTF-8',
    notJson: (v) => `not valid JSON: ${str(v.reason)}`,
    expectedScenario: () => '; expected a JSON scenario object',
  },
  'zh-CN': {
    directory: () => '是文件夹；应为场景 .json 文件',
    unreadable: (v) => `无法读取文件（${FS_REASON_ZH[str(v.reason)] ?? str(v.reason)}）；应为可读取的场景 .json 文件`,
    tooLarge: (v) => `文件大小 ${str(v.mb)} MB；场景最大 ${str(v.max)} MB`,
    notUtf8: () => '文件不是 UTF-8 文本；应为以 UTF-8 保存的 JSON 场景',
    notJson: (v) => `不是有效的 JSON：${str(v.reason)}`,
    expectedScenario: () => '；应为 JSON 场景对象',
  },
};

/** A file-level problem in a language (`expectedScenario` is the tail a syntax error ends with). */
export function fileProblemText(code: FileProblem, values: IssueValues, lang: Language): string {
  return FILE_PROBLEMS[lang][code](values);
}

/** `lanesim validate`'s own lines: a valid file's summary and the count of invalid files (English counts in the singular for one). */
export function validateSummaryWords(lang: Language): { ok: (name: string, stations: number, classes: number) => string; failed: (failed: number, files: number) => string } {
  if (lang === 'en') {
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    return {
      ok: (name, stations, classes) => `${name} (${count(stations, 'station', 'stations')}, ${count(classes, 'class', 'classes')})`,
      failed: (failed, files) => `${failed} of ${files} files invalid`,
    };
  }
  return {
    ok: (name, stations, classes) => `${name}（${stations} 个查验点，${classes} 个旅客类别）`,
    failed: (failed, files) => `${files} 个文件中有 ${failed} 个无效`,
  };
}
