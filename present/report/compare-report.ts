/**
 * A comparison of two or more runs as one self-contained HTML file: for each candidate the
 * paired (or independent) difference against the baseline with its 95 % interval and a
 * verdict, then what changed — the headline sentence, the difference attributed to its
 * parts, steps and queues of both lanes, and every station of both lanes mapped across
 * (table and chart); the overlaid charts (cumulative curves, waits at every station, where
 * each lane's seconds go); for each run its scenario summary, lane, structure, headline
 * figures, decomposition and per-station table; and the assumptions.
 */
import { compareResults, displayNames, type Comparison, type MetricComparison, type RunResult, type Scenario } from '../../sim/index.js';
import { fmtInterval, fmtSigned } from '../format.js';
import { definitionKey, figureText } from '../figures/figures.js';
import { figureDefinition } from '../figures/figure-definitions.js';
import { compareCharts } from './chart-set.js';
import { comparisonConsolidation, decompositionTable, structureSection } from './consolidation-report.js';
import { consolidationWords } from '../words/consolidation-words.js';
import { esc } from './html.js';
import { assumptionsList, chartGrid, footer, header, headlineCards, laneSection, page, scenarioSection, stationTable } from './report-parts.js';
import { reportStrings, type ReportLanguage, type ReportStrings } from '../words/report-words.js';

export interface CompareRun {
  name: string;
  scenario: Scenario;
  result: RunResult;
}

export interface CompareReportInput {
  /** The baseline first, then 1 or more candidates. */
  runs: readonly CompareRun[];
  /** Each candidate against the baseline; computed with `compareResults` when omitted. */
  comparisons?: readonly Comparison[];
  language: ReportLanguage;
  generatedAt?: string;
}

function fmtMetric(m: MetricComparison, v: number): string {
  return figureText(m.unit, v);
}

function metricName(m: MetricComparison, str: ReportStrings, stationLabel: (id: string) => string): string {
  const station = /^stations\.(.+)\.meanWait$/.exec(m.key);
  if (station) return str.stationWait(stationLabel(station[1]));
  return (str.metrics as Record<string, string>)[m.key] ?? m.key;
}

function comparisonTable(cmp: Comparison, base: CompareRun, other: CompareRun, str: ReportStrings): string {
  const c = str.compareCols;
  const names = displayNames(base.scenario, str.lang);
  const label = (id: string) => names.station(id);
  const rows = cmp.metrics
    .map((m) => {
      const f = (n: number) => fmtMetric(m, n);
      const verdict = m.significant ? (m.winner === 'b' ? str.better : str.worse) : str.notSignificant;
      const cls = m.significant ? (m.winner === 'b' ? 'badge-ok' : 'badge-bad') : '';
      const def = figureDefinition(definitionKey(m.key), str.lang === 'en' ? 'en' : 'zh-CN');
      return `<tr data-metric="${esc(m.key)}"><td${def ? ` title="${esc(def)}"` : ''}>${esc(metricName(m, str, label))}</td><td class="num" data-figure="${esc(m.key)}" data-value="${m.a}">${esc(f(m.a))}</td><td class="num" data-figure="${esc(m.key)}" data-value="${m.b}">${esc(f(m.b))}</td><td class="num">${esc(fmtSigned(m.diff, f))}</td><td class="num">${esc(fmtInterval(m.diffCI95, (n) => fmtSigned(n, f)))}</td><td><span class="badge ${cls}">${esc(verdict)}</span></td></tr>`;
    })
    .join('');
  return `<h3>${esc(str.comparison(other.name, base.name))} <span class="badge">${esc(cmp.paired ? str.paired : str.unpaired)}</span></h3>
<table data-testid="report-compare-table"><thead><tr><th>${esc(c.metric)}</th><th class="num">${esc(c.baseline)}</th><th class="num">${esc(c.candidate)}</th><th class="num" title="${esc(figureDefinition('compare.diff', str.lang === 'en' ? 'en' : 'zh-CN') ?? '')}">${esc(c.diff)}</th><th class="num">${esc(c.interval)}</th><th>${esc(c.verdict)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The comparison report's HTML text; rejects when fewer than two runs are given. Async: the lanes are laid out by elkjs. */
export async function compareReportHtml(input: CompareReportInput): Promise<string> {
  const { runs, language } = input;
  if (runs.length < 2) throw new Error(`a comparison report needs at least two runs, got ${runs.length}`);
  const str = reportStrings(language);
  const base = runs[0];
  const comparisons = input.comparisons ?? runs.slice(1).map((r) => compareResults(base.result, r.result));
  const title = runs.map((r) => r.name).join(' · ');
  const names = runs.map((r) => displayNames(r.scenario, language));
  const charts = compareCharts(
    runs.map((r, i) => ({ name: r.name, result: r.result, station: names[i].station, passengerClass: names[i].passengerClass })),
    str,
    comparisons,
  );
  const stationChart = (i: number) => charts.find((c) => c.id === (i === 0 ? 'compare-stations' : `compare-stations-${i + 2}`));
  const side = (i: number) => ({ ...runs[i], names: names[i] });
  const w = consolidationWords(language);
  const meta = `${str.scenarioFacts.seed} ${base.result.seed} · ${str.scenarioFacts.replications} ${base.result.replications}`;
  const lanes = await Promise.all(runs.map((r, i) => laneSection(r.scenario, str, `lane${i}`, str.lane)));
  const perRun = runs
    .map(
      (r, i) => `<section class="run-section${i > 0 ? ' page-break' : ''}" data-testid="report-run">
${scenarioSection(r.scenario, r.result, str, `${i + 1}. ${r.name}`)}
<h3>${esc(str.headline)}</h3>${headlineCards(r.result, str)}
${lanes[i]}
${structureSection(r.result, names[i], str, 'h3')}
${r.result.decomposition ? `<h3>${esc(w.decompositionTitle)}</h3>${decompositionTable(r.result, names[i], str)}` : ''}
<h3>${esc(str.stations)}</h3>${stationTable(r.result, str, names[i])}
</section>`,
    )
    .join('\n');
  const body = [
    header(str.compareTitle, title, meta),
    `<section class="compared"><h2>${esc(str.compared)}</h2>${comparisons
      .map((c, i) => `${comparisonTable(c, base, runs[i + 1], str)}\n${comparisonConsolidation(c, side(0), side(i + 1), str, stationChart(i), `${base.name} · ${runs[i + 1].name}`)}`)
      .join('\n')}</section>`,
    `<section class="charts-section"><h2>${esc(str.charts)}</h2>${chartGrid(
      charts.filter((c) => !c.id.startsWith('compare-stations')),
      title,
    )}</section>`,
    perRun,
    `<section class="assumptions-section keep"><h2>${esc(str.assumptions)}</h2>${assumptionsList(base.result, str)}</section>`,
    footer(str, base.result, input.generatedAt),
  ].join('\n');
  return page(str, `${title} — ${str.compareTitle}`, body);
}
