/** Switching the planner's target metric: a value in another unit is replaced by the new metric's default. */
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../sim/index.js';
import { defaultPlanForm, defaultTarget, readPlanForm, switchPlanMetric, targetText } from '../../../renderer/sweep/plan-form.js';
import { ALL_METRICS } from '../../../renderer/sweep/sweep-form.js';
import { bundled } from './helpers.js';

describe('planner target metric', () => {
  const s = bundled('harbin-t1-entry-smart');

  it('resets "1800" seconds to a percentage when the metric becomes a share, with the comparator of its better side', () => {
    const form = { ...defaultPlanForm(s), value: '1800' };
    const within = switchPlanMetric(form, 'withinTarget', s);
    expect(within).toMatchObject({ metric: 'withinTarget', op: '>=', value: '95' });
    const util = switchPlanMetric(within, 'utilization', s);
    expect(util).toMatchObject({ metric: 'utilization', op: '<=', value: '85' });
    expect(switchPlanMetric(util, 'waitOver5Min', s)).toMatchObject({ op: '<=', value: '85' }); // same unit and side: kept
    const back = switchPlanMetric(util, 'p95', s);
    expect(back).toMatchObject({ metric: 'p95', op: '<=', value: String(s.targets?.clearanceSeconds ?? 600) });
  });

  it('keeps a typed value between metrics of the same unit and side', () => {
    const form = { ...defaultPlanForm(s), value: '1500' };
    expect(switchPlanMetric(form, 'mean', s)).toMatchObject({ metric: 'mean', value: '1500' });
  });

  it('gives every metric a default the core reads as a target', () => {
    for (const m of ALL_METRICS) {
      const t = defaultTarget(m, s);
      const form = { ...defaultPlanForm(s), metric: m, station: 'border', ...t };
      expect(() => parseTarget(targetText(form)), m).not.toThrow();
      expect(readPlanForm(form, s).ok, m).toBe(true);
    }
    // Throughput: 90 % of what the lane is offered per hour, a round figure.
    const tp = Number(defaultTarget('throughput', s).value);
    expect(tp % 10).toBe(0);
    expect(tp).toBeGreaterThan(100);
  });
});
