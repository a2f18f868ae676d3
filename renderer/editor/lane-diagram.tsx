/**
 * The lane as a diagram: stations left to right in flow order, merged checkpoints as one
 * node listing their checks, branches with their probabilities, secondary stations on the
 * row below with dashed alarm arrows. Nodes are buttons: Tab reaches them, Enter selects.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Scenario, Station } from '../../sim/index.js';
import { useValidation, useView, useWorkbench } from '../app/context.js';
import { fmtSeconds } from '../format.js';
import { messagesUnder } from '../state/validation.js';
import { distMean } from './dist-preview.js';
import { EXIT_ID, laneLayout, type LaneEdge } from './lane-layout.js';

export const NODE_W = 152;
export const NODE_H = 112;
const COL_GAP = 44;
const ROW_GAP = 44;
const PAD = 20;
const EXIT_W = 88;

function nodeXY(column: number, row: number): { x: number; y: number } {
  return { x: PAD + column * (NODE_W + COL_GAP), y: PAD + row * (NODE_H + ROW_GAP) };
}

function serversText(s: Station, t: TFunction): string {
  if (s.mode === 'delay') return t('diagram.inMotion');
  if (s.mode === 'reclaim') return t('diagram.reclaim');
  if (Array.isArray(s.servers)) return t('diagram.schedule', { min: Math.min(...s.servers.map((x) => x.servers)), max: Math.max(...s.servers.map((x) => x.servers)) });
  return t('diagram.servers', { count: s.servers ?? 0 });
}

export function LaneDiagram({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const validation = useValidation();
  const layout = laneLayout(scenario);
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));
  const exitRow = 0;
  const width = PAD * 2 + layout.exitColumn * (NODE_W + COL_GAP) + EXIT_W;
  const height = PAD * 2 + layout.rows * (NODE_H + ROW_GAP) - ROW_GAP + 24;
  const box = (id: string) => {
    if (id === EXIT_ID) return { ...nodeXY(layout.exitColumn, exitRow), w: EXIT_W };
    const n = pos.get(id);
    return n ? { ...nodeXY(n.column, n.row), w: NODE_W } : null;
  };
  const drawEdge = (e: LaneEdge, k: number) => {
    const from = box(e.from);
    const to = box(e.to);
    if (!from || !to) return null;
    let d: string;
    let lx: number;
    let ly: number;
    if (to.x > from.x) {
      // Forward: right side to left side.
      const a = { x: from.x + from.w, y: from.y + NODE_H / 2 };
      const b = { x: to.x, y: to.y + NODE_H / 2 };
      const mx = (a.x + b.x) / 2;
      d = `M ${a.x} ${a.y} C ${mx} ${a.y}, ${mx} ${b.y}, ${b.x} ${b.y}`;
      lx = mx;
      ly = (a.y + b.y) / 2 - 6;
    } else if (to.y < from.y) {
      // Back up to an earlier row (a secondary station returning to the flow): top to bottom.
      const a = { x: from.x + from.w * 0.7, y: from.y };
      const b = { x: to.x + to.w * 0.7, y: to.y + NODE_H };
      const my = (a.y + b.y) / 2;
      d = `M ${a.x} ${a.y} C ${a.x} ${my}, ${b.x} ${my}, ${b.x} ${b.y}`;
      lx = (a.x + b.x) / 2;
      ly = my;
    } else {
      // Back along the same row: loop below both nodes.
      const a = { x: from.x + from.w / 2, y: from.y + NODE_H };
      const b = { x: to.x + to.w / 2, y: to.y + NODE_H };
      const y = Math.max(a.y, b.y) + 24;
      d = `M ${a.x} ${a.y} C ${a.x} ${y}, ${b.x} ${y}, ${b.x} ${b.y}`;
      lx = (a.x + b.x) / 2;
      ly = y;
    }
    return (
      <g key={k} className={`edge edge-${e.kind}`}>
        <path d={d} markerEnd={e.kind === 'alarm' ? 'url(#arrow-alarm)' : 'url(#arrow)'} />
        {e.label ? (
          <text x={lx} y={ly} textAnchor="middle" className="edge-label">
            {e.label}
          </text>
        ) : null}
      </g>
    );
  };
  const exit = nodeXY(layout.exitColumn, exitRow);
  return (
    <div className="diagram-scroll" data-testid="lane-diagram">
      <div className="diagram" style={{ width, height }}>
        <svg width={width} height={height} className="diagram-edges" aria-hidden="true">
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
            </marker>
            <marker id="arrow-alarm" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head-alarm" />
            </marker>
          </defs>
          {layout.nodes.some((n) => n.secondary) ? (
            <text x={PAD} y={nodeXY(0, layout.rows - 1).y - 8} className="row-label">
              {t('diagram.secondaryRow')}
            </text>
          ) : null}
          {layout.edges.map(drawEdge)}
        </svg>
        {layout.nodes.map((n) => {
          const s = scenario.stations.find((x) => x.id === n.id) as Station;
          const { x, y } = nodeXY(n.column, n.row);
          const idx = scenario.stations.indexOf(s);
          const errors = validation ? messagesUnder(validation, `stations[${idx}]`).length : 0;
          const merged = (s.checks?.length ?? 0) > 1;
          const selected = view.selectedStation === s.id;
          return (
            <button
              key={s.id}
              type="button"
              className={`node${selected ? ' node-selected' : ''}${n.secondary ? ' node-secondary' : ''}${merged ? ' node-merged' : ''}${errors ? ' node-invalid' : ''}${scenario.entry === s.id ? ' node-entry' : ''}`}
              style={{ left: x, top: y, width: NODE_W, height: NODE_H }}
              aria-pressed={selected}
              data-testid={`node-${s.id}`}
              onClick={() => wb.setView({ selectedStation: s.id })}
            >
              <span className="node-title" title={s.label || s.id}>
                {s.label || s.id}
              </span>
              {merged ? (
                <span className="node-checks" title={(s.checks ?? []).join(', ')}>
                  <span className="chip chip-merged">{t('diagram.mergedCount', { count: s.checks?.length ?? 0 })}</span>
                  <span className="node-check-list">{(s.checks ?? []).join(' · ')}</span>
                </span>
              ) : (
                <span className="node-checks">
                  {(s.checks ?? []).map((c) => (
                    <span key={c} className="chip">
                      {c}
                    </span>
                  ))}
                </span>
              )}
              <span className="node-meta">
                {serversText(s, t)} · {fmtSeconds(distMean(s.service))} {t('units.s')}
              </span>
              {errors ? (
                <span className="node-badge" title={t('diagram.errors', { count: errors })}>
                  !
                </span>
              ) : null}
            </button>
          );
        })}
        <div className="node node-exit" style={{ left: exit.x, top: exit.y, width: EXIT_W, height: NODE_H }}>
          <span className="node-title">{t('station.exit')}</span>
        </div>
      </div>
    </div>
  );
}
