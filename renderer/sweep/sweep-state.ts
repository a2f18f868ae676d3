/**
 * The Sweep & Plan view's state: the two forms (kept per document, so switching tabs or
 * editing the lane keeps what was typed), and the last sweep and plan with their progress.
 * Pure functions over immutable values; `SweepSession` holds the current value in a store.
 */
import type { PlanProgress, PlanResult, RosterDoc, Scenario, StaffingResult, SweepResult } from '../../sim/index.js';
import type { StaffProgress } from './sweep-api.js';
import { defaultPlanForm, reconcilePlanForm, type PlanField, type PlanForm } from './plan-form.js';
import { defaultSweepForm, reconcileSweepForm, type SweepField, type SweepForm } from './sweep-form.js';
import type { SweepRunProgress } from './sweep-runner.js';

export type Panel = 'sweep' | 'plan' | 'staff';

/** The staffing panel's form: one queue station, the interval, the target as the CLI's text. */
export interface StaffForm {
  station: string;
  intervalSeconds: number;
  target: string;
  replications: string;
}

export interface JobError {
  code: string;
  message: string;
  stations: string[];
}

export interface Job<R, P> {
  running: boolean;
  progress: P | null;
  /** The finished result, or while running the part finished so far (sweeps). */
  result: R | null;
  error: JobError | null;
  /** Name of the scenario the result belongs to. */
  scenarioName: string | null;
  workers: number;
}

export interface SweepViewState {
  panel: Panel;
  /** Which document the forms were made for (its file name); a new one starts new forms. */
  docKey: string | null;
  sweepForm: SweepForm | null;
  planForm: PlanForm | null;
  sweepErrors: Partial<Record<SweepField, string>>;
  planErrors: Partial<Record<PlanField, string>>;
  sweep: Job<SweepResult, SweepRunProgress>;
  plan: Job<PlanResult, PlanProgress>;
  staffForm: StaffForm | null;
  staffError: string | null;
  staff: Job<StaffingResult, StaffProgress>;
  /** A roster opened from a `lanesim roster --format json` file, with its file name; or the error reading it. */
  roster: { doc: RosterDoc; file: string } | null;
  rosterError: string | null;
}

function idleJob<R, P>(): Job<R, P> {
  return { running: false, progress: null, result: null, error: null, scenarioName: null, workers: 0 };
}

export const emptySweepView: SweepViewState = {
  panel: 'sweep',
  docKey: null,
  sweepForm: null,
  planForm: null,
  sweepErrors: {},
  planErrors: {},
  sweep: idleJob(),
  plan: idleJob(),
  staffForm: null,
  staffError: null,
  staff: idleJob(),
  roster: null,
  rosterError: null,
};

/**
 * A first staffing search: at the bottleneck (`bottleneck`, as the sweep and plan forms start
 * from it: present/insight/bottleneck.ts), else the first queue station; 30-min intervals,
 * p95 wait within 10 min.
 */
export function defaultStaffForm(scenario: Scenario, bottleneck: string | null = null): StaffForm {
  const queues = scenario.stations.filter((s) => s.mode === 'queue');
  const station = queues.find((s) => s.id === bottleneck) ?? queues[0];
  return { station: station?.id ?? '', intervalSeconds: 1800, target: 'p95wait<=10min', replications: '10' };
}

/**
 * Follows the open document: a different document gets fresh forms (its stations differ),
 * starting from its bottleneck station;
 * an edit of the same one keeps what was typed, dropping stations that no longer exist.
 */
export function syncDocument(state: SweepViewState, docKey: string, scenario: Scenario, bottleneck: string | null = null): SweepViewState {
  if (state.docKey !== docKey || !state.sweepForm || !state.planForm) {
    return { ...state, docKey, sweepForm: defaultSweepForm(scenario, bottleneck), planForm: defaultPlanForm(scenario, bottleneck), staffForm: defaultStaffForm(scenario, bottleneck), sweepErrors: {}, planErrors: {}, staffError: null };
  }
  const staffOk = state.staffForm && scenario.stations.some((s) => s.id === state.staffForm!.station && s.mode === 'queue');
  const sweepForm = reconcileSweepForm(state.sweepForm, scenario);
  const planForm = reconcilePlanForm(state.planForm, scenario);
  return sweepForm === state.sweepForm && planForm === state.planForm && staffOk ? state : { ...state, sweepForm, planForm, staffForm: staffOk ? state.staffForm : defaultStaffForm(scenario, bottleneck) };
}

export function editSweepForm(state: SweepViewState, patch: (f: SweepForm) => SweepForm): SweepViewState {
  return state.sweepForm ? { ...state, sweepForm: patch(state.sweepForm), sweepErrors: {} } : state;
}

export function editPlanForm(state: SweepViewState, patch: (f: PlanForm) => PlanForm): SweepViewState {
  return state.planForm ? { ...state, planForm: patch(state.planForm), planErrors: {} } : state;
}

/** The job helpers below keep a job's own type (`J`), so one piece of code can drive any panel's job. */
export function startJob<J extends Job<unknown, unknown>>(job: J, scenarioName: string, workers: number): J {
  return { ...job, running: true, progress: null, result: null, error: null, scenarioName, workers };
}

export function progressJob<R, P>(job: Job<R, P>, progress: P): Job<R, P> {
  return job.running ? { ...job, progress } : job;
}

export function partialJob<R, P>(job: Job<R, P>, result: R): Job<R, P> {
  return job.running ? { ...job, result } : job;
}

export function finishJob<J extends Job<unknown, unknown>>(job: J, result: NonNullable<J['result']>): J {
  return { ...job, running: false, result, error: null };
}

/** A failed or cancelled job keeps the points finished so far (a cancelled sweep still shows them). */
export function failJob<J extends Job<unknown, unknown>>(job: J, error: JobError): J {
  return { ...job, running: false, error };
}

/** Share of the work done, 0–1: sweeps count replications; a plan's total is unknown, so none. */
export function sweepFraction(p: SweepRunProgress | null): number {
  return p && p.replicationsTotal > 0 ? p.replicationsDone / p.replicationsTotal : 0;
}
