/**
 * A capacity plan's answer: the servers per station that meet the target with the figure
 * and its interval, the neighbours (one server fewer at each station) with their verdicts,
 * and every point the search evaluated. The core's PlanResult, formatted only.
 */
import { useTranslation } from 'react-i18next';
import { metricInfo, type PlanEvaluation, type PlanResult, type Scenario } from '../../sim/index.js';
import { fileStem } from '../export/export-files.js';
import { fmtInt, fmtSeconds } from '../../present/format.js';
import { planNotes, waitStations } from '../../present/insight/plan-notes.js';
import { useReportLanguage } from '../export/use-export.js';
import { SWEEP_NS } from '../i18n/namespaces.js';
import { useScenarioNames } from '../state/use-display-names.js';
import { metricLabelOf } from './labels.js';
import { PlanExportBar } from './sweep-export-bar.js';
import { fmtMetric, fmtMetricInterval, fmtServers, type MetricUnit } from '../../present/sweep-format.js';

const VERDICT_CLASS: Record<PlanEvaluation['status'], string> = { meets: 'badge-ok', fails: 'badge-bad', uncertain: 'badge-warn', unstable: 'badge-bad' };

/** A point's figure in the metric's unit, or a dash when it has none (unstable). */
function figureOf(e: PlanEvaluation, unit: MetricUnit): string {
  return e.value === null ? '—' : fmtMetric(e.value, unit);
}

/** The headings over `EvaluationCells`, kept beside them so the columns match. */
function EvaluationHeads({ metricName, unitText, waits = false }: { metricName: string; unitText: string; waits?: boolean }) {
  const { t } = useTranslation(SWEEP_NS);
  return (
    <>
      <th>{t('plan.colServers')}</th>
      <th className="num">
        {metricName} ({unitText})
      </th>
      <th className="num">{t('colCi')}</th>
      <th className="num">{t('plan.colReps')}</th>
      <th>{t('plan.colVerdict')}</th>
      {waits ? <th>{t('plan.colWaits')}</th> : null}
    </>
  );
}

/**
 * One evaluated point's cells: its servers, figure, interval, replications and verdict, as
 * both the neighbours table and the table of every point show them. `markValue` tags the
 * figure cell with `data-testid="value"` and the raw value (the neighbours table, which the
 * e2e tests read).
 */
function EvaluationCells({
  evaluation: e,
  unit,
  stationLabel,
  markValue = false,
  waits = null,
}: {
  evaluation: PlanEvaluation;
  unit: MetricUnit;
  stationLabel: (id: string) => string;
  markValue?: boolean;
  /** The stations whose mean waits to show, or null for no column. */
  waits?: string[] | null;
}) {
  const { t } = useTranslation(SWEEP_NS);
  return (
    <>
      <td>{fmtServers(e.servers, stationLabel)}</td>
      <td className="num" data-testid={markValue ? 'value' : undefined} data-value={markValue ? (e.value ?? '') : undefined}>
        {figureOf(e, unit)}
      </td>
      <td className="num">{e.ci95 ? fmtMetricInterval(e.ci95, unit) : ''}</td>
      <td className="num">{e.replications}</td>
      <td>
        <span className={`badge ${VERDICT_CLASS[e.status]}`}>{t(`plan.verdict.${e.status}`)}</span>
      </td>
      {waits ? (
        <td className="plan-waits">
          {e.stationWaits
            ? waits
                .map((id) => `${stationLabel(id)} ${fmtSeconds(e.stationWaits![id] ?? NaN)}`)
                .join(', ')
            : '—'}
        </td>
      ) : null}
    </>
  );
}

