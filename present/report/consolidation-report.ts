/**
 * The report's consolidation sections, in the report's language: a run's structure (steps
 * and queues per class, computed by the core) and where each of its seconds goes (stacked
 * chart and table); for a comparison, the headline sentence, the difference attributed to
 * its parts, steps and queues of both lanes, and every station of both lanes mapped across
 * (table and chart). The figures are the result's and the comparison's; only words and
 * formats are made here, by the same rules as the workbench.
 */
import { PARTS, type Comparison, type DisplayNames, type PathStructure, type RunResult, type Scenario } from '../../sim/index.js';
import { fmtPercent, fmtSeconds, fmtSigned, fmtSignedInterval } from '../format.js';
import { attributionText, compareHeadline, structureDeltaText, structureText } from '../insight/consolidation-text.js';
import { consolidationWords } from '../words/consolidation-words.js';
import type { ReportStrings } from '../words/report-words.js';
import type { ExportChart } from './chart-set.js';
import { esc } from './html.js';
import { chartGrid } from './report-parts.js';

/** Steps and queues on the main path, overall and per class, with the path most passengers take. */
export function structureSection(r: RunResult, names: DisplayNames, str: ReportStrings, heading: 'h2' | 'h3' = 'h2'): string {
  const s = r.structure;
  if (!s) return '';
  const w = consolidationWords(str.lang);
  const c = w.report.structureCols;
  const path = (ids: string[]) => ids.map((id) => names.station(id)).join(' → ');
  const row = (id: string, name: string, p: PathStructure) =>
    `<tr data-group="${esc(id)}" data-steps="${p.steps}" data-queues="${p.queues}"><td class="nowrap">${esc(name)}</td><td class="num">${p.steps}</td><td class="num">${p.queues}</td><td class="num">${p.baggageSystemSteps}</td><td class="num">${fmtPercent(p.share)}</td><td>${esc(path(p.path))}</td></tr>`;
  const rows = [row('all', w.allPassengers, s), ...Object.entries(s.byClass).map(([id, k]) => row(id, names.passengerClass(id), k))].join('');
  return `<section class="structure-section keep" data-testid="report-structure" data-steps="${s.steps}" data-queues="${s.queues}">
<${heading}>${esc(w.report.structureTitle)}</${heading}>
<p><strong>${esc(structureText(s, str.lang))}</strong> <span class="muted">(${esc(w.structure)})</span></p>
<table data-testid="report-structure-table"><thead><tr><th>${esc(c.group)}</th><th class="num">${esc(c.steps)}</th><th class="num">${esc(c.queues)}</th><th class="num">${esc(c.baggageSystem)}</th><th class="num">${esc(c.share)}</th><th>${esc(c.path)}</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

/** The table behind the stacked chart: mean seconds and share of each part, per group, and the clearance they add up to. */
export function decompositionTable(r: RunResult, names: DisplayNames, str: ReportStrings): string {
  const d = r.decomposition;
  if (!d) return '';
  const w = consolidationWords(str.lang);
  const groups = [
    { id: 'all', name: w.allPassengers, g: d.overall, clearance: r.clearance.mean as number | null },
    ...Object.entries(d.byClass).map(([id, g]) => ({ id, name: names.passengerClass(id), g, clearance: r.byClass[id]?.mean ?? null })),
  ];
  const partCells = (mean: Record<string, number>, share: Record<string, number>) =>
    PARTS.map((p) => `<td class="num" data-part="${p}" data-value="${mean[p]}">${fmtSeconds(mean[p])} <span class="muted">(${fmtPercent(share[p], 0)})</span></td>`).join('');
  const rows = [
    ...groups.map(
      ({ id, name, g, clearance }) =>
        `<tr data-group="${esc(id)}"><td>${esc(name)}</td>${partCells(g.mean, g.share)}<td class="num" data-value="${clearance ?? ''}">${clearance === null ? '—' : fmtSeconds(clearance)}</td></tr>`,
    ),
    `<tr data-group="p95"><td>${esc(w.slowest)} <span class="muted">(${esc(w.report.slowestFrom(fmtSeconds(d.overall.p95.fromSeconds)))})</span></td>${partCells(d.overall.p95.mean, d.overall.p95.share)}<td class="num">—</td></tr>`,
  ].join('');
  return `<table data-testid="report-decomposition-table"><thead><tr><th></th>${PARTS.map((p) => `<th class="num">${esc(w.parts[p])}</th>`).join('')}<th class="num">${esc(w.report.clearance)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Where each second goes: the stacked chart (the run's `decomposition` chart) and its table. */
export function decompositionSection(r: RunResult, names: DisplayNames, str: ReportStrings, chart: ExportChart | undefined, scenarioName: string): string {
  if (!r.decomposition) return '';
  const w = consolidationWords(str.lang);
  return `<section class="decomposition-section" data-testid="report-decomposition">
<h2>${esc(w.decompositionTitle)}</h2>
${chart ? chartGrid([chart], scenarioName) : ''}
${decompositionTable(r, names, str)}
</section>`;
}

export interface ConsolidationSide {
  name: string;
  scenario: Scenario;
  result: RunResult;
  names: DisplayNames;
}

/**
 * What a comparison says about consolidation: the headline sentence, the attribution
 * sentence and table, steps and queues of both lanes, and every station of both lanes
 * mapped across (table, and the chart when given).
 */
export function comparisonConsolidation(cmp: Comparison, a: ConsolidationSide, b: ConsolidationSide, str: ReportStrings, chart: ExportChart | undefined, chartScenario: string): string {
  const w = consolidationWords(str.lang);
  const lang = str.lang;
  const mean = cmp.metrics.find((m) => m.key === 'clearance.mean');
  const rows = cmp.stationMap ?? [];
  const merged = rows.some((r) => r.kind === 'merged');
  const parts: string[] = [];
  if (mean) parts.push(`<p class="compare-headline" data-testid="report-compare-headline" data-significant="${mean.significant}">${esc(compareHeadline(mean, merged, lang))}</p>`);
  const at = cmp.attribution;
  if (at) {
    parts.push(`<p class="muted" data-testid="report-attribution">${esc(attributionText(at.clearance, at.parts, (p) => w.parts[p as keyof typeof w.parts], lang))}</p>`);
  }
  if (cmp.structure) {
    const s = cmp.structure;
    parts.push(
      `<p data-testid="report-compare-structure" data-steps="${s.delta.steps}" data-queues="${s.delta.queues}">${esc(w.structureOf)}${esc(a.name)} ${esc(structureText(s.a, lang))} · ${esc(b.name)} ${esc(structureText(s.b, lang))} → <strong>${esc(structureDeltaText(s.delta, lang))}</strong></p>`,
    );
  }
  if (at) {
    const c = w.report.attributionCols;
    const verdict = (significant: boolean, diff: number) => (significant ? (diff < 0 ? str.better : str.worse) : str.notSignificant);
    const badge = (significant: boolean, diff: number) => (significant ? (diff < 0 ? 'badge-ok' : 'badge-bad') : '');
    const partRows = at.parts
      .map(
        (p) =>
          `<tr data-part="${p.part}" data-diff="${p.diff}"><td>${esc(w.parts[p.part])}</td><td class="num">${fmtSeconds(p.a)}</td><td class="num">${fmtSeconds(p.b)}</td><td class="num">${esc(fmtSigned(p.diff))}</td><td class="num">${esc(fmtSignedInterval(p.diffCI95))}</td><td><span class="badge ${badge(p.significant, p.diff)}">${esc(verdict(p.significant, p.diff))}</span></td></tr>`,
      )
      .join('');
    const total = mean
      ? `<tr class="total" data-part="clearance" data-diff="${at.clearance.diff}"><td><strong>${esc(w.report.clearance)}</strong></td><td class="num">${fmtSeconds(mean.a)}</td><td class="num">${fmtSeconds(mean.b)}</td><td class="num"><strong>${esc(fmtSigned(at.clearance.diff))}</strong></td><td class="num">${esc(fmtSignedInterval(at.clearance.diffCI95))}</td><td><span class="badge ${badge(at.clearance.significant, at.clearance.diff)}">${esc(verdict(at.clearance.significant, at.clearance.diff))}</span></td></tr>`
      : '';
    parts.push(
      `<h4>${esc(w.report.attributionTitle)}</h4><table data-testid="report-attribution-table"><thead><tr><th>${esc(c.part)}</th><th class="num">${esc(c.a)}</th><th class="num">${esc(c.b)}</th><th class="num">${esc(c.diff)}</th><th class="num">${esc(c.interval)}</th><th>${esc(c.verdict)}</th></tr></thead><tbody>${partRows}${total}</tbody></table>`,
    );
  }
  if (rows.length > 0) {
    const c = w.columns;
    const side = (ids: string[], names: DisplayNames) => (ids.length ? ids.map((id) => names.station(id)).join(' + ') : w.none);
    const mapRows = rows
      .map((r) => {
        const diff = r.total ? r.total.diff : r.wait.diff + r.service.diff;
        return (
          `<tr data-testid="report-station-map-row" data-kind="${r.kind}" data-a="${esc(r.a.join(','))}" data-b="${esc(r.b.join(','))}">` +
          `<td>${esc(side(r.a, a.names))}</td><td>${esc(side(r.b, b.names))}</td><td><span class="badge ${r.kind === 'same' ? '' : 'badge-ok'}">${esc(w.kinds[r.kind])}</span></td>` +
          `<td class="num">${r.a.length ? fmtSeconds(r.wait.a) : w.none}</td><td class="num">${r.b.length ? fmtSeconds(r.wait.b) : w.none}</td>` +
          `<td class="num">${r.a.length ? fmtSeconds(r.service.a) : w.none}</td><td class="num">${r.b.length ? fmtSeconds(r.service.b) : w.none}</td>` +
          `<td class="num" data-value="${diff}">${esc(fmtSigned(diff))}</td><td class="num">${r.total ? esc(fmtSignedInterval(r.total.diffCI95)) : w.none}</td></tr>`
        );
      })
      .join('');
    parts.push(
      `<h4>${esc(w.stationMapTitle)}</h4><p class="muted">${esc(w.report.stationMapNote)}</p><table data-testid="report-station-map"><thead><tr><th>${esc(c.a)}</th><th>${esc(c.b)}</th><th>${esc(c.mapping)}</th><th class="num">${esc(c.waitA)}</th><th class="num">${esc(c.waitB)}</th><th class="num">${esc(c.serviceA)}</th><th class="num">${esc(c.serviceB)}</th><th class="num">${esc(c.diff)}</th><th class="num">${esc(w.interval)}</th></tr></thead><tbody>${mapRows}</tbody></table>`,
    );
    if (chart) parts.push(chartGrid([chart], chartScenario));
  }
  if (parts.length === 0) return '';
  return `<div class="consolidation" data-testid="report-consolidation"><h3>${esc(w.report.consolidationTitle)}</h3>${parts.join('\n')}</div>`;
}
