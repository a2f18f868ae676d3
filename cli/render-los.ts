/**
 * The level-of-service part of `lanesim run`'s table: each queue and reclaim station's band on
 * wait and on space with the figures behind them, and a strip with one letter per interval
 * (the station × time heat map of the workbench, as text). Figures come from the RunResult.
 */
import type { RunResult } from '../sim/index.js';
import { LOS_LETTER, losStrip, processTypeLabel } from '../present/words/los-words.js';
import { formatTable } from './table.js';
import { fmtFixed, fmtSeconds } from '../present/format.js';

const MAX_STRIP = 96;

export function renderLosTable(result: RunResult): string {
  const rows = result.stations.filter((s) => s.los);
  if (rows.length === 0) return '';
  let out = '\nLevel of service (IATA ADRM bands; docs/level-of-service.md)\n';
  out += formatTable(
    [
      { header: 'station' },
      { header: 'process' },
      { header: 'wait p95 (s)', align: 'right' },
      { header: 'wait band' },
      { header: 'm²/pax (peak)', align: 'right' },
      { header: 'space band' },
      { header: 'LoS' },
      { header: 'worst interval' },
    ],
    rows.map((s) => {
      const los = s.los!;
      const m2 = los.space ? (los.space.m2PerPassenger === null ? 'no queue' : fmtFixed(los.space.m2PerPassenger, 2)) : '–';
      return [
        s.id,
        processTypeLabel(los.processType, 'en') + (los.processTypeInferred ? '*' : ''),
        fmtSeconds(los.wait.p95Seconds),
        los.wait.class,
        m2,
        los.space ? los.space.class : 'no area',
        los.class,
        los.worstInterval ?? '–',
      ];
    }),
  );
  const width = rows[0].los!.intervals.intervalSeconds;
  const span = width % 3600 === 0 ? `${width / 3600} h` : width % 60 === 0 ? `${width / 60} min` : `${width} s`;
  out += `\n  per ${span} interval (${LOS_LETTER['over-design']} over-design, ${LOS_LETTER.optimum} optimum, ${LOS_LETTER['sub-optimum']} sub-optimum, ${LOS_LETTER['under-provided']} under-provided, . no passengers):\n`;
  const idWidth = Math.max(...rows.map((s) => s.id.length));
  for (const s of rows) {
    const strip = losStrip(s.los!.intervals.class);
    out += `  ${s.id.padEnd(idWidth)}  ${strip.length > MAX_STRIP ? strip.slice(0, MAX_STRIP) + '…' : strip}\n`;
  }
  out += '  * process type read from the station\'s checks (declare "processType" to set it) · wait band from the p95 wait, space from the station\'s queueAreaM2 over the time-weighted queue of the busiest interval\n';
  return out;
}
