/**
 * One ECharts chart in a fixed-height box (so nothing jumps while results arrive). The
 * option comes from a pure builder; the component only owns the instance and its size.
 * Charts render to SVG: crisp at any zoom and exportable as vector graphics. Drawing waits
 * for a task of its own (chart-queue.ts), so a view with many charts never blocks the UI
 * thread for all of them at once; a new option is drawn the same way.
 */
import { useEffect, useRef } from 'react';
import { echarts } from './echarts-setup.js';
import { requestDraw } from './chart-queue.js';

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  height: number;
  /** Accessible name of the chart. */
  label: string;
  testId?: string;
}

export function EChart({ option, height, label, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const size = useRef({ width: -1, height: -1 });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // Resize only when the box really changed (the observer also reports the first size).
    const observer = new ResizeObserver(() => {
      const instance = chart.current;
      if (!instance || (el.clientWidth === size.current.width && el.clientHeight === size.current.height)) return;
      size.current = { width: el.clientWidth, height: el.clientHeight };
      instance.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    return requestDraw(el, {
      draw: () => {
        if (!chart.current) {
          chart.current = echarts.init(el, undefined, { renderer: 'svg' });
          size.current = { width: el.clientWidth, height: el.clientHeight };
        }
        chart.current.setOption(option, { notMerge: true });
      },
    });
  }, [option]);

  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
