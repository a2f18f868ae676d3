/**
 * Pieces shared by the run and the comparison report: the page shell (inline CSS, a CSP
 * that forbids every network request), the scenario summary with its sources, the lane,
 * headline cards with 95 % intervals, the chart grid, the per-station and per-class
 * tables, and the assumptions. Each returns an HTML string; all user text is escaped.
 */
import { displayNames, type DisplayNames, type RunResult, type Scenario } from '../../sim/index.js';
import { definitionKey, runFigures, type Figure } from '../figures/figures.js';
import { figureDefinition } from '../figures/figure-definitions.js';
import { fmtDuration, fmtFixed, fmtInt, fmtInterval, fmtPercent, fmtSeconds } from '../format.js';
import type { ExportChart } from './chart-set.js';
import { inlineChartSvg } from './chart-svg.js';
import { bottleneck as bottleneckOf } from '../insight/bottleneck.js';
import { esc } from './html.js';
import { laneSvg } from './lane-svg.js';
import { REPORT_CSS } from './report-css.js';
import type { ReportStrings } from '../words/report-words.js';

/** Width and height the report's charts are drawn at (scaled to the column by CSS). */
export const REPORT_CHART_SIZE = { width: 960, height: 400 };

/** The whole document around `body`. */
export function page(str: ReportStrings, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${str.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="LaneSim">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main class="report">
${body}
</main>
</body>
</html>
`;
}

export function header(kicker: string, title: string, meta: string): string {
  return `<header class="report-header"><p class="kicker">${esc(kicker)}</p><h1 data-testid="report-title">${esc(title)}</h1><p class="meta">${esc(meta)}</p></header>`;
}

function arrivalText(a: Scenario['arrivals'][number], str: ReportStrings): string {
  const name = a.id ? `${a.id}: ` : '';
  if (a.kind === 'poisson') {
    if (a.schedule) {
      const rates = a.schedule.map((s) => s.ratePerHour);
      return `${name}${str.arrivalKinds.poisson} ${fmtInt(Math.min(...rates))}–${fmtInt(Math.max(...rates))} ${str.units.perHour}`;
    }
    return `${name}${str.arrivalKinds.poisson} ${fmtInt(a.ratePerHour ?? 0)} ${str.units.perHour}`;
  }
  const groups: ReadonlyArray<{ passengers: number }> = a.kind === 'vehicles' ? a.vehicles : a.flights;
  const pax = groups.reduce((n, g) => n + g.passengers, 0);
  return `${name}${str.arrivalKinds[a.kind]} × ${groups.length} (${fmtInt(pax)} ${str.units.pax})`;
}

/** Scenario facts, description and sources. */
export function scenarioSection(scenario: Scenario, result: RunResult, str: ReportStrings, heading = str.summary): string {
  const names = displayNames(scenario, str.lang);
  const f = str.scenarioFacts;
  const facts: Array<[string, string]> = [
    [f.scenario, names.scenario],
    [f.hash, result.scenarioHash],
    [f.engine, result.engine],
    [f.seed, String(result.seed)],
    [f.replications, String(result.replications)],
    [f.passengers, fmtInt(result.passengers)],
    [f.horizon, fmtDuration(scenario.horizon.arrivalsSeconds, str.units)],
    [f.warmup, fmtDuration(scenario.horizon.warmupSeconds ?? 0, str.units)],
    [f.target, fmtDuration(result.withinTarget.seconds, str.units)],
    [f.classes, scenario.classes.map((c) => `${names.passengerClass(c.id)} ${fmtPercent(c.share)}`).join(', ')],
    [f.arrivals, scenario.arrivals.map((a) => arrivalText(a, str)).join('; ')],
  ];
  const sources = scenario.sources ?? [];
  return `<section class="scenario" data-testid="report-scenario">
<h2>${esc(heading)}</h2>
<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h3>${esc(str.description)}</h3>
${names.description ? `<p class="description">${esc(names.description)}</p>` : `<p class="muted">${esc(str.noDescription)}</p>`}
<h3>${esc(str.sources)}</h3>
${sources.length ? `<ol class="sources" data-testid="report-sources">${sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>` : `<p class="muted">${esc(str.noSources)}</p>`}
</section>`;
}

export async function laneSection(scenario: Scenario, str: ReportStrings, idPrefix: string, heading = str.lane): Promise<string> {
  const { svg } = await laneSvg(scenario, str, idPrefix, displayNames(scenario, str.lang));
  return `<section class="lane-section keep"><h2>${esc(heading)}</h2><p class="muted">${esc(str.laneNote)}</p><div class="lane" data-testid="report-lane">${svg}</div></section>`;
}

/** The definition of a figure as a tooltip attribute (empty when it has none). */
function defTitle(key: string, str: ReportStrings): string {
  const d = figureDefinition(definitionKey(key), str.lang === 'en' ? 'en' : 'zh-CN');
  return d ? ` title="${esc(d)}"` : '';
}

/** A cell holding one labelled figure: its text, its key and exact value for anyone checking. */
function figureCell(f: Figure | undefined): string {
  return f ? `<td class="num" data-figure="${esc(f.key)}" data-value="${f.value}">${esc(f.text)}</td>` : '<td class="num">—</td>';
}

function card(title: string, f: Figure, unit: string, sub: string, testId: string, str: ReportStrings): string {
  const value = `<span data-figure="${esc(f.key)}" data-value="${f.value}">${esc(f.text)}</span>${unit ? ` ${esc(unit)}` : ''}`;
  return `<div class="card" data-testid="${testId}"><div class="card-title"${defTitle(f.key, str)}>${esc(title)}</div><div class="card-value">${value}</div><div class="card-sub">${esc(sub)}</div></div>`;
}

/** Mean and p95 clearance, share within target and throughput, each with its 95 % interval. */
export function headlineCards(r: RunResult, str: ReportStrings): string {
  const s = str.units.s;
  const f = runFigures(r);
  const get = (key: string) => f.get(key) as Figure;
  const units = str.units;
  return `<div class="cards">${[
    card(str.meanClearance, get('clearance.mean'), s, `${str.ci95} ${fmtInterval(r.clearance.meanCI95)} · ${fmtDuration(r.clearance.mean, units)}`, 'report-card-mean', str),
    card(str.p95Clearance, get('clearance.p95'), s, `${str.ci95} ${fmtInterval(r.clearance.p95CI95)} · ${fmtDuration(r.clearance.p95, units)}`, 'report-card-p95', str),
    card(str.withinTarget(fmtDuration(r.withinTarget.seconds, units)), get('withinTarget'), '', `${str.ci95} ${fmtInterval(r.withinTarget.shareCI95, fmtPercent)}`, 'report-card-within', str),
    card(str.throughput, get('throughputPerHour'), str.units.perHour, `${fmtInt(r.passengers)} ${str.units.pax}`, 'report-card-throughput', str),
  ].join('')}</div>`;
}

/** The charts as inline SVG, one per row at the width of the page. */
export function chartGrid(charts: readonly ExportChart[], scenario: string): string {
  return `<div class="charts">${charts
    .map((c) => `<figure class="chart" data-testid="report-chart" data-chart="${esc(c.id)}">${inlineChartSvg(c.option, { title: c.title, scenario, sources: c.sources, ...REPORT_CHART_SIZE })}</figure>`)
    .join('')}</div>`;
}

/** The station table; `names` gives station and check names in the report's language. */
export function stationTable(r: RunResult, str: ReportStrings, names?: DisplayNames): string {
  const station = (id: string, label: string) => names?.station(id) ?? (label || id);
  const check = (c: string) => names?.check(c) ?? c;
  const c = str.stationCols;
  // The station where passengers lose the most time waiting, with the reason as its tooltip.
  const b = bottleneckOf(r);
  const bottleneck = b?.id;
  const why = b ? str.bottleneckWhy({ hours: fmtFixed(b.lostHoursPerReplication, 1), wait: fmtSeconds(b.meanWait), served: fmtInt(b.servedPerReplication), peak: fmtPercent(b.peakUtilization) }) : '';
  const f = runFigures(r);
  const rows = r.stations
    .map(
      (s) =>
        `<tr${s.id === bottleneck ? ' class="bottleneck"' : ''} data-station="${esc(s.id)}"><td>${esc(station(s.id, s.label))}${s.id === bottleneck ? `<span class="badge badge-warn" title="${esc(why)}">${esc(str.bottleneck)}</span>` : ''}</td>` +
        `<td>${esc(s.checks.map(check).join(' + '))}</td><td class="nowrap">${esc(str.modes[s.mode])}</td>` +
        `<td class="num">${fmtInt(s.served)}</td>${figureCell(f.get(`stations.${s.id}.meanWait`))}<td class="num">${fmtInterval(s.meanWaitCI95)}</td>` +
        `${figureCell(f.get(`stations.${s.id}.p95Wait`))}${figureCell(f.get(`stations.${s.id}.utilization`))}${figureCell(f.get(`stations.${s.id}.peakUtilization`))}` +
        `<td class="num">${fmtFixed(s.meanQueue, 1)}</td><td class="num">${fmtInt(s.maxQueue)}</td></tr>`,
    )
    .join('');
  const th = (text: string, key: string) => `<th class="num"${defTitle(key, str)}>${esc(text)}</th>`;
  return `<table data-testid="report-station-table"><thead><tr><th>${esc(c.station)}</th><th>${esc(c.checks)}</th><th>${esc(c.mode)}</th><th class="num">${esc(c.served)}</th>${th(c.meanWait, 'station.meanWait')}<th class="num">${esc(c.ci95)}</th>${th(c.p95Wait, 'station.p95Wait')}${th(c.utilization, 'station.utilization')}${th(c.peakUtilization, 'station.peakUtilization')}<th class="num">${esc(c.meanQueue)}</th><th class="num">${esc(c.maxQueue)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function classTable(r: RunResult, scenario: Scenario, str: ReportStrings): string {
  const c = str.classCols;
  const f = runFigures(r);
  const rows = Object.entries(r.byClass)
    .map(([id, k]) => {
      const cls = scenario.classes.find((x) => x.id === id);
      return `<tr><td>${esc(displayNames(scenario, str.lang).passengerClass(id))}</td><td class="num">${cls ? fmtPercent(cls.share) : '—'}</td><td class="num">${fmtInt(k.passengers)}</td>${figureCell(f.get(`classes.${id}.mean`))}<td class="num">${fmtInterval(k.meanCI95)}</td>${figureCell(f.get(`classes.${id}.p95`))}</tr>`;
    })
    .join('');
  return `<table data-testid="report-class-table"><thead><tr><th>${esc(c.cls)}</th><th class="num">${esc(c.share)}</th><th class="num">${esc(c.passengers)}</th><th class="num"${defTitle('class.mean', str)}>${esc(c.mean)}</th><th class="num">${esc(c.ci95)}</th><th class="num"${defTitle('class.p95', str)}>${esc(c.p95)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function assumptionsList(r: RunResult, str: ReportStrings): string {
  const lines = str.assumptionLines({ replications: r.replications, seed: r.seed, targetSeconds: fmtDuration(r.withinTarget.seconds, str.units), warmup: fmtDuration(r.warmupSeconds, str.units) });
  return `<ul class="assumptions">${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`;
}

export function footer(str: ReportStrings, r: RunResult, generatedAt: string | undefined): string {
  return `<footer class="report-footer">${esc(str.generatedBy)} ${esc(r.engine)}${generatedAt ? ` · ${esc(generatedAt)}` : ''} · ${esc(r.format)}</footer>`;
}
