/**
 * Steps and queues in words, in both languages: "4 steps, 4 queues", "−1 step, −2 queues"
 * / "4道检查环节、4次排队", "减少1道检查环节、减少2次排队" — the published way of saying
 * what a consolidation buys. Figures come from the result's `structure`; only words here.
 */
export type StructureLanguage = 'en' | 'zh-CN';

function isZh(lang: string): boolean {
  return lang.startsWith('zh');
}

function plural(n: number, one: string, many: string): string {
  return Math.abs(n) === 1 ? one : many;
}

/** "4 steps, 4 queues" (one of them on the baggage system, when there are any). */
export function structureText(s: { steps: number; queues: number; baggageSystemSteps?: number }, lang: string): string {
  const bags = s.baggageSystemSteps ?? 0;
  if (isZh(lang)) return `${s.steps}道检查环节、${s.queues}次排队${bags > 0 ? `（其中${bags}道在行李系统中完成，无需排队）` : ''}`;
  return `${s.steps} ${plural(s.steps, 'step', 'steps')}, ${s.queues} ${plural(s.queues, 'queue', 'queues')}${bags > 0 ? ` (${bags} on the baggage system, no queue)` : ''}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

/** "−1 step, −2 queues" / "减少1道检查环节、减少2次排队" for a difference b − a. */
export function structureDeltaText(d: { steps: number; queues: number }, lang: string): string {
  if (isZh(lang)) {
    const part = (n: number, unit: string) => (n < 0 ? `减少${-n}${unit}` : n > 0 ? `增加${n}${unit}` : `${unit.slice(1)}不变`);
    return `${part(d.steps, '道检查环节')}、${part(d.queues, '次排队')}`;
  }
  return `${signed(d.steps)} ${plural(d.steps, 'step', 'steps')}, ${signed(d.queues)} ${plural(d.queues, 'queue', 'queues')}`;
}

/** The metric a headline speaks about: a paired difference b − a with its interval. */
export interface HeadlineMetric {
  diff: number;
  diffCI95: [number, number];
  significant: boolean;
}

function seconds(v: number): string {
  return Math.abs(v).toFixed(1);
}

/**
 * The comparison's headline in the UI language, with its interval and whether it is
 * significant: "合并后平均通关时间缩短 24.7 秒（95 % 置信区间 23.2–26.2 秒），差异显著".
 * `merged` says whether lane B merges stations of lane A (the station map has a merged row).
 */
export function compareHeadline(m: HeadlineMetric, merged: boolean, lang: string): string {
  const [lo, hi] = m.diffCI95;
  // The interval of the size of the change, smaller end first.
  const a = Math.min(Math.abs(lo), Math.abs(hi));
  const b = Math.max(Math.abs(lo), Math.abs(hi));
  const crosses = lo < 0 && hi > 0;
  const shorter = m.diff < 0;
  if (isZh(lang)) {
    const who = merged ? '合并后' : '与基准相比，';
    const range = crosses ? `${lo < 0 ? '−' : ''}${seconds(lo)}–+${seconds(hi)} 秒` : `${seconds(a)}–${seconds(b)} 秒`;
    return `${who}平均通关时间${shorter ? '缩短' : '延长'} ${seconds(m.diff)} 秒（95 % 置信区间 ${range}），差异${m.significant ? '显著' : '不显著'}`;
  }
  const who = merged ? 'After the merge, mean' : 'Against the baseline, mean';
  const range = crosses ? `−${seconds(lo)} to +${seconds(hi)} s` : `${seconds(a)}–${seconds(b)} s`;
  return `${who} clearance is ${seconds(m.diff)} s ${shorter ? 'shorter' : 'longer'} (95 % interval ${range}); the difference is ${m.significant ? 'significant' : 'not significant'}`;
}

/** One part's paired difference, for the attribution sentence. */
export interface PartDiff {
  part: string;
  diff: number;
}

function signedSeconds(v: number): string {
  const r = Math.round(v * 10) / 10;
  return r > 0 ? `+${r.toFixed(1)}` : r < 0 ? `−${(-r).toFixed(1)}` : '0.0';
}

/**
 * The clearance difference attributed to its parts, largest first (parts under 0.05 s left
 * out): "−24.7 s [−26.2, −23.2]: −25.1 s service, −0.4 s queueing, +0.8 s walking" /
 * "−24.7 秒 [−26.2, −23.2]：查验 −25.1 秒，排队 −0.4 秒，步行 +0.8 秒".
 */
export function attributionText(clearance: { diff: number; diffCI95: [number, number] }, parts: readonly PartDiff[], partName: (part: string) => string, lang: string): string {
  const shown = [...parts].filter((p) => Math.abs(p.diff) >= 0.05).sort((x, y) => Math.abs(y.diff) - Math.abs(x.diff));
  const iv = `[${signedSeconds(clearance.diffCI95[0])}, ${signedSeconds(clearance.diffCI95[1])}]`;
  if (isZh(lang)) return `${signedSeconds(clearance.diff)} 秒 ${iv}：${shown.map((p) => `${partName(p.part)} ${signedSeconds(p.diff)} 秒`).join('，')}`;
  return `${signedSeconds(clearance.diff)} s ${iv}: ${shown.map((p) => `${signedSeconds(p.diff)} s ${partName(p.part)}`).join(', ')}`;
}
