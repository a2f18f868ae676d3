/**
 * The report's tables per flight and per vehicle, from the result's `groups`: arriving groups
 * (when they arrive, first and last passenger out, mean and p95 clearance, share within the
 * target, the dwell of a bus) and departing flights against their cut-off (who reached the
 * lane by it, who left the lane after it: the missed-flight risk), in the scenario's clock
 * when it has one. Figures come from the result; nothing is recomputed here.
 */
import { clockLabel, type DisplayNames, type GroupSummary, type Interval, type RunResult } from '../../sim/index.js';
import { fmtFixed, fmtInt, fmtInterval, fmtPercent, fmtSeconds } from '../format.js';
import type { ReportStrings } from '../words/report-words.js';
import { esc } from './html.js';

/** A figure with its 95 % interval under it (keeps the wide tables inside the page). */
function withInterval(value: string, iv: Interval, f: (n: number) => string): string {
  return `${value}<br><span class="muted nowrap">${esc(fmtInterval(iv, f))}</span>`;
}

const count = (n: number) => fmtFixed(n, 1);

function th(text: string, num = false): string {
  return `<th${num ? ' class="num"' : ''}>${esc(text)}</th>`;
}

function td(html: string, num = false): string {
  return `<td${num ? ' class="num"' : ''}>${html}</td>`;
}

function arrivalsTable(groups: readonly GroupSummary[], r: RunResult, str: ReportStrings, names: DisplayNames | undefined): string {
  const g = str.groups;
  const at = (t: number) => esc(clockLabel(t, r.clock));
  const vehicles = groups.some((x) => x.kind === 'vehicle');
  const head = [th(g.id), th(g.arrives, true), th(g.passengers, true), th(g.firstOut, true), th(g.lastOut, true), th(g.mean, true), th(g.p95, true), th(g.withinTarget, true), ...(vehicles ? [th(g.dwell, true)] : [])].join('');
  const rows = groups
    .map(
      (x) =>
        `<tr data-group="${esc(x.id)}">` +
        [
          td(esc(names?.flight(x.id) ?? x.id)),
          td(at(x.atSeconds), true),
          td(fmtInt(x.passengers), true),
          td(at(x.firstClearedSeconds), true),
          td(at(x.lastClearedSeconds), true),
          td(withInterval(fmtSeconds(x.meanClearance), x.meanClearanceCI95, fmtSeconds), true),
          td(withInterval(fmtSeconds(x.p95Clearance), x.p95ClearanceCI95, fmtSeconds), true),
          td(withInterval(fmtPercent(x.withinTarget), x.withinTargetCI95, fmtPercent), true),
          ...(vehicles ? [td(x.kind === 'vehicle' ? fmtSeconds(x.dwellSeconds) : '—', true)] : []),
        ].join('') +
        '</tr>',
    )
    .join('');
  return `<table class="wrap-head" data-testid="report-groups-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table><p class="muted">${esc(g.note)}</p>`;
}

function departuresTable(groups: readonly GroupSummary[], r: RunResult, str: ReportStrings, names: DisplayNames | undefined, heading: boolean): string {
  const g = str.groups;
  const at = (t: number) => esc(clockLabel(t, r.clock));
  const head = [th(g.id), th(g.std, true), th(g.cutoff, true), th(g.passengers, true), th(g.reached, true), th(g.firstOut, true), th(g.lastOut, true), th(g.mean, true), th(g.p95, true), th(g.afterCutoff, true), th(g.afterCutoffShare, true)].join('');
  const rows = groups
    .map((x) => {
      const d = x.departure!;
      return (
        `<tr data-group="${esc(x.id)}"${d.afterCutoffShare > 0.01 ? ' class="bottleneck"' : ''}>` +
        [
          td(esc(names?.flight(x.id) ?? x.id)),
          td(at(d.stdSeconds), true),
          td(at(d.cutoffSeconds), true),
          td(fmtInt(x.passengers), true),
          td(withInterval(count(d.reachedLane), d.reachedLaneCI95, count), true),
          td(at(x.firstClearedSeconds), true),
          td(at(x.lastClearedSeconds), true),
          td(withInterval(fmtSeconds(x.meanClearance), x.meanClearanceCI95, fmtSeconds), true),
          td(withInterval(fmtSeconds(x.p95Clearance), x.p95ClearanceCI95, fmtSeconds), true),
          td(withInterval(count(d.afterCutoff), d.afterCutoffCI95, count), true),
          td(withInterval(fmtPercent(d.afterCutoffShare), d.afterCutoffShareCI95, fmtPercent), true),
        ].join('') +
        '</tr>'
      );
    })
    .join('');
  return `${heading ? `<h3>${esc(g.departures)}</h3>` : ''}<table class="wrap-head" data-testid="report-departures-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table><p class="muted">${esc(g.departuresNote)}</p>`;
}

/** The section, or '' when the run has no flights or vehicles. */
export function groupsReportSection(r: RunResult, str: ReportStrings, names?: DisplayNames): string {
  const groups = r.groups ?? [];
  if (groups.length === 0) return '';
  const arriving = groups.filter((x) => !x.departure);
  const departing = groups.filter((x) => x.departure);
  const g = str.groups;
  const vehicles = arriving.some((x) => x.kind === 'vehicle');
  const heading = arriving.length === 0 ? g.departures : vehicles ? (arriving.every((x) => x.kind === 'vehicle') ? g.vehicles : g.mixed) : g.flights;
  return `<section class="groups-section" data-testid="report-groups"><h2>${esc(heading)}</h2>${r.clock ? '' : `<p class="muted">${esc(g.elapsed)}</p>`}${arriving.length ? arrivalsTable(arriving, r, str, names) : ''}${departing.length ? departuresTable(departing, r, str, names, arriving.length > 0) : ''}</section>`;
}
