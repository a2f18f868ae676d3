/**
 * Places a lane's stations on a grid for the diagram: columns in flow order (breadth-first
 * from the entry along routing), parallel alternatives stacked in a column, and stations
 * reached only by alarms or by rare branches (≤ 20 %) on a lower "secondary" row next to
 * where they are sent from. Pure, so it is unit-tested without a DOM. The diagram's drawing
 * (lane-drawing.ts, laid out by elkjs) takes its edges, their labels, the flow order and
 * which stations are secondary from here; the replay draws on its own floor plan
 * (sim/replay/floor-plan.ts), which places queues and passengers, not boxes.
 */
import { routesOf, type Scenario, type Station } from '../../sim/index.js';

export interface LaneNode {
  id: string;
  column: number;
  row: number;
  secondary: boolean;
}

export interface LaneEdge {
  from: string;
  to: string;
  kind: 'next' | 'branch' | 'alarm';
  /** "30 %", "citizen", "citizen 90 %", or the alarm's check and probability. */
  label: string;
}

export interface LaneLayout {
  nodes: LaneNode[];
  edges: LaneEdge[];
  columns: number;
  rows: number;
  /** Column of the exit node. */
  exitColumn: number;
}

export const EXIT_ID = 'exit';

/** How edge labels name classes and checks (the display names in the UI's language); ids by default. */
export interface EdgeNamer {
  passengerClass(id: string): string;
  check(name: string): string;
  /** Suffix of an alarm raised per bag ("/bag", "/件"). */
  perBag?: string;
}

const IDS: EdgeNamer = { passengerClass: (id) => id, check: (name) => name };
const RARE = 0.2;

function pct(p: number): string {
  return `${Math.round(p * 1000) / 10} %`;
}

/** Edges out of a station, labelled for the diagram with classes and checks by their display names. */
export function stationEdges(s: Station, names: EdgeNamer = IDS): LaneEdge[] {
  return routesOf(s).map((r): LaneEdge => {
    if (r.kind === 'next') return { from: s.id, to: r.to, kind: 'next', label: '' };
    if (r.kind === 'alarm') return { from: s.id, to: r.to, kind: 'alarm', label: `${names.check(r.alarm.check)} ${pct(r.alarm.probability)}${r.alarm.per === 'bag' ? (names.perBag ?? '/bag') : ''}` };
    const b = r.branch;
    const label = b.probability !== undefined ? pct(b.probability) : b.classes ? `${b.classes.map((c) => names.passengerClass(c)).join(', ')}${b.share !== undefined ? ` ${pct(b.share)}` : ''}` : '';
    return { from: s.id, to: r.to, kind: 'branch', label };
  });
}

function isRare(s: Station, to: string): boolean {
  if (!Array.isArray(s.next)) return false;
  const b = s.next.find((x) => x.to === to);
  return b?.probability !== undefined && b.probability <= RARE;
}

export function laneLayout(scenario: Scenario, names: EdgeNamer = IDS): LaneLayout {
  const byId = new Map(scenario.stations.map((s) => [s.id, s]));
  const edges = scenario.stations.flatMap((s) => stationEdges(s, names));
  const column = new Map<string, number>();
  // Main flow: breadth-first along routing, skipping rare branches.
  const queue: string[] = [];
  if (byId.has(scenario.entry)) {
    column.set(scenario.entry, 0);
    queue.push(scenario.entry);
  }
  while (queue.length) {
    const id = queue.shift() as string;
    const s = byId.get(id) as Station;
    const c = column.get(id) as number;
    const targets = typeof s.next === 'string' ? [s.next] : s.next.map((b) => b.to);
    for (const to of targets) {
      if (to === EXIT_ID || !byId.has(to) || column.has(to) || isRare(s, to)) continue;
      column.set(to, c + 1);
      queue.push(to);
    }
  }
  const mainColumns = column.size ? Math.max(...column.values()) + 1 : 0;
  // Secondary: whatever is left, next to the first station that sends passengers there.
  const secondary = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const s of scenario.stations) {
      if (column.has(s.id)) continue;
      const from = edges.find((e) => e.to === s.id && column.has(e.from));
      if (from) {
        column.set(s.id, Math.min((column.get(from.from) as number) + 1, Math.max(mainColumns - 1, 0)));
        secondary.add(s.id);
        changed = true;
      }
    }
  }
  // Unreachable stations (a mistake the validator reports) still get drawn, at the end.
  let extra = mainColumns;
  for (const s of scenario.stations) {
    if (!column.has(s.id)) {
      column.set(s.id, extra++);
      secondary.add(s.id);
    }
  }
  const nodes: LaneNode[] = [];
  const mainRows = new Map<number, number>();
  for (const s of scenario.stations) {
    if (secondary.has(s.id)) continue;
    const c = column.get(s.id) as number;
    const row = mainRows.get(c) ?? 0;
    mainRows.set(c, row + 1);
    nodes.push({ id: s.id, column: c, row, secondary: false });
  }
  const mainHeight = Math.max(1, ...mainRows.values());
  const secRows = new Map<number, number>();
  for (const s of scenario.stations) {
    if (!secondary.has(s.id)) continue;
    let c = column.get(s.id) as number;
    // Two secondary stations never share a cell: slide right until free.
    while ((secRows.get(c) ?? 0) > 0 && c < mainColumns + scenario.stations.length) c++;
    secRows.set(c, 1);
    nodes.push({ id: s.id, column: c, row: mainHeight, secondary: true });
  }
  const columns = Math.max(mainColumns, ...nodes.map((n) => n.column + 1), 1);
  const rows = mainHeight + (secondary.size ? 1 : 0);
  return { nodes, edges, columns, rows, exitColumn: columns };
}
