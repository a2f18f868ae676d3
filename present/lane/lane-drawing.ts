/**
 * Where the lane diagram draws every box, edge and edge label, computed by the Eclipse Layout
 * Kernel (elkjs, its layered algorithm): stations in layers along the flow, edges routed
 * orthogonally around the boxes, and each edge label (a class share "中国公民 85 %", an
 * alarm "体温检测 0.2 %") given its own place by the engine, so no edge crosses a box and no
 * label sits on a box or on another label. One function for the editor, the HTML report and
 * the CLI's report; pure TS without a DOM. elkjs is large (about 1.6 MB) and only this file
 * loads it, on first use, so nothing that draws no diagram parses it.
 */
import type { Scenario } from '../../sim/index.js';
import { EXIT_ID, laneLayout, type EdgeNamer, type LaneEdge } from './lane-layout.js';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How big the things to place are, in px. */
export interface DrawingSizes {
  nodeW: number;
  nodeH: number;
  exitW: number;
  /** Font size of the edge labels: their boxes are estimated from it (CJK characters square). */
  labelFontPx: number;
  /** Widest the drawing should be: a lane too long for it is wrapped into rows (or runs top to bottom). Absent: always left to right. */
  maxWidth?: number;
}

export interface PlacedNode extends Box {
  /** A station id, or EXIT_ID for the exit. */
  id: string;
  /** Reached only by alarms or rare branches (drawn apart: dashed, tinted). */
  secondary: boolean;
}

export interface PlacedEdge {
  edge: LaneEdge;
  /** The route from the source's border to the target's border, corners included. */
  points: Point[];
  /** The label's box (absent for an unlabelled edge). */
  label: Box | null;
}

export type LaneDirection = 'right' | 'wrap' | 'down';

export interface LaneDrawing {
  width: number;
  height: number;
  /**
   * Which way the flow runs: right when the lane fits the width; wrap when it runs right in
   * rows, each row going on under the one before (a long lane at a bounded width); down when
   * top to bottom is shorter still.
   */
  direction: LaneDirection;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Room around a label's text inside its box. */
const LABEL_PAD_X = 6;
const LABEL_PAD_Y = 4;

/** A label's box at `fontPx`: CJK characters are square, digits and Latin letters about 0.6 em (a safe estimate for the sans fonts we name). */
export function labelBox(text: string, fontPx: number): { w: number; h: number } {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? fontPx : /[%mMwW@]/.test(ch) ? fontPx * 0.85 : fontPx * 0.6;
  return { w: Math.ceil(w) + 2 * LABEL_PAD_X, h: Math.ceil(fontPx * 1.25) + LABEL_PAD_Y };
}

interface ElkLabelOut {
  text?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}
interface ElkSection {
  startPoint: Point;
  endPoint: Point;
  bendPoints?: Point[];
}
interface ElkEdgeOut {
  id: string;
  sources: string[];
  targets: string[];
  sections?: ElkSection[];
  labels?: ElkLabelOut[];
}
interface ElkNodeOut {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkNodeOut[];
  edges?: ElkEdgeOut[];
}
interface ElkEngine {
  layout(graph: unknown): Promise<ElkNodeOut>;
}

let engine: Promise<ElkEngine> | null = null;

/** The layout engine, loaded once on first use (the bundled build runs in the same thread: no worker, browser and Node alike). */
function elk(): Promise<ElkEngine> {
  engine ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const Elk = (m as unknown as { default: new () => ElkEngine }).default;
    return new Elk();
  });
  return engine;
}

/** The narrowest a station box gets to fit a lane running down into its width. */
export const MIN_NODE_W = 120;

/** Height of the exit box when the flow runs down. */
const EXIT_DOWN_H = 48;

/** How one layout is asked for: the flow's direction, and for a wrapped lane how many rows it aims at and how ELK picks the cuts. */
interface Mode {
  direction: LaneDirection;
  /** Wrap: rows aimed at (ELK picks the cuts from an aspect ratio; see wrapRatio). */
  rows?: number;
  /** Wrap: ELK's cut strategy (ARD: from the aspect ratio alone; MSD: also weighs the edges a cut crosses). */
  cuts?: 'ARD' | 'MSD';
  /** The last resort of a lane still too wide with the narrowest boxes: less room between boxes. */
  tight?: boolean;
}