export function PlanResults({ plan, scenario }: { plan: PlanResult; scenario: Scenario }) {
  const { t } = useTranslation(SWEEP_NS);
  const m = plan.target.metric;
  const info = metricInfo(m);
  const unit = info.unit;
  const unitText = t(`units.${unit}`);
  const names = useScenarioNames(scenario);
  const stationLabel = (id: string) => names.station(id);
  const metricName = metricLabelOf(t, m.name, 'station' in m ? m.station : '', names);
  const best = plan.best;
  const atMin = best ? plan.stations.filter((s) => best.servers[s.id] - 1 < s.min) : [];
  const language = useReportLanguage();
  const notes = planNotes(plan, language, stationLabel);
  const shownWaits = waitStations(plan);
  const evaluatedSorted = [...plan.evaluated].sort((a, b) => a.total - b.total || fmtServers(a.servers).localeCompare(fmtServers(b.servers)));
  const targetShown = `${metricName} ${plan.target.op === '<=' ? '≤' : '≥'} ${fmtMetric(plan.target.value, unit)} ${unitText}`;
  return (
    <div className="sweep-results" data-testid="plan-results">
      <div className={`card plan-answer${plan.found ? '' : ' plan-answer-none'}`} data-testid="plan-answer" data-found={plan.found} data-servers={best ? JSON.stringify(best.servers) : ''} data-value={best?.value ?? ''}>
        <div className="plan-answer-head">
          <div className="card-title">
            {t('plan.answer')} · {targetShown}
          </div>
          <PlanExportBar plan={plan} stem={fileStem(plan.scenario === scenario.name ? names.scenario : plan.scenario)} />
        </div>
        {plan.found && best ? (
          <>
            <div className="card-value" data-testid="plan-answer-servers">
              {t('plan.answerLine', { servers: Object.entries(best.servers).map(([id, n]) => `${stationLabel(id)} ${n}`).join('，'), total: best.total })}
            </div>
            <div className="card-sub" data-testid="plan-answer-figure">
              {t('plan.answerFigure', { metric: metricName, value: figureOf(best, unit), unit: unitText, ci: best.ci95 ? fmtMetricInterval(best.ci95, unit) : '', replications: best.replications })}
            </div>
          </>
        ) : (
          <>
            <div className="card-value">{t('plan.notFound')}</div>
            <div className="card-sub">
              {plan.note ?? ''} {best ? t('plan.lastTried', { servers: fmtServers(best.servers, stationLabel) }) : ''}
            </div>
          </>
        )}
        {notes.length ? (
          <div className={`plan-notes${plan.monotonic === false ? ' plan-notes-warn' : ''}`} data-testid="plan-notes" data-monotonic={String(plan.monotonic !== false)} role={plan.monotonic === false ? 'alert' : undefined}>
            <div className="plan-notes-title">{plan.monotonic === false ? t('plan.warning') : t('plan.notes')}</div>
            <ul>
              {notes.map((n, i) => (
                <li key={i} data-kind={n.kind}>
                  {n.text}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {plan.found ? (
        <div className="table-card">
          <h3>{t('plan.neighbours')}</h3>
          {plan.neighbours.length === 0 ? <p className="hint">{t('plan.neighboursNone')}</p> : null}
          {plan.neighbours.length ? (
            <table className="table table-data" data-testid="plan-neighbours">
              <thead>
                <tr>
                  <th>{t('plan.colStation')}</th>
                  <EvaluationHeads metricName={metricName} unitText={unitText} />
                </tr>
              </thead>
              <tbody>
                {plan.neighbours.map((n) => (
                  <tr key={n.station} data-testid={`plan-neighbour-${n.station}`} data-status={n.evaluation.status}>
                    <td>{stationLabel(n.station)}</td>
                    <EvaluationCells evaluation={n.evaluation} unit={unit} stationLabel={stationLabel} markValue />
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {atMin.length ? <p className="hint">{atMin.map((s) => t('plan.atMin', { station: stationLabel(s.id), min: s.min })).join('；')}</p> : null}
        </div>
      ) : null}
      <div className="table-card">
        <h3>{t('plan.evaluatedTitle')}</h3>
        <p className="hint" data-testid="plan-summary">
          {t('plan.evaluated', { points: plan.evaluated.length, replications: fmtInt(plan.replicationsRun), initial: plan.replications, cap: plan.maxReplications, seed: plan.seed, wall: fmtInt(plan.wallMs) })}
        </p>
        <table className="table table-data" data-testid="plan-evaluated">
          <thead>
            <tr>
              <EvaluationHeads metricName={metricName} unitText={unitText} waits />
            </tr>
          </thead>
          <tbody>
            {evaluatedSorted.map((e) => (
              <tr
                key={fmtServers(e.servers)}
                data-status={e.status}
                data-servers={JSON.stringify(e.servers)}
                className={plan.found && best && fmtServers(e.servers) === fmtServers(best.servers) ? 'plan-row-answer' : undefined}
              >
                <EvaluationCells evaluation={e} unit={unit} stationLabel={stationLabel} waits={shownWaits} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
