/**
 * One run's results: headline cards, the clearance distribution (histogram and cumulative
 * curve), the per-station table with the bottleneck marked (where passengers lose the most
 * time), queues and utilisation over time, throughput, the per-class breakdown, and the table per flight or vehicle. Every figure is the core's RunResult, formatted only.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRuns, useWorkbench } from '../state/context.js';
import { clearanceCdfOption, clearanceHistogramOption, queueOverTimeOption, throughputOption, utilizationOverTimeOption } from '../../present/charts/result-charts.js';
import { reportStrings, runCharts, type ExportChart, type RunChartId } from '../../present/report/index.js';
import type { RunResult } from '../../sim/index.js';
import { ChartCard } from '../export/chart-card.js';
import { RunExportBar } from '../export/run-export-bar.js';
import { useReportLanguage } from '../export/use-export.js';
import { fmtDuration, fmtFixed, fmtInt, fmtInterval, fmtPercent, fmtSeconds } from '../../present/format.js';
import { runTitle } from '../state/names.js';
import { compareWithPrevious, previousOfSameScenario, selectedRun, type RunRecord } from '../state/runs-state.js';
import { useScenarioNames, useUiLanguage } from '../state/use-display-names.js';
import { bottleneck as findBottleneck } from '../../present/insight/bottleneck.js';
import { LosSection } from './los-section.js';
import { runFigures, type Figure } from '../../present/figures/figures.js';
import { figureDefinition } from '../../present/figures/figure-definitions.js';
import { RunList } from './run-list.js';
import { StructureLine } from './structure-line.js';
import { DecompositionCard } from './decomposition-card.js';
import { GroupsSection } from './groups-section.js';

function Card({ title, figure, unit, aside, sub, testId, definition }: { title: string; figure: Figure; unit?: string; aside?: string; sub: string; testId: string; definition?: string }) {
  return (
    <div className="card" data-testid={testId} data-value={figure.value} data-figure={figure.key}>
      <div className="card-title" title={definition}>
        {title}
      </div>
      <div className="card-line">
        <span className="card-value" data-testid="figure-text">{unit ? `${figure.text} ${unit}` : figure.text}</span>
        {aside ? <span className="card-aside">{aside}</span> : null}
      </div>
      <div className="card-sub">{sub}</div>
    </div>
  );
}

/** A table cell with one labelled figure ("—" where the station has none, e.g. utilisation of a walk-through). */
function FigureCell({ figure, testId }: { figure: Figure | undefined; testId?: string }) {
  return (
    <td className="num" data-testid={testId} data-figure={figure?.key} data-value={figure?.value}>
      {figure ? figure.text : '—'}
    </td>
  );
}

/**
 * How many parts of a run's results are on screen: the first at once, each next one a task
 * later. Mounting the whole view in one React commit held the UI thread for hundreds of
 * milliseconds after a run (issue 12: no task over 50 ms from Run to results on screen).
 */
function useStages(key: string, count: number): number {
  const [shown, setShown] = useState({ key, n: 1 });
  const n = shown.key === key ? shown.n : 1;
  useEffect(() => {
    if (n >= count) return;
    const id = setTimeout(() => setShown({ key, n: n + 1 }), 0);
    return () => clearTimeout(id);
  }, [key, n, count]);
  return n;
}

/** What the parts of one run's results share: the run, its names and figures, the chart exports once built. */
interface RunParts {
  run: RunRecord;
  r: RunResult;
  title: string;
  names: ReturnType<typeof useScenarioNames>;
  figures: Map<string, Figure>;
  /** The report's versions of the five charts (null until the first chart part mounts). */
  exports: ExportChart<RunChartId>[] | null;
}

/** The clearance distribution and its cumulative curve. */
function DistributionCharts({ p }: { p: RunParts }) {
  const { t } = useTranslation();
  const { r, title, exports } = p;
  const hist = useMemo(() => clearanceHistogramOption(r, { x: t('charts.clearanceMin'), y: t('charts.passengersPerRun'), series: t('charts.passengers'), target: t('charts.target') }), [r, t]);
  const cdf = useMemo(() => clearanceCdfOption([{ name: title, result: r }], { x: t('charts.clearanceMin'), y: t('charts.shareCleared') }), [r, title, t]);
  if (!exports) return null;
  return (
    <div className="chart-grid">
      <ChartCard title={t('results.histogram')} testId="chart-histogram" option={hist} height={240} chart={exports[0]} scenario={title} />
      <ChartCard title={t('results.cumulative')} testId="chart-cdf" option={cdf} height={240} chart={exports[1]} scenario={title} />
    </div>
  );
}

