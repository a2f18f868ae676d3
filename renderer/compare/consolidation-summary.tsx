/**
 * What a comparison says about consolidation, above its metric table: the headline sentence
 * in the UI language (difference, 95 % interval, significant or not), steps and queues of
 * both lanes and their difference ("−1 step, −2 queues", computed), and every station of
 * either lane mapped across, as a table and a chart (queueing and service per passenger).
 * Figures come from `compareResults`; words and sentences from present/.
 */
import { useMemo } from 'react';
import { compareResults, type MappedStationRow } from '../../sim/index.js';
import { attributionText, compareHeadline, structureDeltaText, structureText } from '../../present/insight/consolidation-text.js';
import { stationMapOption, stationMapRowLabel } from '../../present/charts/station-map-chart.js';
import { fmtSeconds, fmtSigned, fmtSignedInterval } from '../../present/format.js';
import { consolidationWords } from '../../present/words/consolidation-words.js';
import { ChartCard } from '../export/chart-card.js';
import { namesFor, runTitle } from '../state/names.js';
import type { RunRecord } from '../state/runs-state.js';
import { useUiLanguage } from '../state/use-display-names.js';

export function ConsolidationSummary({ base, other }: { base: RunRecord; other: RunRecord }) {
  const lang = useUiLanguage();
  const cmp = useMemo(() => compareResults(base.result, other.result), [base, other]);
  const w = consolidationWords(lang);
  const mean = cmp.metrics.find((m) => m.key === 'clearance.mean');
  const rows = cmp.stationMap ?? [];
  const merged = rows.some((r) => r.kind === 'merged');
  const nameA = namesFor(base.scenario, lang).station;
  const nameB = namesFor(other.scenario, lang).station;
  const side = (ids: string[], name: (id: string) => string) => (ids.length ? ids.map(name).join(' + ') : w.none);
  // A row is named by the station it became (B), or by what was removed (A); the kind says how (as in the report).
  const rowLabel = (r: MappedStationRow) => stationMapRowLabel(r, nameA, nameB, w, lang);
  const titleA = runTitle(base, lang);
  const titleB = runTitle(other, lang);
  const option = useMemo(
    () => stationMapOption(rows, rowLabel, { a: w.columns.a, b: w.columns.b, wait: w.wait, service: w.service, y: w.secondsPerPassenger }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cmp, lang],
  );
  if (!mean) return null;
  return (
    <section className="table-card" data-testid="consolidation-summary">
      <p className="compare-headline" data-testid="compare-headline" data-significant={mean.significant}>
        {compareHeadline(mean, merged, lang)}
      </p>
      {cmp.attribution ? (
        <p className="muted" data-testid="compare-attribution">
          {attributionText(cmp.attribution.clearance, cmp.attribution.parts, (p) => w.parts[p as keyof typeof w.parts], lang)}
        </p>
      ) : null}
      {cmp.structure ? (
        <p className="muted" data-testid="compare-structure" data-steps={cmp.structure.delta.steps} data-queues={cmp.structure.delta.queues}>
          {w.structureOf}
          {titleA} {structureText(cmp.structure.a, lang)} · {titleB} {structureText(cmp.structure.b, lang)} → <strong>{structureDeltaText(cmp.structure.delta, lang)}</strong>
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <h3>{w.stationMapTitle}</h3>
          <table className="table table-data" data-testid="station-map">
            <thead>
              <tr>
                <th>{w.columns.a}</th>
                <th>{w.columns.b}</th>
                <th>{w.columns.mapping}</th>
                <th className="num">{w.columns.waitA}</th>
                <th className="num">{w.columns.waitB}</th>
                <th className="num">{w.columns.serviceA}</th>
                <th className="num">{w.columns.serviceB}</th>
                <th className="num">{w.columns.diff}</th>
                <th className="num">{w.interval}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.a.join('+')}>${r.b.join('+')}`} data-testid="station-map-row" data-kind={r.kind} data-a={r.a.join(',')} data-b={r.b.join(',')}>
                  <td>{side(r.a, nameA)}</td>
                  <td>{side(r.b, nameB)}</td>
                  <td>
                    <span className={`badge ${r.kind === 'same' ? 'badge-muted' : 'badge-ok'}`}>{w.kinds[r.kind]}</span>
                  </td>
                  <td className="num">{r.a.length ? fmtSeconds(r.wait.a) : w.none}</td>
                  <td className="num">{r.b.length ? fmtSeconds(r.wait.b) : w.none}</td>
                  <td className="num">{r.a.length ? fmtSeconds(r.service.a) : w.none}</td>
                  <td className="num">{r.b.length ? fmtSeconds(r.service.b) : w.none}</td>
                  <td className="num" data-value={r.total ? r.total.diff : r.wait.diff + r.service.diff}>{fmtSigned(r.total ? r.total.diff : r.wait.diff + r.service.diff)}</td>
                  <td className="num">{r.total ? fmtSignedInterval(r.total.diffCI95) : w.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ChartCard
            title={w.stationMapChart}
            testId="chart-station-map"
            option={option}
            height={300}
            chart={{ id: 'compare-stations', title: w.stationMapChart, option }}
            scenario={`${titleA} · ${titleB}`}
          />
        </>
      ) : null}
    </section>
  );
}
