/**
 * Steps and queues on the main path, computed from the lane: the published exit pair reads
 * "−1 step, −2 queues"; checked bags screened on the baggage system count as a step
 * without a queue; walks and routing points count as nothing; a class that takes several
 * paths gets the counts most of its passengers see.
 */
import { describe, expect, it } from 'vitest';
import { laneStructure, type Scenario } from '../../../sim/index.js';
import { structureDeltaText, structureText } from '../../../present/insight/consolidation-text.js';
import { bundled } from './bundled.js';

const counts = (s: Scenario) => {
  const st = laneStructure(s);
  return [st.steps, st.queues, st.baggageSystemSteps];
};

describe('lane structure', () => {
  it('counts the bundled lanes', () => {
    expect(counts(bundled('harbin-t1-entry-classic.json'))).toEqual([4, 4, 0]);
    // Corridor (walk-through, no queue), e-gates or desks, bags X-rayed before reclaim (先期机检).
    expect(counts(bundled('harbin-t1-entry-smart.json'))).toEqual([3, 1, 1]);
    expect(counts(bundled('harbin-t1-exit-classic.json'))).toEqual([4, 4, 0]);
    // Joint check, border, checked bags on one X-ray with two screens (一机双屏).
    expect(counts(bundled('harbin-t1-exit-merged.json'))).toEqual([3, 2, 1]);
    expect(counts(bundled('heihe-road-port.json'))).toEqual([4, 3, 0]);
  });

  it('reads the exit pair as "−1 step, −2 queues" in both languages', () => {
    const a = laneStructure(bundled('harbin-t1-exit-classic.json'));
    const b = laneStructure(bundled('harbin-t1-exit-merged.json'));
    const d = { steps: b.steps - a.steps, queues: b.queues - a.queues };
    expect(structureDeltaText(d, 'en')).toBe('−1 step, −2 queues');
    expect(structureDeltaText(d, 'zh-CN')).toBe('减少1道检查环节、减少2次排队');
    expect(structureText(b, 'en')).toBe('3 steps, 2 queues (1 on the baggage system, no queue)');
  });

  it('per class: the counts most passengers of the class see, with their share and path', () => {
    const s: Scenario = {
      format: 'lanesim/scenario@1',
      name: 'branches',
      horizon: { arrivalsSeconds: 3600 },
      classes: [
        { id: 'citizen', share: 0.6 },
        { id: 'foreign', share: 0.4 },
      ],
      arrivals: [{ kind: 'poisson', ratePerHour: 100 }],
      entry: 'hall',
      stations: [
        { id: 'hall', mode: 'delay', checks: [], service: { dist: 'constant', value: 0 }, next: [{ to: 'egates', classes: ['citizen'], share: 0.9 }, { to: 'desks' }] },
        { id: 'egates', mode: 'queue', servers: 4, checks: ['border'], service: { dist: 'constant', value: 10 }, next: 'exit' },
        { id: 'desks', mode: 'queue', servers: 4, checks: ['border'], service: { dist: 'constant', value: 40 }, next: [{ to: 'exit', probability: 0.7 }, { to: 'interview', probability: 0.3 }] },
        { id: 'interview', mode: 'queue', servers: 1, checks: ['interview'], service: { dist: 'constant', value: 60 }, next: 'exit' },
      ],
    };
    const st = laneStructure(s);
    expect(st.byClass.citizen).toMatchObject({ steps: 1, queues: 1, path: ['hall', 'egates'] });
    expect(st.byClass.citizen.share).toBeCloseTo(0.9 + 0.1 * 0.7, 12);
    expect(st.byClass.foreign).toMatchObject({ steps: 1, queues: 1, path: ['hall', 'desks'] });
    expect(st.byClass.foreign.share).toBeCloseTo(0.7, 12);
    expect(st.stations.find((x) => x.id === 'interview')).toMatchObject({ mainPath: true, secondary: false });
    expect(st.stations.find((x) => x.id === 'hall')).toMatchObject({ step: false, queue: false });
  });
});
