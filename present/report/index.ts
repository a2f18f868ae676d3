/**
 * Analysts' exports that run anywhere (command line, renderer, Electron): charts as
 * standalone SVG and the one-file HTML report of a run or a comparison. Pure TypeScript:
 * no Node APIs, no React; callers write the strings where they belong.
 */
export { chartSvg, inlineChartSvg, exportOption, chartData, withAxisNames, legendRows, DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT } from './chart-svg.js';
export type { ChartOption, ChartMeta, ChartData, ChartSource } from './chart-svg.js';
export { runCharts, compareCharts } from './chart-set.js';
export type { ExportChart, NamedResult, RunChartId, CompareChartId } from './chart-set.js';
export { runReportHtml } from './run-report.js';
export type { RunReportInput } from './run-report.js';
export { compareReportHtml } from './compare-report.js';
export { rosterReportHtml, rosterGanttSection, staffingStepSection, onDutyPerInterval } from './roster-report.js';
export type { RosterReportInput } from './roster-report.js';
export type { CompareReportInput, CompareRun } from './compare-report.js';
export { laneSvg } from './lane-svg.js';
export { REPORT_STRINGS, REPORT_LANGUAGES, reportStrings } from '../words/report-words.js';
export type { ReportLanguage, ReportStrings } from '../words/report-words.js';
