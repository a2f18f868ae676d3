/**
 * Colours, text styles, legends and time axes shared by every chart. Colours are the
 * Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), told apart by readers
 * with any common colour-vision deficiency; the yellow, faint on white, comes last.
 * Legends are plain (never paginated or cut) with room reserved for every row they wrap
 * onto; time axes tick on round clock values.
 */
import { clockLabel, type ScenarioClock } from '../../sim/index.js';

/** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, black (softened), yellow. */
export const OKABE_ITO = ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#56b4e9', '#2b2b2b', '#f0e442'] as const;
/** The palette's colours by name, for charts and keys that give a colour a meaning. */
export const OKABE = {
  blue: OKABE_ITO[0],
  orange: OKABE_ITO[1],
  green: OKABE_ITO[2],
  vermillion: OKABE_ITO[3],
  purple: OKABE_ITO[4],
  sky: OKABE_ITO[5],
  black: OKABE_ITO[6],
  yellow: OKABE_ITO[7],
} as const;

/**
 * Vermillion for text on white: the palette's vermillion (3.9:1 on white) darkened in the
 * same hue to 5.8:1, above the 4.5:1 text needs (WCAG AA); lines and marks keep the palette's own.
 */
export const VERMILLION_TEXT = '#a84a00';

/** `hex` mixed with white, `share` of the colour (0–1): light tints of palette colours for cells under dark text. */
export function tint(hex: string, share: number): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${c.map((v) => Math.round(255 - (255 - v) * share).toString(16).padStart(2, '0')).join('')}`;
}

/** The series colours of every chart, in order. */
export const SERIES_COLORS: string[] = [...OKABE_ITO];
export const AXIS_COLOR = '#64748b';
export const GRID_COLOR = '#e2e8f0';
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', system-ui, sans-serif";

export const baseTextStyle = { fontFamily: FONT_FAMILY, fontSize: 12, color: '#334155' };

export function valueAxis(name: string) {
  return {
    type: 'value' as const,
    name,
    nameGap: 10,
    nameTextStyle: { color: AXIS_COLOR, align: 'left' as const },
    axisLabel: { color: AXIS_COLOR },
    splitLine: { lineStyle: { color: GRID_COLOR } },
  };
}

export const grid = { left: 56, right: 20, top: 36, bottom: 40, containLabel: false };

/** Approximate text width in px at the legend's 12 px font (CJK characters are square). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.6;
  return w;
}

/** How many rows ECharts needs to lay the legend's entries out in `width` px (an estimate that errs on more). */
export function legendRows(names: readonly string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const n of names) {
    const item = 25 + 5 + textWidth(n) + 10;
    if (x > 0 && x + item > width) {
      rows++;
      x = 0;
    }
    x += item;
  }
  return rows;
}

/** The narrowest a chart is drawn on screen (a results card at 1366×768): legends are laid out for it. */
export const MIN_CHART_WIDTH = 520;
const LEGEND_ROW = 22;

/**
 * A legend showing every entry whole (plain, wrapping onto rows, never a paginated
 * "scroll" legend) and the grid top that leaves room for its rows above the plot and the
 * axis name: `{ legend, top }`.
 */
export function wholeLegend(names: readonly string[], baseTop = 36): { legend: { type: 'plain'; top: number; left: 'center'; itemGap: number }; top: number } {
  const rows = legendRows(names, MIN_CHART_WIDTH - 40);
  return { legend: { type: 'plain', top: 0, left: 'center', itemGap: 10 }, top: baseTop + rows * LEGEND_ROW };
}

/** The most labelled ticks a time axis shows (legible in a half-width results card). */
export const MAX_TIME_TICKS = 8;

/** Round tick steps for a time axis, in minutes. */
export const TIME_STEPS_MIN = [5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440] as const;

/**
 * The tick step in seconds for intervals of `intervalSeconds` over `spanSeconds`: the
 * smallest round step (5, 10, 15, 20, 30 min, 1, 2, 3, 4, 6, 12, 24 h) that is a whole
 * number of intervals and gives at most `maxTicks` steps; the interval itself when it is
 * longer than them all.
 */
export function timeTickStep(spanSeconds: number, intervalSeconds: number, maxTicks = MAX_TIME_TICKS): number {
  for (const m of TIME_STEPS_MIN) {
    const step = m * 60;
    if (step % intervalSeconds !== 0 && intervalSeconds % step !== 0) continue;
    if (step < intervalSeconds) continue;
    if (spanSeconds / step <= maxTicks) return step;
  }
  return Math.max(intervalSeconds, TIME_STEPS_MIN[TIME_STEPS_MIN.length - 1] * 60);
}

/**
 * Which interval starts carry a tick: those on a round clock value (a multiple of the
 * step on the port's clock when the scenario has a start time, of elapsed time otherwise).
 * A clock whose start is off the step's grid (08:07) ticks every step from the first.
 */
export function timeTickIndices(t: readonly number[], intervalSeconds: number, clock: ScenarioClock | undefined, maxTicks = MAX_TIME_TICKS): number[] {
  if (t.length === 0) return [];
  const step = timeTickStep(t[t.length - 1] - t[0] + intervalSeconds, intervalSeconds, maxTicks);
  const offset = clock?.startSecondsOfDay ?? 0;
  const onGrid = t.flatMap((x, i) => ((((offset + x) % step) + step) % step === 0 ? [i] : []));
  if (onGrid.length > 0) return onGrid;
  return t.flatMap((x, i) => ((((x - t[0]) % step) + step) % step === 0 ? [i] : []));
}

/**
 * The time-of-day axis of the charts over the day (queue, utilisation, throughput), so
 * they line up: the port's clock when the scenario names its startTime, elapsed time
 * otherwise, labels and ticks only on round values (every 15 min, every hour…).
 */
export function clockAxis(t: readonly number[], intervalSeconds: number, name: string, clock: ScenarioClock | undefined) {
  const ticks = new Set(timeTickIndices(t, intervalSeconds, clock));
  const shown = (i: number) => ticks.has(i);
  return {
    type: 'category' as const,
    data: t.map((x) => clockLabel(x, clock)),
    name,
    nameLocation: 'middle' as const,
    nameGap: 26,
    axisLabel: { color: AXIS_COLOR, interval: shown, hideOverlap: true },
    axisTick: { interval: shown, alignWithLabel: true },
  };
}
