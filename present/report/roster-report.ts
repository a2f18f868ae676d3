/**
 * A duty roster as one self-contained HTML file (`lanesim roster --report`): the staffing
 * requirement per interval as a step chart against today's servers and the roster's
 * officers on duty, the roster's shifts as a Gantt chart, the shift table and the
 * verification run interval by interval. Both languages; no script, no external request.
 * Also the two staffing sections on their own, for any report whose result carries them.
 */
import type { RosterDoc } from '../../sim/sweep/roster-doc.js';
import type { ShiftChoice } from '../../sim/sweep/roster-model.js';
import { rosterGanttOption, staffingStepOption, type StepRow } from '../charts/staffing-charts.js';
import { fmtClock, fmtInt, fmtInterval, fmtSeconds } from '../format.js';
import { reportStrings, type ReportLanguage } from '../words/report-words.js';
import { STAFFING_WORDS } from '../words/staffing-words.js';
import { inlineChartSvg } from './chart-svg.js';
import { esc } from './html.js';
import { header, page, REPORT_CHART_SIZE } from './report-parts.js';

/** The step chart of a requirement (with today's servers and, optionally, officers on duty) as an inline SVG figure. */
export function staffingStepSection(rows: readonly StepRow[], intervalSeconds: number, lang: ReportLanguage, scenario: string, onDuty?: readonly number[]): string {
  const w = STAFFING_WORDS[lang];
  const svg = inlineChartSvg(staffingStepOption(rows, intervalSeconds, w, onDuty), { title: w.stepTitle, scenario, ...REPORT_CHART_SIZE });
  return `<section class="staffing-section" data-testid="report-staffing-step"><h2>${esc(w.stepTitle)}</h2><figure class="chart">${svg}</figure></section>`;
}

/** The Gantt chart of shifts as an inline SVG figure, with the shift table. */
export function rosterGanttSection(shifts: readonly ShiftChoice[], lang: ReportLanguage, scenario: string, dayEndSeconds?: number): string {
  const w = STAFFING_WORDS[lang];
  const height = Math.max(300, Math.min(1400, 110 + shifts.length * 30));
  const svg = inlineChartSvg(rosterGanttOption(shifts, w, dayEndSeconds), { title: w.ganttTitle, scenario, width: REPORT_CHART_SIZE.width, height });
  const table =
    `<table data-testid="report-roster-shifts"><thead><tr><th>${esc(w.shift)}</th><th>${esc(w.start)}</th><th>${esc(w.end)}</th><th>${esc(w.breakLabel)}</th><th class="num">${esc(w.officers)}</th></tr></thead><tbody>` +
    shifts
      .map(
        (s, i) =>
          `<tr><td>${i + 1}</td><td>${fmtClock(s.startSeconds)}</td><td>${fmtClock(s.startSeconds + s.lengthSeconds)}</td><td>${s.break ? `${fmtClock(s.break[0])}–${fmtClock(s.break[1])}` : ''}</td><td class="num">${s.officers}</td></tr>`,
      )
      .join('') +
    '</tbody></table>';
  return `<section class="roster-section" data-testid="report-roster-gantt"><h2>${esc(w.ganttTitle)}</h2><figure class="chart">${svg}</figure><h3>${esc(w.shifts)}</h3>${table}</section>`;
}

/** Officers on duty per interval of the requirement, from the roster's on-duty schedule. */
export function onDutyPerInterval(doc: RosterDoc): number[] {
  return doc.requirement.map((r) => {
    let v = 0;
    for (const s of doc.onDuty) if (s.fromSeconds <= r.fromSeconds) v = s.servers;
    return v;
  });
}

export interface RosterReportInput {
  doc: RosterDoc;
  language: ReportLanguage;
  /** The station's display name (defaults to its id). */
  stationName?: string;
}

/** The roster report's HTML text. Deterministic for the same input. */
export function rosterReportHtml(input: RosterReportInput): string {
  const { doc, language } = input;
  const str = reportStrings(language);
  const w = STAFFING_WORDS[language];
  const station = input.stationName ?? doc.station;
  const officers = doc.shifts.reduce((a, s) => a + s.officers, 0);
  const meta = `${doc.scenario} · ${w.target} ${doc.target.text} · ${w.summary({ shifts: doc.shifts.length, officers, paid: `${fmtSeconds(doc.paidStaffHours)} ${w.hours}`, required: `${fmtSeconds(doc.requirementStaffHours)} ${w.hours}` })}`;
  const end = doc.requirement.length ? doc.requirement[doc.requirement.length - 1].fromSeconds + doc.intervalSeconds : undefined;
  const verification =
    `<table data-testid="report-roster-verification"><thead><tr><th>${esc(w.interval)}</th><th class="num">${esc(w.required)}</th><th class="num">${esc(w.onDuty)}</th><th class="num">${esc(w.passengers)}</th><th class="num">${esc(w.wait)}</th><th class="num">${esc(w.ci)}</th><th>${esc(w.verdict)}</th></tr></thead><tbody>` +
    doc.verification
      .map((iv, k) => {
        const verdict = iv.metric === null || iv.metric === undefined ? w.noPassengers : iv.met ? w.met : w.missed;
        return `<tr data-met="${iv.met}"><td>${fmtClock(iv.fromSeconds ?? 0)}</td><td class="num">${doc.requirement[k]?.servers ?? ''}</td><td class="num">${iv.servers ?? ''}</td><td class="num">${fmtInt(iv.passengers ?? 0)}</td><td class="num">${iv.metric === null || iv.metric === undefined ? '—' : fmtSeconds(iv.metric)}</td><td class="num">${iv.metricCI95 ? fmtInterval(iv.metricCI95) : ''}</td><td>${esc(verdict)}</td></tr>`;
      })
      .join('') +
    '</tbody></table>';
  const body = [
    header(w.reportKicker, w.reportTitle(station), meta),
    `<section class="headline"><p data-testid="report-roster-verified" data-verified="${doc.verified}"><strong>${esc(doc.verified ? w.verifiedYes : w.verifiedNo)}</strong></p></section>`,
    staffingStepSection(
      doc.requirement.map((r) => ({ fromSeconds: r.fromSeconds, servers: r.servers, ...(r.today !== undefined ? { today: r.today } : {}) })),
      doc.intervalSeconds,
      language,
      doc.scenario,
      onDutyPerInterval(doc),
    ),
    rosterGanttSection(doc.shifts, language, doc.scenario, end),
    `<section class="verification-section"><h2>${esc(w.verification)}</h2>${verification}</section>`,
    doc.staffingMessages.length ? `<section><h2>${esc(w.notes)}</h2><ul>${doc.staffingMessages.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></section>` : '',
    `<footer class="report-footer">${esc(str.generatedBy)} · ${esc(doc.format)}</footer>`,
  ].join('\n');
  return page(str, `${w.reportTitle(station)} — ${doc.scenario}`, body);
}
