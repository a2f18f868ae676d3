/**
 * The proof asked for by the consolidation issue: merging the classic exit lane's customs
 * and security checks (一次过检, with the checked-bag X-ray moved onto the baggage system,
 * 一机双屏) gives a lane equivalent to the bundled merged one — same structure counts, mean
 * clearance within the paired interval — and the comparison carries the computed
 * "−1 step, −2 queues" and every station of both lanes.
 */
import { describe, expect, it } from 'vitest';
import { compareResults, consolidate, run } from '../../../sim/index.js';
import { bundled } from './bundled.js';

describe('consolidating the classic exit lane', () => {
  const classic = bundled('harbin-t1-exit-classic.json');
  const published = bundled('harbin-t1-exit-merged.json');
  const derived = consolidate(classic, { stations: ['customs-carryon', 'security'], baggageSystem: ['customs-checked'], into: 'joint-check', service: 'max' }).scenario;
  const options = { replications: 30, seed: 1 };
  const rClassic = run(classic, options);
  const rPublished = run(published, options);
  const rDerived = run(derived, options);

  it('reproduces the bundled merged lane: same steps and queues, mean clearance within the interval', () => {
    expect(rDerived.structure).toMatchObject({ steps: rPublished.structure!.steps, queues: rPublished.structure!.queues });
    const cmp = compareResults(rPublished, rDerived);
    const mean = cmp.metrics.find((m) => m.key === 'clearance.mean')!;
    expect(mean.significant).toBe(false);
    expect(mean.diffCI95[0]).toBeLessThanOrEqual(0);
    expect(mean.diffCI95[1]).toBeGreaterThanOrEqual(0);
  });

  it('the comparison JSON carries the structure: −1 step, −2 queues, per class too', () => {
    for (const b of [rPublished, rDerived]) {
      const cmp = compareResults(rClassic, b);
      expect(cmp.structure?.delta).toEqual({ steps: -1, queues: -2 });
      expect(cmp.structure?.a).toMatchObject({ steps: 4, queues: 4 });
      for (const c of ['citizen', 'foreign', 'crew']) expect(cmp.structure?.b.byClass[c]).toEqual({ steps: 3, queues: 2 });
      const rows = cmp.stationMap!;
      expect(rows.flatMap((r) => r.a).sort()).toEqual(classic.stations.map((s) => s.id).sort());
      expect(rows.flatMap((r) => r.b).sort()).toEqual(b === rPublished ? published.stations.map((s) => s.id).sort() : derived.stations.map((s) => s.id).sort());
      const joint = rows.find((r) => r.b.includes('joint-check'))!;
      expect(joint.a).toEqual(['customs-checked', 'customs-carryon', 'security']);
      // Almost all of the gain is service removed, as measured: waits are seconds in both lanes.
      expect(joint.service.diff).toBeLessThan(-20);
      expect(Math.abs(joint.wait.diff)).toBeLessThan(3);
    }
  });
});
