/**
 * Every station of both lanes in one table, mapped across (merged against the sum of its
 * parts, removed against nothing, added against nothing), with the seconds a cleared
 * passenger spends there waiting and being served in each lane. Figures from the
 * comparison's `stationMap`; nothing recomputed.
 */
import type { MappedStationRow } from '../sim/index.js';
import { formatTable } from './table.js';
import { fmtSeconds, fmtSigned, fmtSignedInterval } from '../present/format.js';
import { consolidationWords } from '../present/words/consolidation-words.js';
import type { Language } from '../present/words/languages.js';
import { COMPARE_TABLE_WORDS } from '../present/words/table-words.js';

export function renderStationMap(rows: readonly MappedStationRow[], lang: Language = 'en'): string {
  const sec = (v: number) => fmtSeconds(v);
  const words = COMPARE_TABLE_WORDS[lang];
  const w = words.stationMap;
  const kinds = consolidationWords(lang).kinds;
  let out = `\n  ${w.title}\n`;
  out += formatTable(
    [
      { header: words.columns.a },
      { header: words.columns.b },
      { header: w.mapping },
      { header: w.waitA, align: 'right' },
      { header: w.waitB, align: 'right' },
      { header: w.serviceA, align: 'right' },
      { header: w.serviceB, align: 'right' },
      { header: w.allTime, align: 'right' },
      { header: w.interval, align: 'right' },
    ],
    rows.map((r) => [
      r.a.length ? r.a.join(' + ') : '—',
      r.b.length ? r.b.join(' + ') : '—',
      kinds[r.kind],
      r.a.length ? sec(r.wait.a) : '—',
      r.b.length ? sec(r.wait.b) : '—',
      r.a.length ? sec(r.service.a) : '—',
      r.b.length ? sec(r.service.b) : '—',
      // With the decomposition: all time at the row's stations (walks, alarm visits too), paired.
      fmtSigned(r.total ? r.total.diff : r.wait.diff + r.service.diff, sec),
      r.total ? fmtSignedInterval(r.total.diffCI95, sec) : '',
    ]),
  );
  return out;
}
