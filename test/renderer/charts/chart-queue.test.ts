/**
 * The chart queue draws one chart per task, charts on screen first, the latest option of a
 * box only, and forgets a cancelled box (the Results view's many charts must not be drawn
 * in one long task; issue 12).
 */
import { describe, expect, it } from 'vitest';
import { pendingDraws, requestDraw } from '../../../renderer/charts/chart-queue.js';

/** A chart box (only its identity matters to the queue). */
function box(top: number): Element {
  return { top } as unknown as Element;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('chart queue', () => {
  it('draws one chart per task, none in the task that asked', async () => {
    const drawn: string[] = [];
    for (const name of ['a', 'b', 'c']) requestDraw(box(0), { draw: () => drawn.push(name) });
    expect(drawn).toEqual([]);
    expect(pendingDraws()).toBe(3);
    await nextTask();
    expect(drawn).toEqual(['a']);
    await nextTask();
    expect(drawn).toEqual(['a', 'b']);
    await nextTask();
    expect(drawn).toEqual(['a', 'b', 'c']);
    expect(pendingDraws()).toBe(0);
  });

  it('draws only the latest option asked for a box, and nothing for a cancelled one', async () => {
    const drawn: string[] = [];
    const el = box(0);
    requestDraw(el, { draw: () => drawn.push('old') });
    requestDraw(el, { draw: () => drawn.push('new') });
    const cancel = requestDraw(box(0), { draw: () => drawn.push('gone') });
    cancel();
    expect(pendingDraws()).toBe(1);
    await nextTask();
    await nextTask();
    expect(drawn).toEqual(['new']);
  });

  it('draws boxes the IntersectionObserver reports on screen before the others', async () => {
    const g = globalThis as { IntersectionObserver?: unknown };
    const had = g.IntersectionObserver;
    let report: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void = () => {};
    g.IntersectionObserver = class {
      constructor(cb: typeof report) {
        report = cb;
      }
      observe() {}
      unobserve() {}
    };
    try {
      const drawn: string[] = [];
      const below = box(2000);
      const onScreen = box(100);
      requestDraw(below, { draw: () => drawn.push('below') });
      requestDraw(onScreen, { draw: () => drawn.push('on screen') });
      report([{ target: onScreen, isIntersecting: true }, { target: below, isIntersecting: false }]);
      await nextTask();
      await nextTask();
      expect(drawn).toEqual(['on screen', 'below']);
    } finally {
      g.IntersectionObserver = had;
    }
  });
});
