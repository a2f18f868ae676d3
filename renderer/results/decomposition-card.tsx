/**
 * Where each second goes for one run: a stacked bar per passenger group (all, each class,
 * the slowest 5 %) and the table of mean seconds and shares behind it. Figures are the
 * result's `decomposition`; the chart exports like the other result charts.
 */
import { useMemo } from 'react';
import { PARTS, type RunResult } from '../../sim/index.js';
import { decompositionOption } from '../../present/charts/decomposition-chart.js';
import { fmtPercent, fmtSeconds } from '../../present/format.js';
import { consolidationWords } from '../../present/words/consolidation-words.js';
import { ChartCard } from '../export/chart-card.js';
import type { RunRecord } from '../state/runs-state.js';
import { useScenarioNames, useUiLanguage } from '../state/use-display-names.js';

export function DecompositionCard({ run, result, title }: { run: RunRecord; result: RunResult; title: string }) {
  const lang = useUiLanguage();
  const names = useScenarioNames(run.scenario);
  const w = consolidationWords(lang);
  const d = result.decomposition;
  const option = useMemo(
    () => (d ? decompositionOption(d, { part: (p) => w.parts[p], all: w.allPassengers, slowest: w.slowest, passengerClass: names.passengerClass, x: w.secondsPerPassenger, y: w.groupAxis }) : null),
    [d, w, names],
  );
  if (!d || !option) return null;
  const rows = [
    { id: 'all', name: w.allPassengers, g: d.overall.mean, s: d.overall.share },
    ...Object.entries(d.byClass).map(([id, g]) => ({ id, name: names.passengerClass(id), g: g.mean, s: g.share })),
    { id: 'p95', name: `${w.slowest} (≥ ${fmtSeconds(d.overall.p95.fromSeconds)})`, g: d.overall.p95.mean, s: d.overall.p95.share },
  ];
  return (
    <section className="table-card" data-testid="decomposition">
      <ChartCard title={w.decompositionChart} testId="chart-decomposition" option={option} height={104 + rows.length * 36} chart={{ id: 'decomposition', title: w.decompositionChart, option }} scenario={title} />
      <h3>{w.decompositionTitle}</h3>
      <table className="table table-data" data-testid="decomposition-table">
        <thead>
          <tr>
            <th />
            {PARTS.map((p) => (
              <th key={p} className="num">
                {w.parts[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`decomposition-row-${r.id}`}>
              <td>{r.name}</td>
              {PARTS.map((p) => (
                <td key={p} className="num" data-part={p} data-value={r.g[p]}>
                  {fmtSeconds(r.g[p])} <span className="muted">({fmtPercent(r.s[p], 0)})</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
