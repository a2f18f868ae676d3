/**
 * The consolidation library: the bundled consolidated lanes are what `consolidate` derives
 * from their classic sources (stations, routing, mergedFrom), with only names and
 * descriptions written by hand; each published pattern (一次过检 and 一机双屏 on exit, the
 * nine-check corridor, 一关两检) is a bundled pair with its sources, listed in
 * scenarios/README.md; the nine-check corridor's time comes from its per-check inputs (about
 * 10 s, published), reported apart from the 200 m walk; 一关两检 removes one step and one
 * queue, and the comparison says where the seconds went.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareResults, consolidate, run } from '../../sim/index.js';
import { canonicalJson } from '../../sim/scenario/scenario-hash.js';
import { bundled } from '../sim/scenario/bundled.js';

const NINE = ['c1-temperature', 'c2-radiation', 'c3-carry-on-scan', 'c4-face-capture', 'c5-document-precheck', 'c6-health-declaration', 'c7-quarantine-observation', 'c8-customs-risk', 'c9-border-precheck'];

const ONE_CUSTOMS = { stations: ['health-quarantine', 'customs-xray'], into: 'customs-joint', service: 'max' as const, label: 'One customs, two inspections (health quarantine + customs X-ray)' };

/** Each published pattern: the bundled merged lane, its classic source, and the words that name it. */
const PAIRS = [
  { pattern: '一次过检', merged: 'harbin-t1-exit-consolidated.json', source: 'harbin-t1-exit-classic.json', cites: 'reference/smart-inspection-figures.md:13' },
  { pattern: '一机双屏', merged: 'harbin-t1-exit-consolidated.json', source: 'harbin-t1-exit-classic.json', cites: 'reference/smart-inspection-figures.md:13' },
  { pattern: 'nine-check', merged: 'harbin-t1-entry-corridor.json', source: 'harbin-t1-entry-nine-checks.json', cites: 'reference/smart-inspection-figures.md:10' },
  { pattern: '一关两检', merged: 'harbin-t1-entry-one-customs.json', source: 'harbin-t1-entry-quarantine-customs.json', cites: 'reference/smart-inspection-figures.md:18' },
];

describe('consolidation library', () => {
  it.each(PAIRS)('$pattern: a bundled pair ($source → $merged) with its sources, in scenarios/README.md', ({ pattern, merged, source, cites }) => {
    const m = bundled(merged);
    const src = bundled(source);
    expect(m.stations.some((s) => s.mergedFrom), merged).toBe(true);
    expect([...(m.sources ?? []), ...(src.sources ?? [])].some((x) => x.startsWith(cites)), `${merged} or ${source} cites ${cites}`).toBe(true);
    expect(`${m.description ?? ''} ${m.translations?.['zh-CN']?.description ?? ''}`).toContain(pattern);
    const readme = readFileSync(fileURLToPath(new URL('../../scenarios/README.md', import.meta.url)), 'utf8');
    const section = readme.slice(readme.indexOf('## The consolidation library'));
    for (const f of [merged, source]) expect(section, f).toContain(f);
    expect(section).toContain(pattern);
  });


  it.each([
    ['harbin-t1-exit-consolidated.json', 'harbin-t1-exit-classic.json', { stations: ['customs-carryon', 'security'], baggageSystem: ['customs-checked'], into: 'joint-check', service: 'max' as const, label: 'Joint customs + security check (one X-ray, two screens)' }],
    ['harbin-t1-entry-corridor.json', 'harbin-t1-entry-nine-checks.json', { stations: NINE, into: 'corridor', service: 'sum' as const, label: 'Smart corridor (9 checks merged)' }],
    ['harbin-t1-entry-one-customs.json', 'harbin-t1-entry-quarantine-customs.json', ONE_CUSTOMS],
  ])('%s is what consolidate derives from %s', (file, source, spec) => {
    const derived = consolidate(bundled(source), spec).scenario;
    const shipped = bundled(file);
    expect(canonicalJson(shipped.stations)).toBe(canonicalJson(derived.stations));
    expect(shipped.entry).toBe(derived.entry);
    expect(shipped.arrivals).toEqual(derived.arrivals);
  });

  it('the corridor built from nine per-check times takes about 10 s at the checks, apart from the walk', () => {
    const r = run(bundled('harbin-t1-entry-corridor.json'), { replications: 5, seed: 1 });
    const corridor = r.decomposition!.stations.find((s) => s.id === 'corridor')!;
    expect(corridor.service).toBeGreaterThan(9.5);
    expect(corridor.service).toBeLessThan(10.5);
    // 200 m at 0.8–1.7 m/s: 118–250 s, about 168 s on average.
    expect(corridor.walking).toBeGreaterThan(150);
    expect(corridor.walking).toBeLessThan(185);
    expect(r.structure).toMatchObject({ steps: 3, queues: 1 });
    expect(run(bundled('harbin-t1-entry-nine-checks.json'), { replications: 2, seed: 1 }).structure).toMatchObject({ steps: 11, queues: 1 });
  });

  it('一关两检: health quarantine and customs on one path merge into one station, one step and one queue fewer, and the comparison says why the time stays', () => {
    const source = bundled('harbin-t1-entry-quarantine-customs.json');
    // In the source lane the two stations follow each other; in the classic lane the border desks sit between quarantine and customs.
    expect(source.stations.find((s) => s.id === 'health-quarantine')?.next).toBe('customs-xray');
    const a = run(source, { replications: 6, seed: 1 });
    const b = run(bundled('harbin-t1-entry-one-customs.json'), { replications: 6, seed: 1 });
    const cmp = compareResults(a, b);
    expect(cmp.structure?.delta).toEqual({ steps: -1, queues: -1 });
    const row = cmp.stationMap!.find((r) => r.kind === 'merged')!;
    expect(row.a.sort()).toEqual(['customs-xray', 'health-quarantine']);
    expect(row.b).toEqual(['customs-joint']);
    // The desk's service goes, the X-ray's queue grows by about as much: the mean does not move significantly.
    const part = (p: string) => cmp.attribution!.parts.find((x) => x.part === p)!;
    expect(part('service').diff).toBeLessThan(-4);
    expect(part('queueing').diff).toBeGreaterThan(2);
    expect(cmp.attribution!.clearance.significant).toBe(false);
  });
});
