/**
 * The lane diagram as static inline SVG for the report: the editor's own layout
 * (present/lane/lane-layout.ts — stations in flow order, parallel alternatives stacked,
 * secondary stations on a lower row) drawn without React or CSS classes, so it looks the
 * same in a browser, in a printed PDF and in an SVG viewer.
 */
import { displayNames, type DisplayNames, type Scenario, type Station } from '../../sim/index.js';
import { distMean } from '../charts/dist-preview.js';
import { EXIT_ID, laneLayout, type LaneEdge } from '../lane/lane-layout.js';
import { fmtSeconds } from '../format.js';
import { esc } from './html.js';
import type { ReportStrings } from '../words/report-words.js';

const NODE_W = 160;
const NODE_H = 104;
const COL_GAP = 84;
const ROW_GAP = 52;
const PAD = 20;
const EXIT_W = 80;
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', system-ui, sans-serif";

function nodeXY(column: number, row: number): { x: number; y: number } {
  return { x: PAD + column * (NODE_W + COL_GAP), y: PAD + 18 + row * (NODE_H + ROW_GAP) };
}

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
export function laneSvg(scenario: Scenario, str: ReportStrings, idPrefix = 'lane', names: DisplayNames = displayNames(scenario, str.lang)): { svg: string; width: number; height: number } {
  const layout = laneLayout(scenario);
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));
  const width = PAD * 2 + layout.exitColumn * (NODE_W + COL_GAP) + EXIT_W;
  const height = PAD * 2 + 18 + layout.rows * (NODE_H + ROW_GAP) - ROW_GAP + 28;
  const box = (id: string) => {
    if (id === EXIT_ID) return { ...nodeXY(layout.exitColumn, 0), w: EXIT_W };
    const n = pos.get(id);
    return n ? { ...nodeXY(n.column, n.row), w: NODE_W } : null;
  };
  // Several edges between the same two stations (two alarms, say) share a path: stack their labels.
  const seen = new Map<string, number>();
  const edge = (e: LaneEdge): string => {
    const pair = `${e.from}>${e.to}`;
    const nth = seen.get(pair) ?? 0;
    seen.set(pair, nth + 1);
    const from = box(e.from);
    const to = box(e.to);
    if (!from || !to) return '';
    let d: string;
    let lx: number;
    let ly: number;
    if (to.x > from.x) {
      const a = { x: from.x + from.w, y: from.y + NODE_H / 2 };
      const b = { x: to.x, y: to.y + NODE_H / 2 };
      const mx = (a.x + b.x) / 2;
      d = `M ${a.x} ${a.y} C ${mx} ${a.y}, ${mx} ${b.y}, ${b.x} ${b.y}`;
      lx = mx;
      ly = (a.y + b.y) / 2 - 6;
    } else if (to.y < from.y) {
      const a = { x: from.x + from.w * 0.7, y: from.y };
      const b = { x: to.x + to.w * 0.7, y: to.y + NODE_H };
      const my = (a.y + b.y) / 2;
      d = `M ${a.x} ${a.y} C ${a.x} ${my}, ${b.x} ${my}, ${b.x} ${b.y}`;
      lx = (a.x + b.x) / 2;
      ly = my;
    } else {
      const a = { x: from.x + from.w / 2, y: from.y + NODE_H };
      const b = { x: to.x + to.w / 2, y: to.y + NODE_H };
      const y = Math.max(a.y, b.y) + 26;
      d = `M ${a.x} ${a.y} C ${a.x} ${y}, ${b.x} ${y}, ${b.x} ${b.y}`;
      lx = (a.x + b.x) / 2;
      ly = y;
    }
    ly += nth * 14;
    const alarm = e.kind === 'alarm';
    const stroke = alarm ? '#b91c1c' : '#64748b';
    const label = e.label
      ? `<text x="${lx}" y="${ly}" text-anchor="middle" font-size="11" fill="${alarm ? '#b91c1c' : '#334155'}" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(e.label)}</text>`
      : '';
    return `<g class="edge edge-${e.kind}"><path d="${d}" fill="none" stroke="${stroke}" stroke-width="1.5"${alarm ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#${idPrefix}-${alarm ? 'arrow-alarm' : 'arrow'})"/>${label}</g>`;
  };
  const nodes = layout.nodes.map((n) => {
    const s = scenario.stations.find((x) => x.id === n.id) as Station;
    const { x, y } = nodeXY(n.column, n.row);
    const checks = (s.checks ?? []).map(names.check);
    const label = names.station(s.id);
    const merged = checks.length > 1;
    const fill = n.secondary ? '#fef2f2' : merged ? '#eff6ff' : '#ffffff';
    const stroke = n.secondary ? '#fca5a5' : merged ? '#2563eb' : '#94a3b8';
    const entry = scenario.entry === s.id ? ' stroke-width="2.5"' : ' stroke-width="1.2"';
    const lines = [
      `<text x="${x + 10}" y="${y + 20}" font-size="13" font-weight="bold" fill="#0f172a">${esc(clip(label, 22))}</text>`,
      merged ? `<text x="${x + 10}" y="${y + 38}" font-size="11" fill="#1d4ed8" font-weight="bold">${esc(str.merged(checks.length))}</text>` : '',
      ...wrapItems(checks, 26, merged ? 3 : 4).map((line, i) => `<text x="${x + 10}" y="${y + (merged ? 53 : 38) + i * 13}" font-size="11" fill="#334155" class="lane-check">${esc(line)}</text>`),
      `<text x="${x + 10}" y="${y + NODE_H - 12}" font-size="11" fill="#475569">${esc(`${capacityText(s, str)} · ${fmtSeconds(distMean(s.service))} ${str.units.s}`)}</text>`,
    ];
    return `<g class="lane-node${merged ? ' lane-node-merged' : ''}${n.secondary ? ' lane-node-secondary' : ''}" data-station="${esc(s.id)}"><title>${esc(`${label}: ${checks.join(', ')}`)}</title><rect x="${x}" y="${y}" width="${NODE_W}" height="${NODE_H}" rx="8" fill="${fill}" stroke="${stroke}"${entry}${n.secondary ? ' stroke-dasharray="4 3"' : ''}/>${lines.join('')}</g>`;
  });
  const exit = nodeXY(layout.exitColumn, 0);
  const secondaryLabel = layout.nodes.some((n) => n.secondary)
    ? `<text x="${PAD}" y="${nodeXY(0, layout.rows - 1).y - 10}" font-size="11" fill="#b91c1c">${esc(str.secondaryRow)}</text>`
    : '';
  const arrow = (id: string, color: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${color}"/></marker>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" class="lane-svg" font-family="${esc(FONT)}">` +
    `<title>${esc(`${str.lane}: ${names.scenario}`)}</title>` +
    `<defs>${arrow(`${idPrefix}-arrow`, '#64748b')}${arrow(`${idPrefix}-arrow-alarm`, '#b91c1c')}</defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    secondaryLabel +
    layout.edges.map(edge).join('') +
    nodes.join('') +
    `<g class="lane-exit"><rect x="${exit.x}" y="${exit.y}" width="${EXIT_W}" height="${NODE_H}" rx="8" fill="#f1f5f9" stroke="#64748b"/><text x="${exit.x + EXIT_W / 2}" y="${exit.y + NODE_H / 2 + 5}" text-anchor="middle" font-size="13" font-weight="bold" fill="#0f172a">${esc(str.exit)}</text></g>` +
    `</svg>`;
  return { svg, width, height };
}
