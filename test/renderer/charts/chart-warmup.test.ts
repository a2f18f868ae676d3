/**
 * The charts' warm-up (issue 12): while a run computes, throwaway charts are drawn one step
 * per task — never in the task that asked, never several in one — on a box that is never
 * put in the page, disposed at the end, and only once per page.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('../../../renderer/charts/echarts-setup.js', () => ({
  echarts: {
    init: (el: { isBox?: boolean }, _theme: unknown, opts: { renderer: string }) => {
      calls.push(`init ${el.isBox ? 'box' : '?'} ${opts.renderer}`);
      return {
        setOption: (o: { series?: Array<{ type: string }> }) => calls.push(`draw ${o.series?.map((s) => s.type).join('+') ?? '-'}`),
        dispose: () => calls.push('dispose'),
      };
    },
  },
}));

const appended: unknown[] = [];
beforeAll(() => {
  vi.stubGlobal('document', { createElement: () => ({ isBox: true }), body: { appendChild: (x: unknown) => appended.push(x) } });
});
afterAll(() => vi.unstubAllGlobals());

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('chart warm-up', () => {
  it('draws one step per task on a box outside the page, then disposes it, once per page', async () => {
    const { warmUpCharts } = await import('../../../renderer/charts/chart-warmup.js');
    let done = 0;
    warmUpCharts(() => done++);
    expect(calls).toEqual([]);
    const perTask: number[] = [];
    for (let i = 0; i < 50 && done === 0; i++) {
      const before = calls.length;
      await nextTask();
      perTask.push(calls.length - before);
    }
    expect(done).toBe(1);
    expect(perTask.every((n) => n <= 1)).toBe(true);
    expect(calls[0]).toBe('init box svg');
    expect(calls.at(-1)).toBe('dispose');
    // The kinds the Results view draws: bars, lines, heat maps.
    for (const kind of ['draw bar', 'draw line+bar', 'draw heatmap']) expect(calls).toContain(kind);
    expect(appended).toEqual([]);
    const count = calls.length;
    warmUpCharts(() => done++);
    await nextTask();
    await nextTask();
    expect(calls.length).toBe(count);
    expect(done).toBe(1);
  });
});
