/**
 * The lane diagram as static inline SVG for the report: the editor's own layout
 * (present/lane/lane-drawing.ts — the layered layout of elkjs, edges routed around the
 * boxes, labels placed by the engine) drawn without React or CSS classes, so it looks the
 * same in a browser, in a printed PDF and in an SVG viewer. Drawn at the width of the
 * report's column (a long lane wraps onto rows) so its text is read at its own size.
 */
import { displayNames, type DisplayNames, type Scenario, type Station } from '../../sim/index.js';
import { distMean } from '../charts/dist-preview.js';
import { EXIT_ID } from '../lane/lane-layout.js';
import { layoutLaneDrawing, type PlacedEdge } from '../lane/lane-drawing.js';
import { roundedPath } from '../lane/edge-path.js';
import { LANE_COLORS } from '../lane/lane-colors.js';
import { fmtSeconds } from '../format.js';
import { esc } from './html.js';
import type { ReportStrings } from '../words/report-words.js';

const NODE_W = 184;
const NODE_H = 116;
const EXIT_W = 72;
/** The report's column (1040 px page less its padding): the drawing is made to fit it unscaled. */
export const REPORT_LANE_WIDTH = 960;
const LABEL_FONT = 12;
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', system-ui, sans-serif";

/** Breaks `items` into lines of about `max` columns (joined by " · "), at most `lines` lines, the last clipped. */
export function wrapItems(items: readonly string[], max: number, lines: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const item of items) {
    const next = cur ? `${cur} · ${item}` : item;
    if (cur && clip(next, max) !== next) {
      out.push(cur);
      cur = item;
    } else cur = next;
  }
  if (cur) out.push(cur);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = clip(`${kept[lines - 1]} · ${out.slice(lines).join(' · ')}`, max);
    return kept.map((l) => clip(l, max));
  }
  return out.map((l) => clip(l, max));
}

/**
 * Breaks a name into lines of about `max` columns (CJK characters count double): at spaces
 * where there are any, else anywhere; at most `lines` lines, the last clipped.
 */
export function wrapText(text: string, max: number, lines: number): string[] {
  const words = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && clip(cur + w, max) !== cur + w) {
      out.push(cur.trimEnd());
      cur = w.trimStart();
    } else cur += w;
  }
  if (cur.trim()) out.push(cur.trimEnd());
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = clip(`${kept[lines - 1]} ${out.slice(lines).join(' ')}`, max - 1);
    if (!kept[lines - 1].endsWith('…')) kept[lines - 1] += '…';
    return kept;
  }
  return out.map((l) => clip(l, max));
}

/** Cuts text to about `max` columns (CJK characters count double) with an ellipsis. */
export function clip(text: string, max: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    const w = /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
    if (width + w > max) return out + '…';
    width += w;
    out += ch;
  }
  return out;
}

function capacityText(s: Station, str: ReportStrings): string {
  if (s.mode === 'delay') return str.inMotion;
  if (s.mode === 'reclaim') return str.reclaim;
  if (Array.isArray(s.servers)) return str.serverSchedule(Math.min(...s.servers.map((x) => x.servers)), Math.max(...s.servers.map((x) => x.servers)));
  return str.servers(s.servers ?? 0);
}

/**
 * The lane of `scenario` as an <svg> element string (no XML declaration), width and height in
 * px. `idPrefix` keeps marker ids unique when a report holds several lanes.
 */
