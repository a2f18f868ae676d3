/**
 * The words, letters and colours of the level-of-service bands and process types, in both
 * languages, shared by the CLI, the workbench and the report so each says the same thing.
 */
import type { LosClassName } from '../../sim/index.js';
import { OKABE, tint } from '../charts/chart-theme.js';
import type { Language } from './languages.js';

export type LosLanguage = Language;

export const LOS_BANDS: readonly LosClassName[] = ['over-design', 'optimum', 'sub-optimum', 'under-provided'];

const BAND_WORDS: Record<LosLanguage, Record<LosClassName, string>> = {
  'zh-CN': { 'over-design': '过度设计', optimum: '最优', 'sub-optimum': '次优', 'under-provided': '供给不足' },
  en: { 'over-design': 'over-design', optimum: 'optimum', 'sub-optimum': 'sub-optimum', 'under-provided': 'under-provided' },
};

const PROCESS_WORDS: Record<LosLanguage, Record<string, string>> = {
  'zh-CN': {
    immigration: '入境边检',
    emigration: '出境边检',
    security: '安检',
    customs: '海关',
    reclaim: '行李提取',
    'check-in': '值机',
    health: '卫生检疫',
    secondary: '二次查验',
    other: '其他',
  },
  en: {
    immigration: 'immigration',
    emigration: 'emigration',
    security: 'security',
    customs: 'customs',
    reclaim: 'baggage reclaim',
    'check-in': 'check-in',
    health: 'health / quarantine',
    secondary: 'secondary inspection',
    other: 'other',
  },
};

/** One letter per band for text tables and the CLI's station × time strip ("." = no passengers). */
export const LOS_LETTER: Record<LosClassName, string> = { 'over-design': 'D', optimum: 'O', 'sub-optimum': 'S', 'under-provided': 'U' };

/**
 * Colours of the bands, from the charts' Okabe–Ito palette (told apart with any common
 * colour-vision deficiency): sky blue (more than needed), bluish green (optimum), orange,
 * vermillion (under-provided). No text is drawn on them (swatches, heat-map cells).
 */
export const LOS_COLOUR: Record<LosClassName, string> = {
  'over-design': OKABE.sky,
  optimum: OKABE.green,
  'sub-optimum': OKABE.orange,
  'under-provided': OKABE.vermillion,
};

/** Light tints (a quarter of the band's colour) for table cells with dark text: above 10:1 against #0f172a. */
export const LOS_TINT: Record<LosClassName, string> = {
  'over-design': tint(OKABE.sky, 0.25),
  optimum: tint(OKABE.green, 0.25),
  'sub-optimum': tint(OKABE.orange, 0.25),
  'under-provided': tint(OKABE.vermillion, 0.25),
};

export function losBandLabel(band: LosClassName, lang: LosLanguage): string {
  return BAND_WORDS[lang][band];
}

export function processTypeLabel(type: string, lang: LosLanguage): string {
  return new Map(Object.entries(PROCESS_WORDS[lang])).get(type) ?? type;
}

/** The station × time strip of one station: a letter per interval. */
export function losStrip(classes: readonly (LosClassName | null)[]): string {
  return classes.map((c) => (c === null ? '.' : LOS_LETTER[c])).join('');
}

export interface LosWords {
  title: string;
  matrix: string;
  matrixNote: string;
  heatmap: string;
  station: string;
  process: string;
  waitP95: string;
  waitBand: string;
  space: string;
  spaceBand: string;
  los: string;
  worst: string;
  time: string;
  noArea: string;
  noQueue: string;
  noPassengers: string;
  inferred: string;
  /** Axis headings of the wait × space matrix. */
  waitAxis: string;
  spaceAxis: string;
}

const WORDS: Record<LosLanguage, LosWords> = {
  'zh-CN': {
    title: '服务水平（IATA ADRM 分级）',
    matrix: '服务水平矩阵：等待 × 空间',
    matrixNote: '等待取 p95；空间为排队区面积除以最繁忙时段的时间加权排队人数。两者均为次优即为供给不足。阈值及来源见 docs/level-of-service.md。',
    heatmap: '各站服务水平随时间变化',
    station: '站点',
    process: '流程类型',
    waitP95: '等待 p95（秒）',
    waitBand: '等待分级',
    space: '人均排队面积（m²，高峰）',
    spaceBand: '空间分级',
    los: '服务水平',
    worst: '最差时段',
    time: '时刻',
    noArea: '未设面积',
    noQueue: '无排队',
    noPassengers: '无旅客',
    inferred: '由查验项推断',
    waitAxis: '等待',
    spaceAxis: '空间',
  },
  en: {
    title: 'Level of service (IATA ADRM bands)',
    matrix: 'Level-of-service matrix: wait × space',
    matrixNote: 'Wait: the p95. Space: the queue area over the time-weighted queue of the busiest interval. Both sub-optimum make under-provided. Thresholds and sources: docs/level-of-service.md.',
    heatmap: 'Level of service over the day, by station',
    station: 'Station',
    process: 'Process',
    waitP95: 'Wait p95 (s)',
    waitBand: 'Wait band',
    space: 'm² per queuing passenger (peak)',
    spaceBand: 'Space band',
    los: 'Level of service',
    worst: 'Worst interval',
    time: 'Time',
    noArea: 'no area',
    noQueue: 'no queue',
    noPassengers: 'no passengers',
    inferred: 'read from the checks',
    waitAxis: 'Wait',
    spaceAxis: 'Space',
  },
};

export function losWords(lang: LosLanguage): LosWords {
  return WORDS[lang];
}
