/**
 * The level-of-service part of `lanesim run`'s table: each queue and reclaim station's band on
 * wait and on space with the figures behind them, and a strip with one letter per interval
 * (the station × time heat map of the workbench, as text). Figures come from the RunResult.
 */
import type { RunResult } from '../sim/index.js';
import { LOS_BANDS, LOS_LETTER, losBandLabel, losStrip, processTypeLabel } from '../present/words/los-words.js';
import { formatTable } from './table.js';
import { fmtFixed, fmtSeconds } from '../present/format.js';
import type { Language } from '../present/words/languages.js';
import { RUN_TABLE_WORDS } from '../present/words/table-words.js';

const MAX_STRIP = 96;

export function renderLosTable(result: RunResult, lang: Language = 'en'): string {
  const rows = result.stations.filter((s) => s.los);
  if (rows.length === 0) return '';
  const words = RUN_TABLE_WORDS[lang];
  const w = words.los;
  let out = `\n${w.title}\n`;
  out += formatTable(
    [
      { header: words.columns.station },
      { header: w.process },
      { header: words.columns.waitP95S, align: 'right' },
      { header: w.waitBand },
      { header: w.space, align: 'right' },
      { header: w.spaceBand },
      { header: w.los },
      { header: w.worstInterval },
    ],
    rows.map((s) => {
      const los = s.los!;
      const m2 = los.space ? (los.space.m2PerPassenger === null ? w.noQueue : fmtFixed(los.space.m2PerPassenger, 2)) : '–';
      return [
        s.id,
        processTypeLabel(los.processType, lang) + (los.processTypeInferred ? '*' : ''),
        fmtSeconds(los.wait.p95Seconds),
        losBandLabel(los.wait.class, lang),
        m2,
        los.space ? losBandLabel(los.space.class, lang) : w.noArea,
        losBandLabel(los.class, lang),
        los.worstInterval ?? '–',
      ];
    }),
  );
  const width = rows[0].los!.intervals.intervalSeconds;
  const span = width % 3600 === 0 ? `${width / 3600} h` : width % 60 === 0 ? `${width / 60} min` : `${width} s`;
  const letters = LOS_BANDS.map((b) => `${LOS_LETTER[b]} ${losBandLabel(b, lang)}`).join(', ');
  out += `\n  ${w.strip(span, letters)}\n`;
  const idWidth = Math.max(...rows.map((s) => s.id.length));
  for (const s of rows) {
    const strip = losStrip(s.los!.intervals.class);
    out += `  ${s.id.padEnd(idWidth)}  ${strip.length > MAX_STRIP ? strip.slice(0, MAX_STRIP) + '…' : strip}\n`;
  }
  out += `  ${w.footnote}\n`;
  return out;
}
