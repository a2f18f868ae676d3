/**
 * `--lang zh-CN` speaks Chinese in the command line's tables too, from the same word tables
 * (present/words/table-words.ts): every figure is the same string in both languages, only the
 * words around it change, and no English table word is left in the Chinese table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_TABLE_WORDS, RUN_TABLE_WORDS } from '../../present/words/table-words.js';
import { ensureBuilt, lanesim } from './helpers.js';

beforeAll(ensureBuilt);

const EXIT_CLASSIC = 'scenarios/harbin-t1-exit-classic.json';
const EXIT_MERGED = 'scenarios/harbin-t1-exit-merged.json';

/** The figures of a table: every number with its decimals, in order of appearance. */
const figures = (text: string): string[] => text.match(/[−+-]?\d[\d,]*(?:\.\d+)?/g) ?? [];

describe('lanesim run --lang', () => {
  it('prints the same figures under Chinese words with --lang zh-CN', () => {
    const args = ['run', EXIT_CLASSIC, '-r', '3', '--seed', '2'];
    const en = lanesim(args);
    const zh = lanesim([...args, '--lang', 'zh-CN']);
    expect(en.code).toBe(0);
    expect(zh.code).toBe(0);
    const zhWords = RUN_TABLE_WORDS['zh-CN'];
    for (const w of [zhWords.clearanceTitle, zhWords.stations, zhWords.byClass, zhWords.columns.waitMeanS, zhWords.columns.peakBusy]) expect(zh.stdout).toContain(w);
    for (const w of [RUN_TABLE_WORDS.en.clearanceTitle, RUN_TABLE_WORDS.en.columns.waitMeanS, 'passengers cleared', 'peak busy %']) expect(zh.stdout).not.toContain(w);
    // Wall time differs run to run; everything from the clearance table on is the same figures.
    const body = (t: string) => t.slice(t.indexOf('\n\n'));
    expect(figures(body(zh.stdout))).toEqual(figures(body(en.stdout)));
  });

  it('keeps the English table as scripts read it by default', () => {
    const r = lanesim(['run', EXIT_CLASSIC, '-r', '2']);
    expect(r.stdout).toContain('Clearance time, lane entry to exit');
    expect(r.stdout).toMatch(/seed 1 · 2 replications · [\d,]+ passengers cleared/);
  });
});

describe('lanesim compare --lang', () => {
  it('prints the comparison, structure and station map in Chinese with the same figures', () => {
    const args = ['compare', EXIT_CLASSIC, EXIT_MERGED, '-r', '3'];
    const en = lanesim(args);
    const zh = lanesim([...args, '--lang', 'zh-CN']);
    expect(en.code).toBe(0);
    expect(zh.code).toBe(0);
    const w = COMPARE_TABLE_WORDS['zh-CN'];
    for (const s of [w.paired, w.columns.metric, w.metrics.clearanceMean, w.stationMap.title, w.footnote]) expect(zh.stdout).toContain(s);
    expect(zh.stdout).not.toContain('paired comparison');
    expect(zh.stdout).not.toContain('lower is better');
    // The structure line says "−1 step" in English and "减少1道" in Chinese: same figure, other sign.
    const noStructure = (t: string) => t.split('\n').filter((l) => !/structure:|结构：/.test(l)).join('\n');
    expect(figures(noStructure(zh.stdout))).toEqual(figures(noStructure(en.stdout)));
    expect(zh.stdout).toContain('人/小时');
  });
});
