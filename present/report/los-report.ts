/**
 * The level-of-service part of the HTML report: the ADRM matrix (wait band across, space
 * band down, stations in their cells), the figures per station and the station × time heat
 * map as inline SVG — the workbench's own view, as static HTML.
 */
import type { LosClassName, RunResult } from '../../sim/index.js';
import { combineLos } from '../../sim/stats/level-of-service.js';
import { losHeatmapOption, losStations } from '../charts/los-charts.js';
import { fmtFixed, fmtSeconds } from '../format.js';
import { LOS_BANDS, LOS_COLOUR, LOS_TINT, losBandLabel, losWords, processTypeLabel, type LosLanguage } from '../words/los-words.js';
import { inlineChartSvg } from './chart-svg.js';
import { esc } from './html.js';

function band(b: LosClassName | null, lang: LosLanguage): string {
  if (b === null) return '—';
  return `<span class="nowrap" data-band="${b}"><span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;background:${LOS_COLOUR[b]}"></span>${esc(losBandLabel(b, lang))}</span>`;
}

/** The section's HTML; empty when no station has a level of service. */
export function losReportSection(result: RunResult, lang: LosLanguage, scenario: string, station: (id: string) => string): string {
  const rows = losStations(result);
  if (rows.length === 0) return '';
  const w = losWords(lang);
  const spaceRows: Array<LosClassName | null> = [...LOS_BANDS, null];
  const matrix =
    `<table data-testid="report-los-matrix"><thead><tr><th>${esc(`${w.spaceAxis} ↓ / ${w.waitAxis} →`)}</th>${LOS_BANDS.map((b) => `<th>${band(b, lang)}</th>`).join('')}</tr></thead><tbody>` +
    spaceRows
      .map(
        (sp) =>
          `<tr><th>${sp === null ? esc(w.noArea) : band(sp, lang)}</th>${LOS_BANDS.map((wb) => {
            const here = rows.filter((s) => s.los!.wait.class === wb && (s.los!.space?.class ?? null) === sp);
            return `<td style="background:${LOS_TINT[combineLos(wb, sp)]}">${here.map((s) => `<div>${esc(station(s.id))}</div>`).join('')}</td>`;
          }).join('')}</tr>`,
      )
      .join('') +
    '</tbody></table>';
  const table =
    `<table data-testid="report-los-table"><thead><tr><th>${esc(w.station)}</th><th>${esc(w.process)}</th><th class="num">${esc(w.waitP95)}</th><th>${esc(w.waitBand)}</th><th class="num">${esc(w.space)}</th><th>${esc(w.spaceBand)}</th><th>${esc(w.los)}</th><th>${esc(w.worst)}</th></tr></thead><tbody>` +
    rows
      .map((s) => {
        const los = s.los!;
        const m2 = los.space ? (los.space.m2PerPassenger === null ? w.noQueue : fmtFixed(los.space.m2PerPassenger, 2)) : w.noArea;
        return (
          `<tr data-station="${esc(s.id)}" data-class="${los.class}"><td>${esc(station(s.id))}</td><td>${esc(processTypeLabel(los.processType, lang))}${los.processTypeInferred ? '*' : ''}</td>` +
          `<td class="num">${fmtSeconds(los.wait.p95Seconds)}</td><td>${band(los.wait.class, lang)}</td><td class="num">${esc(m2)}</td><td>${los.space ? band(los.space.class, lang) : '—'}</td>` +
          `<td>${band(los.class, lang)}</td><td>${band(los.worstInterval, lang)}</td></tr>`
        );
      })
      .join('') +
    '</tbody></table>';
  const option = losHeatmapOption(result, { x: w.time, series: w.los }, lang, station);
  const heat = `<figure class="los-heatmap" style="margin:12px 0" data-testid="report-los-heatmap">${inlineChartSvg(option, { title: w.heatmap, scenario, width: 960, height: Math.max(240, 130 + rows.length * 28) })}</figure>`;
  return `<section class="los-section"><h2>${esc(w.title)}</h2><h3>${esc(w.matrix)}</h3>${matrix}${table}<p class="muted">${esc(w.matrixNote)} * ${esc(w.inferred)}</p>${heat}</section>`;
}
