/**
 * Where Sweep & plan start: the bottleneck of the latest run when there is one, else the
 * queue station with the highest offered load — on every bundled lane, a station that
 * queues, never a temperature gate or screening that nobody waits at.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario, offeredLoads, run } from '../../../sim/index.js';
import { bottleneckOf, bottleneckStation } from '../../../present/insight/bottleneck.js';
import { bundled } from '../../sim/scenario/bundled.js';

const FILES = readdirSync(fileURLToPath(new URL('../../../scenarios/', import.meta.url))).filter((f) => f.endsWith('.json'));

describe('the station Sweep & plan start from', () => {
  it('before any run: the queue station with the highest offered load, on every bundled lane', () => {
    for (const f of FILES) {
      const s = bundled(f);
      const id = bottleneckStation(s);
      const loads = offeredLoads(compileScenario(s)).filter((l) => s.stations.find((x) => x.id === l.id)?.mode === 'queue');
      expect(id, f).toBe(loads.reduce((a, b) => (b.load > a.load ? b : a)).id);
    }
    expect(bottleneckStation(bundled('harbin-t1-entry-classic.json'))).toBe('border');
  });

  it('after a run: the run’s bottleneck (time lost waiting), when the lane still has that station', () => {
    const s = bundled('harbin-t1-entry-classic.json');
    const r = run(s, { seed: 2, replications: 2 });
    expect(bottleneckStation(s, r)).toBe(bottleneckOf(r));
    const without = { ...s, stations: s.stations.filter((x) => x.id !== bottleneckOf(r)).map((x) => (x.next === bottleneckOf(r) ? { ...x, next: 'exit' } : x)) };
    expect(bottleneckStation(without, r)).not.toBe(bottleneckOf(r));
    // A lane with no queue station has nothing to start from.
    expect(bottleneckStation({ ...s, stations: s.stations.filter((x) => x.mode !== 'queue') })).toBeNull();
  });
});
