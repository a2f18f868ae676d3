/**
 * A run as one self-contained HTML file: scenario summary and sources, the lane and its
 * structure (steps and queues per class), headline figures with 95 % intervals, the five
 * result charts (inline SVG, the UI's own options), where each second goes (stacked chart
 * and table), the per-station and per-class tables, the tables per flight and vehicle
 * (departing flights with their missed-flight risk) and the assumptions. No script, no external request
 * (a CSP forbids them), so it opens offline and prints to a clean PDF.
 */
import { displayNames, type RunResult, type Scenario } from '../../sim/index.js';
import { fmtInt } from '../format.js';
import { runCharts } from './chart-set.js';
import { esc } from './html.js';
import { losReportSection } from './los-report.js';
import { groupsReportSection } from './groups-report.js';
import { assumptionsList, chartGrid, classTable, footer, header, headlineCards, laneSection, page, scenarioSection, stationTable } from './report-parts.js';
import { reportStrings, type ReportLanguage } from '../words/report-words.js';
import type { ScenarioChange } from '../insight/scenario-changes.js';
import { parametersSection } from './parameters-table.js';
import { decompositionSection, structureSection } from './consolidation-report.js';

export interface RunReportInput {
  scenario: Scenario;
  result: RunResult;
  /** Name of the run (UI run list); defaults to the scenario's name. */
  name?: string;
  language: ReportLanguage;
  /** Printed in the footer when given (kept out by default so the same run gives the same file). */
  generatedAt?: string;
  /** What the run changed against its file; omitted: not known (the CLI runs files as they are). */
  changes?: readonly ScenarioChange[];
}

/** The report's HTML text. Deterministic for the same input. Async: the lane is laid out by elkjs. */
export async function runReportHtml(input: RunReportInput): Promise<string> {
  const { scenario, result: r, language } = input;
  const str = reportStrings(language);
  const names = displayNames(scenario, language);
  const name = input.name ?? names.scenario;
  const charts = runCharts({ name, result: r, station: names.station, passengerClass: names.passengerClass }, str);
  const meta = `${str.scenarioFacts.seed} ${r.seed} · ${str.scenarioFacts.replications} ${r.replications} · ${fmtInt(r.passengers)} ${str.units.pax}`;
  const body = [
    header(str.runTitle, name, meta),
    `<section class="headline"><h2>${esc(str.headline)}</h2>${headlineCards(r, str)}</section>`,
    scenarioSection(scenario, r, str),
    parametersSection(scenario, r.scenarioHash, input.changes ?? null, language),
    await laneSection(scenario, str, 'lane'),
    structureSection(r, names, str),
    `<section class="charts-section"><h2>${esc(str.charts)}</h2>${chartGrid(
      charts.filter((c) => c.id !== 'decomposition'),
      name,
    )}</section>`,
    decompositionSection(r, names, str, charts.find((c) => c.id === 'decomposition'), name),
    `<section class="stations-section"><h2>${esc(str.stations)}</h2>${stationTable(r, str, names)}<h3>${esc(str.byClass)}</h3>${classTable(r, scenario, str)}</section>`,
    groupsReportSection(r, str, names),
    losReportSection(r, language, name, names.station),
    `<section class="assumptions-section keep"><h2>${esc(str.assumptions)}</h2>${assumptionsList(r, str)}</section>`,
    footer(str, r, input.generatedAt),
  ].join('\n');
  return page(str, `${name} — ${str.runTitle}`, body);
}