/** Queues and utilisation over time, one line per queueing station. */
function OverTimeCharts({ p }: { p: RunParts }) {
  const { t } = useTranslation();
  const { r, title, names, exports } = p;
  const queue = useMemo(() => queueOverTimeOption(r, { x: t('charts.time'), y: t('charts.queueLength') }, names.station), [r, t, names]);
  const util = useMemo(() => utilizationOverTimeOption(r, { x: t('charts.time'), y: t('charts.utilizationPct'), full: t('charts.saturated') }, names.station), [r, t, names]);
  if (!exports) return null;
  return (
    <div className="chart-grid">
      <ChartCard title={t('results.queueOverTime')} testId="chart-queue" option={queue} height={260} chart={exports[2]} scenario={title} />
      <ChartCard title={t('results.utilizationOverTime')} testId="chart-utilization" option={util} height={260} chart={exports[3]} scenario={title} />
    </div>
  );
}

function ThroughputChart({ p }: { p: RunParts }) {
  const { t } = useTranslation();
  const { r, title, exports } = p;
  const tput = useMemo(() => throughputOption(r, { x: t('charts.time'), y: t('charts.perHour'), out: t('charts.throughput'), in: t('charts.arrivals') }), [r, t]);
  if (!exports) return null;
  return <ChartCard title={t('results.throughputOverTime')} testId="chart-throughput" option={tput} height={260} chart={exports[4]} scenario={title} />;
}

