/**
 * The consolidation library: the bundled consolidated lanes are what `consolidate` derives
 * from their classic sources (stations, routing, mergedFrom), with only names and
 * descriptions written by hand; the nine-check corridor's time comes from its per-check
 * inputs (about 10 s, published), reported apart from the 200 m walk.
 */
import { describe, expect, it } from 'vitest';
import { consolidate, run } from '../../sim/index.js';
import { canonicalJson } from '../../sim/scenario/scenario-hash.js';
import { bundled } from '../sim/scenario/bundled.js';

const NINE = ['c1-temperature', 'c2-radiation', 'c3-carry-on-scan', 'c4-face-capture', 'c5-document-precheck', 'c6-health-declaration', 'c7-quarantine-observation', 'c8-customs-risk', 'c9-border-precheck'];

describe('consolidation library', () => {
  it.each([
    ['harbin-t1-exit-consolidated.json', 'harbin-t1-exit-classic.json', { stations: ['customs-carryon', 'security'], baggageSystem: ['customs-checked'], into: 'joint-check', service: 'max' as const, label: 'Joint customs + security check (one X-ray, two screens)' }],
    ['harbin-t1-entry-corridor.json', 'harbin-t1-entry-nine-checks.json', { stations: NINE, into: 'corridor', service: 'sum' as const, label: 'Smart corridor (9 checks merged)' }],
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
});
