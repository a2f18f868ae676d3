/**
 * The lane as a diagram: stations in flow order, merged checkpoints as one node listing
 * their checks, branches with their classes or probabilities, alarm routes dashed to the
 * secondary stations. Laid out by elkjs (present/lane/lane-drawing.ts, the report's layout
 * too): left to right when the lane fits the column, else top to bottom; edges routed
 * around the boxes and labels placed by the engine. Nodes are buttons: Tab reaches them,
 * Enter selects. Names (stations, checks, classes on branches) are the scenario's display
 * names in the UI's language.
 */
import type { TFunction } from 'i18next';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, Station } from '../../sim/index.js';
import { useValidation, useView, useWorkbench } from '../state/context.js';
import { fmtSeconds } from '../../present/format.js';
import { useDisplayNames } from '../state/use-display-names.js';
import { messagesUnder } from '../state/validation.js';
import { distMean } from '../../present/charts/dist-preview.js';
import { EXIT_ID } from '../../present/lane/lane-layout.js';
import { layoutLaneDrawing, type LaneDrawing } from '../../present/lane/lane-drawing.js';
import { roundedPath } from '../../present/lane/edge-path.js';

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

/** Sizes of the diagram's boxes (px; the stylesheet's .node fits them) and of its label text. */
export const DIAGRAM_SIZES = { nodeW: 156, nodeH: 112, exitW: 56, labelFontPx: 12 } as const;

export function LaneDiagram({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const view = useView();
  const validation = useValidation();
  const names = useDisplayNames();
  const [available, setAvailable] = useState<number | null>(null);
  // The drawing on screen and what it was laid out for: pending while it is not the current one (tests wait for that).
  const [drawn, setDrawn] = useState<{ drawing: LaneDrawing; of: unknown } | null>(null);
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
  const request = useMemo(() => ({ scenario, names, perBag, available }), [scenario, names, perBag, available]);
  const drawing = drawn?.drawing ?? null;
  const pending = drawn?.of !== request;
  // The layout engine is asynchronous: the last drawing stays on screen until the new one is ready.
  useEffect(() => {
    if (request.available === null) return;
    let current = true;
    const { names: n } = request;
    void layoutLaneDrawing(request.scenario, { ...DIAGRAM_SIZES, maxWidth: request.available }, { passengerClass: n.passengerClass, check: n.check, perBag: request.perBag }).then((d) => {
      if (current) setDrawn({ drawing: d, of: request });
    });
    return () => {
      current = false;
    };
  }, [request]);
  const byId = new Map(scenario.stations.map((s) => [s.id, s]));
  return (
    <div className="diagram-scroll" data-testid="lane-diagram" data-direction={drawing?.direction} data-layout={pending ? 'pending' : 'ready'} aria-busy={pending} ref={scroller}>
      {drawing ? (
        <div className={`diagram diagram-${drawing.direction}`} style={{ width: drawing.width, height: drawing.height }}>
          <svg width={drawing.width} height={drawing.height} className="diagram-edges" aria-hidden="true">
            <defs>
              {(['', '-alarm'] as const).map((kind) => (
                <marker key={kind} id={`arrow${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M 0 0 L 10 5 L 0 10 z" className={`arrow-head${kind}`} />
                </marker>
              ))}
            </defs>
            {drawing.edges.map((e, k) => (
              <g key={k} className={`edge edge-${e.edge.kind}`}>
                <path d={roundedPath(e.points)} markerEnd={e.edge.kind === 'alarm' ? 'url(#arrow-alarm)' : 'url(#arrow)'} />
              </g>
            ))}
          </svg>
          {drawing.nodes.map((n) => {
            if (n.id === EXIT_ID)
              return (
                <div key={n.id} className="node node-exit" style={{ left: n.x, top: n.y, width: n.w, height: n.h }}>
                  <span className="node-title">{t('station.exit')}</span>
                </div>
              );
            const s = byId.get(n.id);
            // A drawing of the lane before an edit may name a station that is gone: it is redrawn in a moment.
            if (!s) return null;
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
                style={{ left: n.x, top: n.y, width: n.w, height: n.h }}
                aria-pressed={selected}
                data-testid={`node-${s.id}`}
                onClick={() => wb.setView({ selectedStation: s.id })}
              >
                <span className="node-title" title={title}>
                  {title}
                </span>
                {merged ? (
                  <span className="node-checks" title={checks.join(', ')}>
                    <span className="chip chip-merged">{t('diagram.mergedCount', { count: checks.length })}</span>
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
          {/* Edge labels where the engine put them: clear of every box and of each other. */}
          <svg width={drawing.width} height={drawing.height} className="diagram-labels" aria-hidden="true" data-testid="edge-labels">
            {drawing.edges.map((e, k) =>
              e.label ? (
                <g key={k} className={`edge-label-box edge-label-${e.edge.kind}`}>
                  <rect x={e.label.x} y={e.label.y} width={e.label.w} height={e.label.h} rx={3} />
                  <text x={e.label.x + e.label.w / 2} y={e.label.y + e.label.h / 2} dominantBaseline="central" textAnchor="middle" className="edge-label">
                    {e.edge.label}
                  </text>
                </g>
              ) : null,
            )}
          </svg>
        </div>
      ) : null}
    </div>
  );
}