/** The options of the layered algorithm the diagram is drawn with. */
function graphOptions(mode: Mode, ratio: number): Record<string, string> {
  const down = mode.direction === 'down';
  const tight = mode.tight ?? false;
  const options: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': down ? 'DOWN' : 'RIGHT',
    'elk.edgeRouting': 'ORTHOGONAL',
    // Tight: the last resort of a lane still too wide with the narrowest boxes.
    'elk.padding': tight ? '[top=12,left=4,bottom=12,right=4]' : '[top=12,left=12,bottom=12,right=12]',
    'elk.spacing.nodeNode': tight ? '12' : '28',
    'elk.layered.spacing.nodeNodeBetweenLayers': '40',
    'elk.spacing.edgeNode': '14',
    'elk.layered.spacing.edgeNodeBetweenLayers': '14',
    'elk.spacing.edgeEdge': '10',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
    'elk.spacing.edgeLabel': '3',
    'elk.spacing.labelLabel': '4',
    'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    // Stations keep the order they have in the file where the layering allows.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
    'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
    'elk.layered.mergeEdges': 'false',
  };
  if (mode.direction === 'wrap') {
    // Rows cut where few edges cross; the edges a cut crosses run back under the row (MULTI_EDGE).
    options['elk.layered.wrapping.strategy'] = 'MULTI_EDGE';
    options['elk.layered.wrapping.cutting.strategy'] = mode.cuts ?? 'ARD';
    options['elk.aspectRatio'] = ratio.toFixed(4);
    // A wrapped lane is read row by row: layers a little closer, so more stations share a row.
    options['elk.layered.spacing.nodeNodeBetweenLayers'] = '28';
  }
  return options;
}

function sectionPoints(s: ElkSection): Point[] {
  return [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x, y: p.y }));
}

/**
 * The aspect ratio (width / height) that makes ELK's wrapping cut a lane `flat` wide and high
 * in one row into about `rows` rows: each row is about 1/rows as wide and the drawing rows
 * times as high. ELK takes the ratio, not a row count (elkjs has no manual cuts).
 */
function wrapRatio(flat: { width: number; height: number }, rows: number): number {
  return flat.width / (rows * rows * Math.max(1, flat.height));
}

