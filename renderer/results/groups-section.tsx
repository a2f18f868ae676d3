/**
 * Results per flight or per vehicle: passengers, first and last cleared (clock time with a
 * scenario clock), mean and p95 clearance, share within the target, each with its 95 %
 * interval, and a bus's dwell; departing flights apart with their cut-off and who cleared
 * after it — the cells of `lanesim run`'s tables, from the same formatter
 * (present/tables/groups-table.ts) in the UI's language.
 */
import type { RunResult } from '../../sim/index.js';
import { departuresTable, groupsTable, type GroupTable } from '../../present/tables/groups-table.js';
import { useUiLanguage } from '../state/use-display-names.js';

function TableCard({ table }: { table: GroupTable }) {
  const titleId = `groups-title-${table.kind}`;
  const testId = table.kind === 'arrivals' ? 'groups' : 'departures';
  return (
    <section className="table-card" data-testid={`${testId}-section`} aria-labelledby={titleId}>
      <h3 id={titleId}>{table.title}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
        <table className="table table-data table-compact table-groups" data-testid={`${testId}-table`}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col" className={c.align === 'right' ? 'num' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.id} data-testid={`${testId}-row-${r.id}`}>
                {r.cells.map((cell, k) => (
                  <td key={table.columns[k].key} className={[table.columns[k].align === 'right' ? 'num' : '', table.columns[k].key.endsWith('CI') ? 'ci' : ''].join(' ').trim() || undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{table.footnote}</p>
    </section>
  );
}

export function GroupsSection({ result }: { result: RunResult }) {
  const lang = useUiLanguage();
  const tables = [groupsTable(result, lang), departuresTable(result, lang)].filter((t): t is GroupTable => t !== null);
  return (
    <>
      {tables.map((t) => (
        <TableCard key={t.kind} table={t} />
      ))}
    </>
  );
}
