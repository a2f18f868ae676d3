/**
 * Every bundled scenario carries a Chinese description (`translations["zh-CN"].description`),
 * because planners in China read the assumptions in the UI and the report in Chinese first.
 * The English description is the record of every source and assumption, so the translation
 * must keep every figure in it: each number of the English text must occur in the Chinese
 * text at least as often (thousands separators ignored), the Chinese terms the English
 * quotes must be kept verbatim, and no English sentence may be left untranslated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayNames, validateScenario, type Scenario } from '../../sim/index.js';

const SCENARIOS = fileURLToPath(new URL('../../scenarios', import.meta.url));
const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).sort();

/** Loads and validates a bundled scenario, failing with the validator's own errors. */
function load(file: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')));
  if (!v.ok) throw new Error(`${file}: ${JSON.stringify(v.errors)}`);
  return v.scenario;
}

/** Numbers as written: 1,700 / 0.2 / 45 and 60 of 45–60 / 0, 1, 2 of 0/1/2 / the 1 of T1. */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/** Each number of `text`, thousands separators removed, with how often it occurs. */
function figureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.match(NUMBER) ?? []) {
    const n = m.replaceAll(',', '');
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

/** The figures of `source` that `translation` drops or changes (one entry per missing occurrence). */
function missingFigures(source: string, translation: string): string[] {
  const have = figureCounts(translation);
  const missing: string[] = [];
  for (const [n, count] of figureCounts(source)) {
    for (let i = have.get(n) ?? 0; i < count; i++) missing.push(n);
  }
  return missing;
}

const CJK = /[\u3400-\u9fff]+/g;
/** Three or more Latin words in a row: an English phrase left untranslated. */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:[\s,;:'-]+[A-Za-z]{2,}){2,}/;

describe('zh-CN descriptions of the bundled scenarios', () => {
  it('cover the five bundled lanes', () => {
    expect(files).toEqual([
      'harbin-t1-entry-classic.json',
      'harbin-t1-entry-corridor.json',
      'harbin-t1-entry-nine-checks.json',
      'harbin-t1-entry-one-customs.json',
      'harbin-t1-entry-quarantine-customs.json',
      'harbin-t1-entry-smart-day.json',
      'harbin-t1-entry-smart.json',
      'harbin-t1-exit-classic.json',
      'harbin-t1-exit-consolidated.json',
      'harbin-t1-exit-merged.json',
      'heihe-road-port.json',
    ]);
  });

  it.each(files)('%s validates and has a Chinese description the views use', (file) => {
    const s = load(file);
    const zh = s.translations?.['zh-CN']?.description ?? '';
    expect(zh.length, file).toBeGreaterThan(100);
    expect(zh).not.toBe(s.description);
    expect((zh.match(CJK) ?? []).join('').length, `${file}: mostly Chinese`).toBeGreaterThan(zh.length / 2);
    expect(displayNames(s, 'zh-CN').description).toBe(zh);
    expect(displayNames(s, 'en').description).toBe(s.description);
  });

  it.each(files)('%s: the Chinese description keeps every figure of the English one', (file) => {
    const s = load(file);
    const en = s.description ?? '';
    const zh = s.translations?.['zh-CN']?.description ?? '';
    expect(figureCounts(en).size, `${file}: the English description has figures`).toBeGreaterThan(10);
    expect(missingFigures(en, zh), file).toEqual([]);
  });

  it.each(files)('%s: same paragraphs, quoted Chinese terms kept, nothing left in English', (file) => {
    const s = load(file);
    const en = s.description ?? '';
    const zh = s.translations?.['zh-CN']?.description ?? '';
    expect(zh.split('\n\n').length, file).toBe(en.split('\n\n').length);
    for (const term of en.match(CJK) ?? []) expect(zh, `${file}: ${term}`).toContain(term);
    expect(zh, file).not.toMatch(ENGLISH_RUN);
  });

  it('the figure check catches a dropped or changed figure and ignores thousands separators', () => {
    const s = load('harbin-t1-entry-classic.json');
    const en = s.description ?? '';
    const zh = s.translations?.['zh-CN']?.description ?? '';
    expect(zh).toContain('45–60');
    expect(missingFigures(en, zh.replace('45–60', '45–50'))).toEqual(['60']);
    expect(missingFigures(en, zh.replace('1,700', '1700'))).toEqual([]);
    expect(missingFigures(en, zh.replace('1,700', '1,600'))).toEqual(['1700']);
    expect(missingFigures(en, zh.replace('0.1%', '1%'))).toEqual(['0.1']);
    // A figure that occurs twice must be kept twice: dropping one "变异系数 0.5" fails.
    expect(missingFigures(en, zh.replace('变异系数 0.5', '变异系数'))).toEqual(['0.5']);
    expect(missingFigures('1,500–1,800 bags/h, T2, 0/1/2', '每小时 1500–1800 件，T2，0/1/2')).toEqual([]);
  });
});