export async function laneSvg(scenario: Scenario, str: ReportStrings, idPrefix = 'lane', names: DisplayNames = displayNames(scenario, str.lang)): Promise<{ svg: string; width: number; height: number }> {
  const drawing = await layoutLaneDrawing(
    scenario,
    { nodeW: NODE_W, nodeH: NODE_H, exitW: EXIT_W, labelFontPx: LABEL_FONT, maxWidth: REPORT_LANE_WIDTH },
    { passengerClass: names.passengerClass, check: names.check, perBag: str.perBag },
  );
  const { width, height } = drawing;
  const edge = (e: PlacedEdge): string => {
    const alarm = e.edge.kind === 'alarm';
    const color = alarm ? LANE_COLORS.alarm : LANE_COLORS.edge;
    return `<path class="edge edge-${e.edge.kind}" d="${roundedPath(e.points)}" fill="none" stroke="${color}" stroke-width="${alarm ? 1.6 : 1.4}"${alarm ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${idPrefix}-${alarm ? 'arrow-alarm' : 'arrow'})"/>`;
  };
  const label = (e: PlacedEdge): string => {
    if (!e.label) return '';
    const alarm = e.edge.kind === 'alarm';
    const l = e.label;
    return `<g class="edge-label edge-label-${e.edge.kind}"><rect x="${l.x}" y="${l.y}" width="${l.w}" height="${l.h}" rx="3" fill="#ffffff" stroke="${alarm ? LANE_COLORS.alarm : LANE_COLORS.labelBorder}" stroke-width="0.8"${alarm ? ' stroke-dasharray="3 2"' : ''}/><text x="${l.x + l.w / 2}" y="${l.y + l.h / 2}" dominant-baseline="central" text-anchor="middle" font-size="${LABEL_FONT}" fill="${alarm ? LANE_COLORS.alarmText : LANE_COLORS.labelText}">${esc(e.edge.label)}</text></g>`;
  };
  const nodes = drawing.nodes.map((n) => {
    const { x, y } = n;
    if (n.id === EXIT_ID)
      return `<g class="lane-exit"><rect x="${x}" y="${y}" width="${n.w}" height="${n.h}" rx="8" fill="#f1f5f9" stroke="#64748b"/><text x="${x + n.w / 2}" y="${y + n.h / 2}" dominant-baseline="central" text-anchor="middle" font-size="14" font-weight="bold" fill="#0f172a">${esc(str.exit)}</text></g>`;
    const s = scenario.stations.find((st) => st.id === n.id) as Station;
    const checks = (s.checks ?? []).map(names.check);
    const title = names.station(s.id);
    const merged = checks.length > 1;
    const fill = n.secondary ? LANE_COLORS.secondaryFill : merged ? '#eff6ff' : '#ffffff';
    const stroke = n.secondary ? LANE_COLORS.alarm : merged ? '#2563eb' : '#94a3b8';
    const entry = scenario.entry === s.id ? ' stroke-width="2.5"' : ' stroke-width="1.2"';
    const titleLines = wrapText(title, 22, 2);
    let ty = y + 20;
    const lines: string[] = titleLines.map((line) => {
      const t = `<text x="${x + 10}" y="${ty}" font-size="14" font-weight="bold" fill="#0f172a">${esc(line)}</text>`;
      ty += 17;
      return t;
    });
    ty += 1;
    if (merged) {
      lines.push(`<text x="${x + 10}" y="${ty}" font-size="12" fill="#1d4ed8" font-weight="bold">${esc(str.merged(checks.length))}</text>`);
      ty += 15;
    }
    const room = Math.max(1, Math.floor((y + NODE_H - 26 - ty + 12) / 15));
    for (const line of wrapItems(checks, 27, room)) {
      lines.push(`<text x="${x + 10}" y="${ty}" font-size="12" fill="#334155" class="lane-check">${esc(line)}</text>`);
      ty += 15;
    }
    lines.push(`<text x="${x + 10}" y="${y + NODE_H - 10}" font-size="12" fill="#475569">${esc(`${capacityText(s, str)} · ${fmtSeconds(distMean(s.service))} ${str.units.s}`)}</text>`);
    return `<g class="lane-node${merged ? ' lane-node-merged' : ''}${n.secondary ? ' lane-node-secondary' : ''}" data-station="${esc(s.id)}"><title>${esc(`${title}: ${checks.join(', ')}`)}</title><rect x="${x}" y="${y}" width="${n.w}" height="${n.h}" rx="8" fill="${fill}" stroke="${stroke}"${entry}${n.secondary ? ' stroke-dasharray="5 3"' : ''}/>${lines.join('')}</g>`;
  });
  const arrow = (id: string, color: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${color}"/></marker>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" class="lane-svg" font-family="${esc(FONT)}">` +
    `<title>${esc(`${str.lane}: ${names.scenario}`)}</title>` +
    `<defs>${arrow(`${idPrefix}-arrow`, LANE_COLORS.edge)}${arrow(`${idPrefix}-arrow-alarm`, LANE_COLORS.alarm)}</defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    drawing.edges.map(edge).join('') +
    nodes.join('') +
    drawing.edges.map(label).join('') +
    `</svg>`;
  return { svg, width, height };
}
