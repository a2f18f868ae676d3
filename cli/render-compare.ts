/**
 * Scenarios side by side: each metric for the baseline (the first file) and every other
 * scenario, the paired difference with its 95 % interval, which is better and whether the
 * difference is significant. The verdicts come from `compareResults` in the core.
 */
import type { Comparison, MetricComparison, RunResult } from '../sim/index.js';
import { attributionText, structureDeltaText, structureText } from '../present/insight/consolidation-text.js';
import { consolidationWords } from '../present/words/consolidation-words.js';
import { renderStationMap } from './render-station-map.js';
import { formatTable } from './table.js';
import { fmtSigned, fmtSignedInterval } from '../present/format.js';
import { figureText } from '../present/figures/figures.js';
import type { Language } from '../present/words/languages.js';
import { COMPARE_TABLE_WORDS, provenanceText, type CompareTableWords } from '../present/words/table-words.js';

function metricLabel(key: string, w: CompareTableWords): string {
  if (key === 'clearance.mean') return w.metrics.clearanceMean;
  if (key === 'clearance.p95') return w.metrics.clearanceP95;
  if (key === 'withinTarget') return w.metrics.withinTarget;
  if (key === 'throughputPerHour') return w.metrics.throughput;
  const m = /^stations\.(.+)\.meanWait$/.exec(key);
  return m ? w.metrics.waitAt(m[1]) : key;
}

/** The one rule for a figure of this unit (present/figures), as Results, Compare and the report write it. */
function valueFormat(m: MetricComparison): (v: number) => string {
  return (v) => figureText(m.unit, v);
}

function unitLabel(m: MetricComparison, w: CompareTableWords): string {
  return m.unit === 'share' ? '' : m.unit === 'pax/h' ? ` ${w.paxPerHour}` : ` ${m.unit}`;
}

/** Renders one comparison per non-baseline scenario. */
export function renderCompareTable(results: readonly RunResult[], files: readonly string[], comparisons: readonly Comparison[], lang: Language = 'en'): string {
  const w = COMPARE_TABLE_WORDS[lang];
  const base = results[0];
  let out = `${w.baseline(base.scenario, files[0])}\n`;
  out += `  ${w.settings(base.seed, base.replications)}\n`;
  comparisons.forEach((cmp, i) => {
    const r = results[i + 1];
    out += `\n${w.other(r.scenario, files[i + 1])}\n`;
    out += `  ${cmp.paired ? w.paired : w.independent} · ${w.difference}\n`;
    const rows = cmp.metrics.map((m) => {
      const f = valueFormat(m);
      const better = m.winner === 'same' ? w.better.neither : m.winner === 'b' ? w.better.b : w.better.a;
      const rel = m.relative === null ? '' : `${fmtSigned(m.relative * 100, (v) => v.toFixed(1))} %`;
      return [metricLabel(m.key, w), f(m.a) + unitLabel(m, w), f(m.b) + unitLabel(m, w), fmtSigned(m.diff, f) + unitLabel(m, w), fmtSignedInterval(m.diffCI95, f), rel, better, m.significant ? w.yes : w.no];
    });
    const c = w.columns;
    out += formatTable(
      [
        { header: c.metric },
        { header: c.a, align: 'right' },
        { header: c.b, align: 'right' },
        { header: c.diff, align: 'right' },
        { header: c.interval, align: 'right' },
        { header: c.change, align: 'right' },
        { header: c.better },
        { header: c.significant },
      ],
      rows,
    );
    if (cmp.structure) {
      const d = cmp.structure.delta;
      out += `\n  ${w.structure(structureText(cmp.structure.a, lang), structureText(cmp.structure.b, lang), structureDeltaText(d, lang))}\n`;
    }
    if (cmp.attribution) {
      const parts = consolidationWords(lang).parts;
      out += `  ${w.attribution(attributionText(cmp.attribution.clearance, cmp.attribution.parts, (p) => parts[p as keyof typeof parts], lang))}\n`;
    }
    if (cmp.stationMap) out += renderStationMap(cmp.stationMap, lang);
  });
  out += `\n  ${w.footnote}\n`;
  out += `  ${w.pooledFootnote}\n`;
  for (const [i, r] of results.entries()) out += `  ${i === 0 ? 'A' : results.length > 2 ? `B${i}` : 'B'}: ${provenanceText(lang, r)}\n`;
  return out;
}
