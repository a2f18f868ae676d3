/** The workbench's i18next keys: every literal key the UI's own folders ask for exists in both languages. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('i18n', () => {
  const en = JSON.parse(readFileSync('present/words/en.json', 'utf8')) as Record<string, unknown>;
  const zh = JSON.parse(readFileSync('present/words/zh-CN.json', 'utf8')) as Record<string, unknown>;
  const keys = (o: Record<string, unknown>, pre = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${pre}${k}.`) : [`${pre}${k}`]));
  /** A key as the UI asks for it: i18next picks `x_one` / `x_other` for `t('x', { count })`. */
  const asked = (k: string): string => k.replace(/_(one|other)$/, '');
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));

  it('has the same keys in Chinese and English', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('writes English counts in the singular for one ("1 server", not "1 servers")', async () => {
    const { default: i18next } = await import('i18next');
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false }, showSupportNotice: false });
    expect(i18n.t('diagram.servers', { count: 1 })).toBe('1 server');
    expect(i18n.t('diagram.servers', { count: 3 })).toBe('3 servers');
    expect(i18n.t('editor.invalid', { count: 1 })).toBe('1 problem');
    expect(i18n.t('import.summaryFlights', { count: 1, n: '1', passengers: '180', start: '06:00' })).toBe('1 flight, 180 passengers, day starting 06:00');
    expect(i18n.t('import.summaryDepartures', { count: 2, n: '2', passengers: '360', start: '06:00' })).toBe('2 departing flights, 360 passengers, day starting 06:00');
    expect(i18n.t('import.applied', { count: 1, n: '1', passengers: '40', file: 'day.csv' })).toBe('Imported 1 flight or vehicle (40 passengers) from day.csv.');
    expect(i18n.t('results.meta', { count: 1, seed: 1, replications: 1, passengers: '900', wall: '12' })).toMatch(/· 1 replication ·/);
    for (const k of keys(en).filter((key) => key.endsWith('_other'))) expect(keys(en)).toContain(k.replace(/_other$/, '_one'));
  });

  it('has every literal key the UI asks for', () => {
    const all = new Set(keys(en).map(asked));
    const used = new Set<string>();
    // The workbench's own folders (replay and sweep views keep their strings in their own files).
    const mine = ['app', 'charts', 'compare', 'editor', 'host', 'results', 'scenarios', 'state', 'workers'].flatMap((d) => files(join('renderer', d)));
    for (const f of [...mine, 'renderer/main.tsx']) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([^'$]+)'/g)) used.add(m[1]);
    expect([...used].filter((k) => !all.has(k))).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });
});
