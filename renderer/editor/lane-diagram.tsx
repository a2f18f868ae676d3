/**
 * The lane as a diagram: stations left to right in flow order, merged checkpoints as one
 * node listing their checks, branches with their probabilities, secondary stations on the
 * row below with dashed alarm arrows. Nodes are buttons: Tab reaches them, Enter selects.
 * Names (stations, checks, classes on branches) are the scenario's display names in the
 * UI's language; the geometry (diagram-geometry.ts) fits the column's width, wrapping a
 * long lane onto bands below.
 */
import type { TFunction } from 'i18next';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, Station } from '../../sim/index.js';
import { useValidation, useView, useWorkbench } from '../state/context.js';
import { fmtSeconds } from '../../present/format.js';
import { useDisplayNames } from '../state/use-display-names.js';
import { messagesUnder } from '../state/validation.js';
import { bandOf, bandTop, cellXY, COMPACT_NODE_W, diagramGeometry, drawEdges } from './diagram-geometry.js';
import { distMean } from '../../present/charts/dist-preview.js';
import { laneLayout } from '../../present/lane/lane-layout.js';

function serversText(s: Station, t: TFunction): string {
  if (s.mode === 'delay') return t('diagram.inMotion');
  if (s.mode === 'reclaim') return t('diagram.reclaim');
  if (Array.isArray(s.servers))
    return t('diagram.schedule', {
      min: Math.min(...s.servers.map((x) => x.servers)),
      max: Math.max(...s.servers.map((x) => x.servers)),
    });
  return t('diagram.servers', { count: s.servers ?? 0 });
}

export function LaneDiagram({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const validation = useValidation();
  const names = useDisplayNames();
  const [available, setAvailable] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // The diagram fits the column it is in: measured before paint and again on every resize.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setAvailable(el.clientWidth);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const perBag = t('diagram.perBag');
  const layout = useMemo(
    () => laneLayout(scenario, { passengerClass: names.passengerClass, check: names.check, perBag }),
    [scenario, names, perBag],
  );
  const g = useMemo(() => diagramGeometry(layout, available), [layout, available]);
  const edges = useMemo(() => drawEdges(layout, g), [layout, g]);
  const { width, height } = g;
  const exit = cellXY(g, layout.exitColumn, 0);
  return (
    <div className="diagram-scroll" data-testid="lane-diagram" ref={scroller}>
      <div
        className={`diagram${g.nodeW < COMPACT_NODE_W ? ' diagram-compact' : ''}`}
        style={{ width, height }}
      >
        <svg width={width} height={height} className="diagram-edges" aria-hidden="true">
          <defs>
            {(['', '-alarm'] as const).map((kind) => (
              <marker key={kind} id={`arrow${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" className={`arrow-head${kind}`} />
              </marker>
            ))}
          </defs>
          {Array.from({ length: g.bands }, (_, b) =>
            layout.nodes.some((n) => n.secondary && bandOf(g, n.column) === b) ? (
              <text
                key={b}
                x={g.pad}
                y={bandTop(g, b) + (layout.rows - 1) * (g.nodeH + g.rowGap) - 8}
                className="row-label"
              >
                {t('diagram.secondaryRow')}
              </text>
            ) : null,
          )}
          {edges.map((e, k) => (
            <g key={k} className={`edge edge-${e.edge.kind}`}>
              <path d={e.d} markerEnd={e.edge.kind === 'alarm' ? 'url(#arrow-alarm)' : 'url(#arrow)'} />
            </g>
          ))}
        </svg>
        {layout.nodes.map((n) => {
          const s = scenario.stations.find((x) => x.id === n.id) as Station;
          const { x, y } = cellXY(g, n.column, n.row);
          const idx = scenario.stations.indexOf(s);
          const errors = validation ? messagesUnder(validation, `stations[${idx}]`).length : 0;
          const checks = (s.checks ?? []).map((c) => names.check(c));
          const merged = checks.length > 1;
          const selected = view.selectedStation === s.id;
          const title = names.station(s.id);
          return (
            <button
              key={s.id}
              type="button"
              className={`node${selected ? ' node-selected' : ''}${n.secondary ? ' node-secondary' : ''}${merged ? ' node-merged' : ''}${errors ? ' node-invalid' : ''}${scenario.entry === s.id ? ' node-entry' : ''}`}
              style={{ left: x, top: y, width: g.nodeW, height: g.nodeH }}
              aria-pressed={selected}
              data-testid={`node-${s.id}`}
              onClick={() => wb.setView({ selectedStation: s.id })}
            >
              <span className="node-title" title={title}>
                {title}
              </span>
              {merged ? (
                <span className="node-checks" title={checks.join(', ')}>
                  <span className="chip chip-merged">
                    {t('diagram.mergedCount', { count: checks.length })}
                  </span>
                  <span className="node-check-list">{checks.join(' · ')}</span>
                </span>
              ) : (
                <span className="node-checks">
                  {checks.map((c, i) => (
                    <span key={i} className="chip">
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
        <div
          className="node node-exit"
          style={{ left: exit.x, top: exit.y, width: g.exitW, height: g.nodeH }}
        >
          <span className="node-title">{t('station.exit')}</span>
        </div>
        {/* Edge labels above the nodes, each where it collides with no other. */}
        <svg
          width={width}
          height={height}
          className="diagram-labels"
          aria-hidden="true"
          data-testid="edge-labels"
        >
          {edges.map((e, k) =>
            e.label ? (
              <g key={k} className={`edge-label-box edge-label-${e.edge.kind}`}>
                <rect x={e.label.x} y={e.label.y} width={e.label.w} height={e.label.h} rx={3} />
                <text
                  x={e.label.x + e.label.w / 2}
                  y={e.label.y + e.label.h - 4}
                  textAnchor="middle"
                  className="edge-label"
                >
                  {e.edge.label}
                </text>
              </g>
            ) : null,
          )}
        </svg>
      </div>
    </div>
  );
}