async function run(scenario: Scenario, names: EdgeNamer | undefined, sizes: DrawingSizes, mode: Mode, flat?: { width: number; height: number }): Promise<LaneDrawing> {
  const down = mode.direction === 'down';
  const flow = laneLayout(scenario, names);
  // Children in flow order (column, then row): the model order ELK keeps where it can.
  const ordered = [...flow.nodes].sort((a, b) => a.column - b.column || a.row - b.row);
  const known = new Set([...ordered.map((n) => n.id), EXIT_ID]);
  const edges = flow.edges.filter((e) => known.has(e.from) && known.has(e.to));
  const graph = {
    id: 'lane',
    layoutOptions: graphOptions(mode, flat && mode.rows ? wrapRatio(flat, mode.rows) : 1),
    children: [
      ...ordered.map((n) => ({ id: n.id, width: sizes.nodeW, height: sizes.nodeH })),
      // The exit: a slim box across the flow's end (tall when the flow runs right, wide when it runs down).
      { id: EXIT_ID, width: down ? sizes.nodeW : sizes.exitW, height: down ? EXIT_DOWN_H : sizes.nodeH, layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST' } },
    ],
    edges: edges.map((e, i) => ({
      id: `e${i}`,
      sources: [e.from],
      targets: [e.to],
      labels: e.label ? [{ text: e.label, width: labelBox(e.label, sizes.labelFontPx).w, height: labelBox(e.label, sizes.labelFontPx).h, layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' } }] : [],
    })),
  };
  const out = await (await elk()).layout(graph);
  const secondary = new Map(flow.nodes.map((n) => [n.id, n.secondary]));
  const nodes: PlacedNode[] = (out.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, w: c.width ?? 0, h: c.height ?? 0, secondary: secondary.get(c.id) ?? false }));
  const byId = new Map((out.edges ?? []).map((e) => [e.id, e]));
  const placed: PlacedEdge[] = edges.map((edge, i) => {
    const e = byId.get(`e${i}`);
    const points = (e?.sections ?? []).flatMap((s, k) => (k === 0 ? sectionPoints(s) : sectionPoints(s).slice(1)));
    const l = e?.labels?.[0];
    const label = edge.label && l ? { x: l.x ?? 0, y: l.y ?? 0, w: l.width ?? 0, h: l.height ?? 0 } : null;
    return { edge, points, label };
  });
  return { width: Math.ceil(out.width ?? 0), height: Math.ceil(out.height ?? 0), direction: mode.direction, nodes, edges: placed };
}

/**
 * A wrapped lane is chosen over top to bottom only when it is this much shorter: each cut
 * sends edges back under a row, which costs reading when the saving is small (the smart lane
 * at 720 px: 920 px in rows against 1,102 px down, with three routes back across the rows).
 */
const WRAP_WORTH = 0.75;

/** How many more rows than the fewest a wrapped lane may take while looking for a layout within the width. */
const EXTRA_ROWS = 3;

/**
 * The lane run left to right in rows within `max`: from the fewest rows the one-row width
 * allows, one more at a time, with ELK's two cut strategies (the one aimed at the aspect
 * ratio first) until one fits; once with the boxes as asked and once with the narrowest
 * (more stations to a row, fewer rows). The shorter of the two, or null when neither fits.
 */
async function wrapped(scenario: Scenario, names: EdgeNamer | undefined, sizes: DrawingSizes, max: number, flat: LaneDrawing): Promise<LaneDrawing | null> {
  let best: LaneDrawing | null = null;
  for (const nodeW of sizes.nodeW > MIN_NODE_W ? [sizes.nodeW, MIN_NODE_W] : [sizes.nodeW]) {
    const narrowed = { ...sizes, nodeW };
    const one = nodeW === sizes.nodeW ? flat : await run(scenario, names, narrowed, { direction: 'right' });
    const fewest = Math.max(2, Math.ceil(one.width / max));
    search: for (let rows = fewest; rows <= fewest + EXTRA_ROWS; rows++) {
      for (const cuts of ['ARD', 'MSD'] as const) {
        const d = await run(scenario, names, narrowed, { direction: 'wrap', rows, cuts }, one);
        if (d.width > max) continue;
        if (!best || d.height < best.height) best = d;
        break search;
      }
    }
  }
  return best;
}

/**
 * The lane of `scenario` laid out for drawing, labels named by `names` (ids by default).
 * The flow runs left to right; a lane wider than `sizes.maxWidth` is wrapped into rows
 * (ELK's MULTI_EDGE wrapping: the edges a cut crosses run back under the row) when that is
 * clearly shorter than running top to bottom (WRAP_WORTH), so a long lane (the nine checks:
 * 2,436 px top to bottom, about 1,000–1,350 px in rows at 720 px) reads on a laptop screen.
 */
export async function layoutLaneDrawing(scenario: Scenario, sizes: DrawingSizes, names?: EdgeNamer): Promise<LaneDrawing> {
  const flat = await run(scenario, names, sizes, { direction: 'right' });
  const max = sizes.maxWidth;
  if (max === undefined || flat.width <= max) return flat;
  // Down the page, a layer of three stations with labels beside their edges may still be too
  // wide: narrower boxes (down to MIN_NODE_W) until it fits.
  let down = await run(scenario, names, sizes, { direction: 'down' });
  for (let nodeW = sizes.nodeW; down.width > max && nodeW > MIN_NODE_W; ) {
    nodeW = Math.max(MIN_NODE_W, nodeW - Math.ceil((down.width - max) / 3) - 2);
    down = await run(scenario, names, { ...sizes, nodeW }, { direction: 'down' });
  }
  // Still too wide (long labels beside the edges of a wide layer): less room between boxes.
  if (down.width > max) {
    const tight = await run(scenario, names, { ...sizes, nodeW: MIN_NODE_W }, { direction: 'down', tight: true });
    if (tight.width < down.width) down = tight;
  }
  const rows = await wrapped(scenario, names, sizes, max, flat);
  if (!rows) return down;
  return down.width > max || rows.height < WRAP_WORTH * down.height ? rows : down;
}
