/**
 * The Sweep & Plan controller: a panel's job fails on an invalid scenario and marks wrong
 * fields without starting a worker; a run is the panel's job while it goes (a second start
 * is ignored), then finished or failed; Cancel fails it as cancelled. Workers over a real
 * MessageChannel (helpers.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../sim/index.js';
import { SweepSession } from '../../../renderer/sweep/sweep-session.js';
import { bundled, channelWorkers } from './helpers.js';

function session(): { s: SweepSession; w: ReturnType<typeof channelWorkers>; scenario: Scenario } {
  const w = channelWorkers();
  const s = new SweepSession(w.create, 2);
  const scenario = bundled('heihe-road-port');
  s.sync('heihe-road-port.json', scenario);
  // Few replications: the test is about the job's course, not the plan.
  s.update((v) => ({ ...v, planForm: { ...v.planForm!, replications: '2', maxReplications: '4' } }));
  return { s, w, scenario };
}

describe('SweepSession', () => {
  it('an invalid scenario fails the job with its errors; no worker starts', () => {
    const { s, w, scenario } = session();
    s.startPlan({ ...scenario, stations: [] });
    s.startStaff({ ...scenario, stations: [] });
    for (const job of [s.state.get().plan, s.state.get().staff]) {
      expect(job.running).toBe(false);
      expect(job.error?.code).toBe('invalid');
      expect(job.error?.message).toMatch(/stations/);
    }
    expect(w.created()).toBe(0);
  });

  it('a wrong field is marked; no worker starts', () => {
    const { s, w, scenario } = session();
    s.update((v) => ({ ...v, planForm: { ...v.planForm!, replications: 'many' } }));
    s.startPlan(scenario);
    expect(s.state.get().planErrors.replications).toMatch(/whole number/);
    s.update((v) => ({ ...v, sweepForm: { ...v.sweepForm!, replications: '0' } }));
    s.startSweep(scenario);
    expect(s.state.get().sweepErrors.replications).toMatch(/whole number/);
    expect(s.state.get().plan.running || s.state.get().sweep.running).toBe(false);
    expect(w.created()).toBe(0);
  });

  it('a plan is the job while it runs (a second start is ignored), then its result', async () => {
    const { s, w, scenario } = session();
    s.startPlan(scenario);
    s.startPlan(scenario);
    expect(s.state.get().plan).toMatchObject({ running: true, scenarioName: scenario.name, workers: 1, error: null });
    expect(w.created()).toBe(1);
    await vi.waitFor(() => expect(s.state.get().plan.running).toBe(false), { timeout: 100_000, interval: 50 });
    expect(s.state.get().plan.error).toBeNull();
    expect(s.state.get().plan.result?.format).toBe('lanesim/plan@1');
    s.startPlan(scenario);
    expect(w.created()).toBe(2);
  });

  it('a cancelled staffing search fails as cancelled, and the panel can start again', async () => {
    const { s, w, scenario } = session();
    s.startStaff(scenario);
    expect(s.state.get().staff.running).toBe(true);
    s.cancelStaff();
    await vi.waitFor(() => expect(s.state.get().staff.running).toBe(false), { timeout: 10_000, interval: 20 });
    expect(s.state.get().staff.error?.code).toBe('cancelled');
    expect(w.terminated()).toBe(1);
    s.startStaff(scenario);
    expect(w.created()).toBe(2);
    s.cancelStaff();
  });
});
