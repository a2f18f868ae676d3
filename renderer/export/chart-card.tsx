/**
 * A result chart as the Results and Compare views show it: its title, its export bar (PNG,
 * SVG, copy of the report's version) and the chart, both under one test id.
 */
import type { ExportChart } from '../../present/report/index.js';
import { EChart, type EChartProps } from '../charts/echart.js';
import { ChartExportBar } from './chart-export-bar.js';

export function ChartCard({ title, testId, option, height, chart, scenario }: { title: string; testId: string; option: EChartProps['option']; height: number; chart: ExportChart; scenario: string }) {
  return (
    <section className="chart-card">
      <h3>{title}</h3>
      <ChartExportBar chart={chart} scenario={scenario} testId={testId} />
      <EChart option={option} height={height} label={title} testId={testId} />
    </section>
  );
}
