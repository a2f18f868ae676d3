/**
 * The lane diagram as drawn in Chromium, for every bundled lane, in both languages, at
 * 1366×768 and 1920×1080: the labels' text fits the boxes the layout gave them (the width
 * estimate is safe for the real font), no label covers a station box, no box or label is cut
 * off sideways (the column scrolls down, never sideways). A screenshot of each goes to test-results/screenshots/diagram-*.png.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHOTS, startHarness, type Harness } from '../harness.js';

const IDS = readdirSync(`${ROOT}scenarios`).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

interface Measured {
  /** Label texts wider or taller than their box. */
  overflow: string[];
  /** Labels over a station box. */
  onNode: string[];
  /** Station boxes and labels outside the visible column, sideways. */
  cut: string[];
  labels: number;
}

async function measure(page: Page): Promise<Measured> {
  return page.$eval('[data-testid=lane-diagram]', (el) => {
    const hit = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const col = el.getBoundingClientRect();
    const nodes = [...el.querySelectorAll('.node')].map((n) => ({ name: n.textContent ?? '', r: n.getBoundingClientRect() }));
    const overflow: string[] = [];
    const onNode: string[] = [];
    const groups = [...el.querySelectorAll('[data-testid=edge-labels] g')];
    const cut = nodes.filter((n) => n.r.right > col.right + 0.5 || n.r.left < col.left - 0.5).map((n) => n.name);
    for (const g of groups) {
      const rect = (g.querySelector('rect') as SVGRectElement).getBoundingClientRect();
      if (rect.right > col.right + 0.5 || rect.left < col.left - 0.5) cut.push(g.textContent ?? '');
      const text = g.querySelector('text') as SVGTextElement;
      const t = text.getBoundingClientRect();
      if (t.left < rect.left - 0.5 || t.right > rect.right + 0.5 || t.height > rect.height + 0.5) overflow.push(`${text.textContent} (${t.width.toFixed(1)} in ${rect.width.toFixed(1)})`);
      for (const n of nodes) if (hit(rect, n.r)) onNode.push(`${text.textContent} on ${n.name}`);
    }
    return { overflow, onNode, cut, labels: groups.length };
  });
}

describe('lane diagram in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    [1366, 768],
    [1920, 1080],
  ])('every bundled lane at %i×%i, both languages: labels fit their boxes, sit on no station, nothing cut off', async (width, height) => {
    const { page, errors, context } = await h.newPage();
    await page.setViewportSize({ width, height });
    for (const id of IDS) {
      await page.selectOption('[data-testid=open-menu]', `bundled:${id}`);
      for (const lang of ['zh-CN', 'en'] as const) {
        await page.click(`[data-testid=lang-${lang}]`);
        await page.click('[data-testid=tab-editor]');
        // Wait for the layout of this lane in this language (the engine is asynchronous).
        await page.waitForSelector('[data-testid=lane-diagram][data-layout=ready]');
        const m = await measure(page);
        expect(m.overflow, `${id} ${lang}`).toEqual([]);
        expect(m.onNode, `${id} ${lang}`).toEqual([]);
        expect(m.cut, `${id} ${lang}`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/diagram-${id}-${lang}-${width}x${height}.png`, fullPage: true });
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
