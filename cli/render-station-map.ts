/**
 * Every station of both lanes in one table, mapped across (merged against the sum of its
 * parts, removed against nothing, added against nothing), with the seconds a cleared
 * passenger spends there waiting and being served in each lane. Figures from the
 * comparison's `stationMap`; nothing recomputed.
 */
import type { MappedStationRow } from '../sim/index.js';
import { formatTable } from './table.js';
import { fmtSeconds, fmtSigned, fmtSignedInterval } from '../present/format.js';

const KIND = { same: 'same', merged: 'merged', split: 'split', removed: 'removed', added: 'added' } as const;

export function renderStationMap(rows: readonly MappedStationRow[]): string {
  const sec = (v: number) => fmtSeconds(v);
  let out = '\n  Stations of both lanes (seconds per cleared passenger)\n';
  out += formatTable(
    [
      { header: 'A' },
      { header: 'B' },
      { header: 'mapping' },
      { header: 'wait A', align: 'right' },
      { header: 'wait B', align: 'right' },
      { header: 'service A', align: 'right' },
      { header: 'service B', align: 'right' },
      { header: 'all time B − A', align: 'right' },
      { header: '95 % interval', align: 'right' },
    ],
    rows.map((r) => [
      r.a.length ? r.a.join(' + ') : '—',
      r.b.length ? r.b.join(' + ') : '—',
      KIND[r.kind],
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
