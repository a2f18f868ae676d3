/**
 * Level of service of a run: the ADRM matrix (wait band across, space band down, each
 * station in its cell, the cell tinted by the combined band), the figures behind it, and
 * the station × time heat map. Figures and bands come from `stations[].los`; words from
 * present/level-of-service-words.ts so the report says the same.
 */
import { useMemo } from 'react';
import type { LosClassName, RunResult } from '../../sim/index.js';
import { combineLos } from '../../sim/stats/level-of-service.js';
import { losHeatmapOption, losStations } from '../../present/charts/los-charts.js';
import { LOS_BANDS, LOS_COLOUR, LOS_TINT, losBandLabel, losWords, processTypeLabel } from '../../present/words/los-words.js';
import { fmtFixed, fmtSeconds } from '../../present/format.js';
import { ChartCard } from '../export/chart-card.js';
import { useUiLanguage } from '../state/use-display-names.js';

function Band({ band }: { band: LosClassName | null }) {
  const lang = useUiLanguage();
  if (band === null) return <span className="muted">—</span>;
  return (
    <span className="los-band" data-band={band}>
      <span className="los-swatch" style={{ background: LOS_COLOUR[band] }} aria-hidden="true" />
      {losBandLabel(band, lang)}
    </span>
  );
}

export function LosSection({ result, title, station }: { result: RunResult; title: string; station: (id: string) => string }) {
  const lang = useUiLanguage();
  const w = losWords(lang);
  const rows = losStations(result);
  const option = useMemo(() => losHeatmapOption(result, { x: w.time, series: w.los }, lang, station), [result, w, lang, station]);
  if (rows.length === 0) return null;
  const spaceRows: Array<LosClassName | null> = [...LOS_BANDS, null];
  const inCell = (wait: LosClassName, space: LosClassName | null) => rows.filter((s) => s.los!.wait.class === wait && (s.los!.space?.class ?? null) === space);
  const height = Math.max(240, 130 + rows.length * 28);
  return (
    <section className="los-section" data-testid="los-section">
      <section className="table-card">
        <h3>{w.matrix}</h3>
        <div className="los-grid-wrap">
          <table className="table los-matrix" data-testid="los-matrix">
            <thead>
              <tr>
                <th scope="col">
                  {w.spaceAxis} ↓ / {w.waitAxis} →
                </th>
                {LOS_BANDS.map((b) => (
                  <th key={b} scope="col">
                    <Band band={b} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spaceRows.map((sp) => (
                <tr key={sp ?? 'none'}>
                  <th scope="row">{sp === null ? w.noArea : <Band band={sp} />}</th>
                  {LOS_BANDS.map((wb) => {
                    const cls = combineLos(wb, sp);
                    const here = inCell(wb, sp);
                    return (
                      <td key={wb} style={{ background: LOS_TINT[cls] }} data-testid={`los-cell-${wb}-${sp ?? 'none'}`} title={losBandLabel(cls, lang)}>
                        {here.map((s) => (
                          <div key={s.id} className="los-station" data-station={s.id}>
                            {station(s.id)}
                          </div>
                        ))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table table-data" data-testid="los-table">
            <thead>
              <tr>
                <th>{w.station}</th>
                <th>{w.process}</th>
                <th className="num">{w.waitP95}</th>
                <th>{w.waitBand}</th>
                <th className="num">{w.space}</th>
                <th>{w.spaceBand}</th>
                <th>{w.los}</th>
                <th>{w.worst}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => {
                const los = s.los!;
                return (
                  <tr key={s.id} data-testid={`los-row-${s.id}`} data-class={los.class}>
                    <td>{station(s.id)}</td>
                    <td title={los.processTypeInferred ? w.inferred : undefined}>
                      {processTypeLabel(los.processType, lang)}
                      {los.processTypeInferred ? '*' : ''}
                    </td>
                    <td className="num">{fmtSeconds(los.wait.p95Seconds)}</td>
                    <td>
                      <Band band={los.wait.class} />
                    </td>
                    <td className="num">{los.space ? (los.space.m2PerPassenger === null ? w.noQueue : fmtFixed(los.space.m2PerPassenger, 2)) : w.noArea}</td>
                    <td>{los.space ? <Band band={los.space.class} /> : <span className="muted">—</span>}</td>
                    <td>
                      <Band band={los.class} />
                    </td>
                    <td>
                      <Band band={los.worstInterval} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="muted los-note">
          {w.matrixNote} * {w.inferred}
        </p>
      </section>
      <ChartCard title={w.heatmap} testId="chart-los" option={option} height={height} chart={{ id: 'los-heatmap', title: w.heatmap, option }} scenario={title} />
    </section>
  );
}
