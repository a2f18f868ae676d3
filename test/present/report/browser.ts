/**
 * Chromium for the export tests: a real XML parser (DOMParser, which reports malformed XML
 * as <parsererror>) for the SVG files, and a real page to render the HTML report in while
 * every request it makes is recorded.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SHOTS = `${ROOT}test-results/screenshots`;

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** What a parsed SVG file holds, read through the DOM. */
export interface ParsedSvg {
  error: string | null;
  root: string;
  title: string;
  texts: string[];
  metadata: string;
  /** Paths ECharts tags with the series and data index they draw. */
  marks: Array<{ series: number; index: number; d: string; type: string; fill: string }>;
  /** Line paths (no fill) with their stroke colour. */
  lines: Array<{ d: string; stroke: string }>;
}

/** Parses SVG text with Chromium's DOMParser as image/svg+xml (strict XML). */
export async function parseSvg(browser: Browser, svg: string): Promise<ParsedSvg> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const err = doc.getElementsByTagName('parsererror')[0];
      const root = doc.documentElement;
      return {
        error: err ? (err.textContent ?? 'parsererror') : null,
        root: root.localName,
        title: root.querySelector(':scope > title')?.textContent ?? '',
        texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        metadata: root.querySelector('metadata')?.textContent ?? '',
        marks: [...root.querySelectorAll('path[ecmeta_series_index]')].map((p) => ({
          series: Number(p.getAttribute('ecmeta_series_index')),
          index: Number(p.getAttribute('ecmeta_data_index')),
          d: p.getAttribute('d') ?? '',
          type: p.getAttribute('ecmeta_ssr_type') ?? '',
          fill: p.getAttribute('fill') ?? '',
        })),
        lines: [...root.querySelectorAll('path[fill=none][stroke-width="2"]')].map((p) => ({ d: p.getAttribute('d') ?? '', stroke: p.getAttribute('stroke') ?? '' })),
      };
    }, svg);
  } finally {
    await page.close();
  }
}

/** The points of an SVG path made of M/L commands. */
export function pathPoints(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of d.matchAll(/[ML]\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/g)) out.push([Number(m[1]), Number(m[2])]);
  return out;
}

/** A bar drawn as "M x y l w 0 l 0 -h l -w 0 Z" (ECharts' bar path): its height in px. */
export function barHeight(d: string): number {
  const m = /l0 (-?[\d.]+)/.exec(d);
  return m ? Math.abs(Number(m[1])) : 0;
}
