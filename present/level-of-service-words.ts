/**
 * The words, letters and colours of the level-of-service bands and process types, in both
 * languages, shared by the CLI, the workbench and the report so each says the same thing.
 */
import type { LosClassName } from '../sim/index.js';

export type LosLanguage = 'zh-CN' | 'en';

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

/** Colours of the bands (colour-blind safe: blue, green, orange, red-purple; text stays readable on them). */
export const LOS_COLOUR: Record<LosClassName, string> = {
  'over-design': '#6baed6',
  optimum: '#31a354',
  'sub-optimum': '#fd8d3c',
  'under-provided': '#ae017e',
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
