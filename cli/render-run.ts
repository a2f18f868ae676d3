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
import { formatTable } from './table.js';
import { fmtDuration, fmtFixed, fmtInt, fmtInterval, fmtPercent, fmtPercentNumber, fmtSeconds, fmtSecondsAndDuration, fmtWall, NO_VALUE } from '../present/format.js';

const MODE_LABEL = { queue: 'queue', delay: 'walk-through', reclaim: 'reclaim' } as const;

export function renderRunTable(result: RunResult, file: string): string {
  const c = result.clearance;
  let out = `${result.scenario}\n`;
  out += `  ${file} · seed ${result.seed} · ${result.replications} replication${result.replications === 1 ? '' : 's'} · ${fmtInt(result.passengers)} passengers cleared · ${fmtInt(result.events)} events in ${fmtWall(result.wallMs)}\n`;
  // With a scenario clock: when the day starts and when the last passenger left, as times of day.
  if (result.clock) out += `  day starts ${result.clock.date ? `${result.clock.date} ` : ''}${clockLabel(0, result.clock)} · last passenger out at ${clockLabel(result.makespanSeconds, result.clock)} (mean)\n`;
  out += '\n';

  out += 'Clearance time, lane entry to exit\n';
  out += formatTable(
    [{ header: 'figure' }, { header: 'value', align: 'right' }, { header: '95 % interval (s)', align: 'right' }],
    [
      ['mean', fmtSecondsAndDuration(c.mean), fmtInterval(c.meanCI95)],
      ['median (p50)', fmtSecondsAndDuration(c.p50), ''],
      ['p90', fmtSecondsAndDuration(c.p90), ''],
      ['p95', fmtSecondsAndDuration(c.p95), fmtInterval(c.p95CI95)],
      ['p99', fmtSecondsAndDuration(c.p99), ''],
      ['max', fmtSecondsAndDuration(c.max), ''],
      [`within ${fmtDuration(result.withinTarget.seconds)} target`, fmtPercent(result.withinTarget.share), fmtInterval(result.withinTarget.shareCI95, (v) => fmtPercent(v))],
      ['throughput', `${fmtInt(result.throughputPerHour)} pax/h`, ''],
    ],
  );

  if (result.structure) out += `\nStructure (main path, alarms aside): ${structureText(result.structure, 'en')}\n`;

  out += '\nBy class\n';
  out += formatTable(
    [
      { header: 'class' },
      { header: 'passengers', align: 'right' },
      { header: 'mean (s)', align: 'right' },
      { header: '95 % interval', align: 'right' },
      { header: 'p95 (s)', align: 'right' },
      ...(result.structure ? [{ header: 'steps', align: 'right' as const }, { header: 'queues', align: 'right' as const }] : []),
    ],
    Object.entries(result.byClass).map(([id, k]) => {
      const st = result.structure?.byClass[id];
      return [id, fmtInt(k.passengers), fmtSeconds(k.mean), fmtInterval(k.meanCI95), fmtSeconds(k.p95), ...(result.structure ? [st ? String(st.steps) : NO_VALUE, st ? String(st.queues) : NO_VALUE] : [])];
    }),
  );

  if (result.decomposition) out += renderDecomposition(result.decomposition);

  out += '\nStations\n';
  out += formatTable(
    [
      { header: 'station' },
      { header: 'kind' },
      { header: 'served', align: 'right' },
      { header: 'wait mean (s)', align: 'right' },
      { header: '95 % interval', align: 'right' },
      { header: 'wait p95 (s)', align: 'right' },
      { header: 'service (s)', align: 'right' },
      { header: 'servers', align: 'right' },
      { header: 'busy %', align: 'right' },
      { header: 'peak busy %', align: 'right' },
      { header: 'queue mean', align: 'right' },
      { header: 'queue max', align: 'right' },
      { header: 'alarms in', align: 'right' },
    ],
    result.stations.map((s) => [
      s.id,
      MODE_LABEL[s.mode],
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
  if (result.groups && result.groups.length > 0) out += groupsTable(result);
  out += '\n  served and alarms in: all replications · wait: before service (queue) or for bags (reclaim) · intervals: 95 % over replications\n';
  const interval = result.timeseries.intervalSeconds;
  const span = interval >= 120 && interval % 60 === 0 ? `${interval / 60} min` : `${Math.round(interval * 10) / 10} s`;
  out += `  peak busy %: busy over available server time in the busiest ${span} interval, all replications\n`;
  out += renderLosTable(result);
  return out;
}

/** Most flights or vehicles listed in the table (all of them are in flights.csv with --out). */
const MAX_GROUP_ROWS = 60;

/** The per-flight / per-vehicle table: times of day with a scenario clock, elapsed h:mm otherwise. */
function groupsTable(result: RunResult): string {
  const groups = result.groups ?? [];
  const vehicles = groups.some((g) => g.kind === 'vehicle');
  const at = (t: number) => clockLabel(t, result.clock, true);
  let out = `\nBy ${vehicles ? (groups.every((g) => g.kind === 'vehicle') ? 'vehicle' : 'flight / vehicle') : 'flight'}${result.clock ? '' : ' (times from the start)'}\n`;
  out += formatTable(
    [
      { header: 'id' },
      { header: 'arrives', align: 'right' },
      { header: 'pax', align: 'right' },
      { header: 'first out', align: 'right' },
      { header: 'last out', align: 'right' },
      { header: 'mean (s)', align: 'right' },
      { header: '95 % interval', align: 'right' },
      { header: 'p95 (s)', align: 'right' },
      { header: 'within target', align: 'right' },
      ...(vehicles ? [{ header: 'dwell (s)', align: 'right' as const }] : []),
    ],
    groups
      .slice(0, MAX_GROUP_ROWS)
      .map((g) => [
        g.id,
        at(g.atSeconds),
        fmtInt(g.passengers),
        at(g.firstClearedSeconds),
        at(g.lastClearedSeconds),
        fmtSeconds(g.meanClearance),
        fmtInterval(g.meanClearanceCI95),
        fmtSeconds(g.p95Clearance),
        fmtPercent(g.withinTarget),
        ...(vehicles ? [fmtSeconds(g.dwellSeconds)] : []),
      ]),
  );
  if (groups.length > MAX_GROUP_ROWS)
    out += `  … and ${groups.length - MAX_GROUP_ROWS} more (all in flights.csv with --out)\n`;
  out +=
    '  first/last out: mean over replications of when the first and last passenger left the lane' +
    (vehicles ? ' · dwell: first passenger off → last cleared' : '') +
    '\n';
  return out;
}