function StationTable({ p }: { p: RunParts }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { r, names, figures } = p;
  const def = (key: string) => figureDefinition(key, lang);
  const b = findBottleneck(r);
  const bottleneck = b?.id ?? null;
  const why = b
    ? t('results.bottleneckWhy', { hours: fmtFixed(b.lostHoursPerReplication, 1), wait: fmtSeconds(b.meanWait), served: fmtInt(b.servedPerReplication), peak: fmtPercent(b.peakUtilization) })
    : '';
  return (
    <section className="table-card">
      <h3>{t('results.stations')}</h3>
      <table className="table table-data" data-testid="station-table">
        <thead>
          <tr>
            <th>{t('results.station')}</th>
            <th>{t('results.checks')}</th>
            <th className="num">{t('results.served')}</th>
            <th className="num" title={def('station.meanWait')}>{t('results.meanWait')}</th>
            <th className="num" title={def('station.p95Wait')}>{t('results.p95Wait')}</th>
            <th className="num" title={def('station.utilization')}>{t('results.utilization')}</th>
            <th className="num" title={def('station.peakUtilization')}>{t('results.peakUtilization')}</th>
            <th className="num">{t('results.meanQueue')}</th>
            <th className="num">{t('results.maxQueue')}</th>
          </tr>
        </thead>
        <tbody>
          {r.stations.map((s) => (
            <tr key={s.id} className={s.id === bottleneck ? 'row-bottleneck' : undefined} data-testid={`station-row-${s.id}`}>
              <td>
                <span data-testid="station-name">{names.station(s.id)}</span>
                {s.id === bottleneck ? (
                  <span className="badge badge-warn" data-testid="bottleneck" title={why}>
                    {t('results.bottleneck')}
                  </span>
                ) : null}
              </td>
              <td className="muted">{s.checks.map((c) => names.check(c)).join(' + ')}</td>
              <td className="num">{fmtInt(s.served)}</td>
              <FigureCell figure={figures.get(`stations.${s.id}.meanWait`)} testId="mean-wait" />
              <FigureCell figure={figures.get(`stations.${s.id}.p95Wait`)} />
              <FigureCell figure={figures.get(`stations.${s.id}.utilization`)} />
              <FigureCell figure={figures.get(`stations.${s.id}.peakUtilization`)} testId="peak-utilization" />
              <td className="num">{fmtFixed(s.meanQueue, 1)}</td>
              <td className="num">{fmtInt(s.maxQueue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ClassTable({ p }: { p: RunParts }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { r, names, figures } = p;
  const def = (key: string) => figureDefinition(key, lang);
  return (
    <section className="table-card">
      <h3>{t('results.byClass')}</h3>
      <table className="table table-data" data-testid="class-table">
        <thead>
          <tr>
            <th>{t('results.class')}</th>
            <th className="num">{t('results.passengers')}</th>
            <th className="num" title={def('class.mean')}>{t('results.meanClearance')}</th>
            <th className="num">{t('results.ci95')}</th>
            <th className="num" title={def('class.p95')}>{t('results.p95Clearance')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(r.byClass).map(([id, c]) => (
            <tr key={id} data-testid={`class-row-${id}`}>
              <td>{names.passengerClass(id)}</td>
              <td className="num">{fmtInt(c.passengers)}</td>
              <FigureCell figure={figures.get(`classes.${id}.mean`)} />
              <td className="num">{fmtInterval(c.meanCI95)}</td>
              <FigureCell figure={figures.get(`classes.${id}.p95`)} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The parts of the results in the order they mount, a task apart (the headline cards come with the header, at once). */
const STAGES = 6;

function RunResults({ run }: { run: RunRecord }) {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const runs = useRuns();
  const r = run.result;
  // Stations, classes, checks and the run itself by their names in the UI's language.
  const names = useScenarioNames(run.scenario);
  const lang = useUiLanguage();
  const title = runTitle(run, lang);
  // "16.5 分钟" in Chinese, "16.5 min" in English.
  const durationUnits = { s: t('units.s'), min: t('units.min'), h: t('units.h') };
  const language = useReportLanguage();
  const stage = useStages(run.id, STAGES);
  // The exported versions of the five charts (labels with units, title, scenario, legend),
  // built with the first chart part rather than with the headline.
  const charted = stage >= 2;
  const exports = useMemo(
    () => (charted ? runCharts({ name: title, result: r, station: names.station, passengerClass: names.passengerClass }, reportStrings(language)) : null),
    [charted, r, title, names, language],
  );
  // Every labelled figure from the one table (present/figures), its definition as the label's tooltip.
  const figures = useMemo(() => runFigures(r), [r]);
  const fig = (key: string) => figures.get(key) as Figure;
  const def = (key: string) => figureDefinition(key, lang);
  const parts: RunParts = { run, r, title, names, figures, exports };
  return (
    <div className="results" data-testid="results">
      <header className="results-header">
        <div>
          <h2 data-testid="results-title">{title}</h2>
          <p className="muted">
            {t('results.meta', { count: r.replications, seed: r.seed, replications: r.replications, passengers: fmtInt(r.passengers), wall: fmtInt(r.wallMs) })}
          </p>
          <StructureLine run={run} result={r} />
        </div>
        <div className="inline-actions">
          <RunExportBar run={run} />
          <button
            type="button"
            className="btn btn-primary"
            disabled={!previousOfSameScenario(runs, run.id)}
            title={t('results.compareWithPreviousHint')}
            data-testid="compare-previous"
            onClick={() => {
              wb.runs.update((s) => compareWithPrevious(s, run.id));
              wb.setView({ tab: 'compare' });
            }}
          >
            {t('results.compareWithPrevious')}
          </button>
        </div>
      </header>
      <div className="cards">
        <Card testId="card-mean" figure={fig('clearance.mean')} definition={def('clearance.mean')} title={t('results.meanClearance')} unit={t('units.s')} aside={fmtDuration(r.clearance.mean, durationUnits)} sub={`${t('results.ci95')} ${fmtInterval(r.clearance.meanCI95)}`} />
        <Card testId="card-p95" figure={fig('clearance.p95')} definition={def('clearance.p95')} title={t('results.p95Clearance')} unit={t('units.s')} aside={fmtDuration(r.clearance.p95, durationUnits)} sub={`${t('results.ci95')} ${fmtInterval(r.clearance.p95CI95)}`} />
        <Card testId="card-within" figure={fig('withinTarget')} definition={def('withinTarget')} title={t('results.withinTarget', { target: fmtDuration(r.withinTarget.seconds, durationUnits) })} sub={`${t('results.ci95')} ${fmtInterval(r.withinTarget.shareCI95, fmtPercent)}`} />
        <Card testId="card-throughput" figure={fig('throughputPerHour')} definition={def('throughputPerHour')} title={t('results.throughput')} unit={t('units.perHour')} sub={t('results.passengersTotal', { n: fmtInt(r.passengers) })} />
      </div>
      {stage >= 2 ? <DistributionCharts p={parts} /> : null}
      {stage >= 3 ? <DecompositionCard run={run} result={r} title={title} /> : null}
      {stage >= 3 ? <StationTable p={parts} /> : null}
      {stage >= 4 ? <GroupsSection result={r} /> : null}
      {stage >= 4 ? <LosSection result={r} title={title} station={names.station} /> : null}
      {stage >= 5 ? <OverTimeCharts p={parts} /> : null}
      {stage >= 6 ? <ThroughputChart p={parts} /> : null}
      {stage >= 6 ? <ClassTable p={parts} /> : null}
    </div>
  );
}

export function ResultsView() {
  const { t } = useTranslation();
  const runs = useRuns();
  const run = selectedRun(runs);
  return (
    <div className="with-runs">
      <RunList />
      <div className="with-runs-main">{run ? <RunResults run={run} /> : <p className="panel-empty">{t('results.none')}</p>}</div>
    </div>
  );
}
