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
import { fmtInt, fmtPercent, fmtSeconds, fmtSigned, fmtSignedInterval } from '../present/format.js';

function metricLabel(key: string): string {
  if (key === 'clearance.mean') return 'clearance mean';
  if (key === 'clearance.p95') return 'clearance p95';
  if (key === 'withinTarget') return 'within target';
  if (key === 'throughputPerHour') return 'throughput';
  const m = /^stations\.(.+)\.meanWait$/.exec(key);
  return m ? `wait at ${m[1]}` : key;
}

function valueFormat(m: MetricComparison): (v: number) => string {
  if (m.unit === 'share') return (v) => fmtPercent(v);
  if (m.unit === 'pax/h') return (v) => fmtInt(v);
  return fmtSeconds;
}

function unitLabel(m: MetricComparison): string {
  return m.unit === 'share' ? '' : ` ${m.unit}`;
}

/** Renders one comparison per non-baseline scenario. */
export function renderCompareTable(results: readonly RunResult[], files: readonly string[], comparisons: readonly Comparison[]): string {
  const base = results[0];
  let out = `Baseline A: ${base.scenario} (${files[0]})\n`;
  out += `  seed ${base.seed} · ${base.replications} replications each · common random numbers\n`;
  comparisons.forEach((cmp, i) => {
    const r = results[i + 1];
    out += `\nB: ${r.scenario} (${files[i + 1]})\n`;
    out += `  ${cmp.paired ? 'paired comparison (same seed and replications)' : 'independent comparison (different seeds or replications)'} · difference is B − A\n`;
    const rows = cmp.metrics.map((m) => {
      const f = valueFormat(m);
      const better = m.winner === 'same' ? 'neither' : m.winner === 'b' ? 'B' : 'A';
      const rel = m.relative === null ? '' : `${fmtSigned(m.relative * 100, (v) => v.toFixed(1))} %`;
      return [metricLabel(m.key), f(m.a) + unitLabel(m), f(m.b) + unitLabel(m), fmtSigned(m.diff, f) + unitLabel(m), fmtSignedInterval(m.diffCI95, f), rel, better, m.significant ? 'yes' : 'no'];
    });
    out += formatTable(
      [
        { header: 'metric' },
        { header: 'A', align: 'right' },
        { header: 'B', align: 'right' },
        { header: 'B − A', align: 'right' },
        { header: '95 % interval', align: 'right' },
        { header: 'change', align: 'right' },
        { header: 'better' },
        { header: 'significant' },
      ],
      rows,
    );
    if (cmp.structure) {
      const d = cmp.structure.delta;
      out += `\n  structure: A ${structureText(cmp.structure.a, 'en')} · B ${structureText(cmp.structure.b, 'en')} · B − A: ${structureDeltaText(d, 'en')}\n`;
    }
    if (cmp.attribution) {
      const w = consolidationWords('en');
      out += `  mean clearance B − A: ${attributionText(cmp.attribution.clearance, cmp.attribution.parts, (p) => w.parts[p as keyof typeof w.parts], 'en')}\n`;
    }
    if (cmp.stationMap) out += renderStationMap(cmp.stationMap);
  });
  out += `\n  lower is better for times and waits, higher for within-target share and throughput; "neither" when the 95 % interval of the difference contains 0\n`;
  return out;
}
