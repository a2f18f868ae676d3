/**
 * A run's result as text a planner reads at a glance: the clearance figures with their 95 %
 * intervals, the share within the target, each class, and each station's wait, load (mean
 * and in the busiest interval) and queue. Every figure comes from the RunResult; nothing is
 * recomputed here.
 */
import { clockLabel, type RunResult } from '../sim/index.js';
import { structureText } from '../present/insight/consolidation-text.js';
import { renderDecomposition } from './render-decomposition.js';
import { renderLosTable } from './render-los.js';
import { departuresTable, groupsTable, type GroupTable } from '../present/tables/groups-table.js';
import { formatTable } from './table.js';
import { fmtDuration, fmtFixed, fmtInt, fmtInterval, fmtPercent, fmtPercentNumber, fmtSeconds, fmtSecondsAndDuration, fmtWall, NO_VALUE } from '../present/format.js';
import type { Language } from '../present/words/languages.js';
import { provenanceText, RUN_TABLE_WORDS, type RunTableWords } from '../present/words/table-words.js';

/** The run as text in `lang` (English by default: the wording scripts and the README read). */
export function renderRunTable(result: RunResult, file: string, lang: Language = 'en'): string {
  const w = RUN_TABLE_WORDS[lang];
  const col = w.columns;
  const c = result.clearance;
  let out = `${result.scenario}\n`;
  out += `  ${file} · ${w.headline({ seed: result.seed, replications: result.replications, passengers: fmtInt(result.passengers), events: fmtInt(result.events), wall: fmtWall(result.wallMs) })}\n`;
  // With a scenario clock: when the day starts and when the last passenger left, as times of day.
  if (result.clock) out += `  ${w.clockLine({ start: `${result.clock.date ? `${result.clock.date} ` : ''}${clockLabel(0, result.clock)}`, end: clockLabel(result.makespanSeconds, result.clock) })}\n`;
  out += '\n';

  out += `${w.clearanceTitle}\n`;
  out += formatTable(
    [{ header: w.figure }, { header: w.value, align: 'right' }, { header: w.intervalSeconds, align: 'right' }],
    [
      [w.mean, fmtSecondsAndDuration(c.mean), fmtInterval(c.meanCI95)],
      [w.median, fmtSecondsAndDuration(c.p50), ''],
      ['p90', fmtSecondsAndDuration(c.p90), ''],
      ['p95', fmtSecondsAndDuration(c.p95), fmtInterval(c.p95CI95)],
      ['p99', fmtSecondsAndDuration(c.p99), ''],
      [w.max, fmtSecondsAndDuration(c.max), ''],
      [w.withinTarget(fmtDuration(result.withinTarget.seconds)), fmtPercent(result.withinTarget.share), fmtInterval(result.withinTarget.shareCI95, (v) => fmtPercent(v))],
      [w.throughput, `${fmtInt(result.throughputPerHour)} ${w.paxPerHour}`, ''],
    ],
  );

  if (result.structure) out += `\n${w.structureLine}: ${structureText(result.structure, lang)}\n`;

  out += `\n${w.byClass}\n`;
  out += formatTable(
    [
      { header: col.cls },
      { header: col.passengers, align: 'right' },
      { header: col.meanS, align: 'right' },
      { header: col.interval, align: 'right' },
      { header: col.p95S, align: 'right' },
      ...(result.structure ? [{ header: col.steps, align: 'right' as const }, { header: col.queues, align: 'right' as const }] : []),
    ],
    Object.entries(result.byClass).map(([id, k]) => {
      const st = result.structure?.byClass[id];
      return [id, fmtInt(k.passengers), fmtSeconds(k.mean), fmtInterval(k.meanCI95), fmtSeconds(k.p95), ...(result.structure ? [st ? String(st.steps) : NO_VALUE, st ? String(st.queues) : NO_VALUE] : [])];
    }),
  );

  if (result.decomposition) out += renderDecomposition(result.decomposition, lang);

  out += `\n${w.stations}\n`;
  out += formatTable(
    [
      { header: col.station },
      { header: col.kind },
      { header: col.served, align: 'right' },
      { header: col.waitMeanS, align: 'right' },
      { header: col.interval, align: 'right' },
      { header: col.waitP95S, align: 'right' },
      { header: col.serviceS, align: 'right' },
      { header: col.servers, align: 'right' },
      { header: col.busy, align: 'right' },
      { header: col.peakBusy, align: 'right' },
      { header: col.queueMean, align: 'right' },
      { header: col.queueMax, align: 'right' },
      { header: col.alarmsIn, align: 'right' },
    ],
    result.stations.map((s) => [
      s.id,
      w.modes[s.mode],
      fmtInt(s.served),
      fmtSeconds(s.meanWait),
      fmtInterval(s.meanWaitCI95),
      fmtSeconds(s.p95Wait),
      fmtSeconds(s.meanService),
      s.mode === 'queue' ? fmtFixed(s.meanServers, 1) : NO_VALUE,
      s.mode === 'queue' ? fmtPercentNumber(s.utilization) : NO_VALUE,
      s.mode === 'queue' ? fmtPercentNumber(s.peakUtilization) : NO_VALUE,
      fmtFixed(s.meanQueue, 1),
      fmtInt(s.maxQueue),
      fmtInt(s.alarmsIn),
    ]),
  );
  out += tableText(groupsTable(result, lang), w);
  out += tableText(departuresTable(result, lang), w);
  out += `\n  ${w.stationsFootnote}\n`;
  const interval = result.timeseries.intervalSeconds;
  const span = interval >= 120 && interval % 60 === 0 ? `${interval / 60} min` : `${Math.round(interval * 10) / 10} s`;
  out += `  ${w.peakFootnote(span)}\n`;
  out += `  ${w.pooledFootnote}\n`;
  out += renderLosTable(result, lang);
  out += `\n${provenanceText(lang, result)}\n`;
  return out;
}

/** Most flights or vehicles listed in the table (all of them are in flights.csv with --out). */
const MAX_GROUP_ROWS = 60;

/** A per-flight table (present/tables/groups-table.ts, the workbench's too) as terminal text. */
function tableText(table: GroupTable | null, w: RunTableWords): string {
  if (!table) return '';
  let out = `\n${table.title}\n`;
  out += formatTable(
    table.columns.map((c) => ({ header: c.header, align: c.align })),
    table.rows.slice(0, MAX_GROUP_ROWS).map((r) => r.cells),
  );
  if (table.rows.length > MAX_GROUP_ROWS) out += `  ${w.groups.more(table.rows.length - MAX_GROUP_ROWS)}\n`;
  out += `  ${table.footnote}\n`;
  return out;
}
