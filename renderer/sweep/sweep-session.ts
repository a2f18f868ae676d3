/**
 * The Sweep & Plan view's controller, outside React (as the Workbench is for the rest of the
 * window): it owns the state store, reads the forms, starts and cancels sweeps and plans in
 * workers. One per window, so a sweep keeps running while the planner looks at another tab.
 */
import { parseRosterDoc, parseStaffingTarget, SimulationError, validateScenario, type Scenario, type SweepResult } from '../../sim/index.js';
import { createStore, type Store } from '../state/store.js';
import { workerCount, type WorkerHandle } from '../workers/worker-pool.js';
import { readPlanForm } from './plan-form.js';
import { readSweepForm } from './sweep-form.js';
import { createSweepWorker, runPlanInWorker, runStaffInWorker, runSweepInWorkers, type Cancellable } from './sweep-runner.js';
import { emptySweepView, failJob, finishJob, partialJob, progressJob, startJob, syncDocument, type JobError, type SweepViewState } from './sweep-state.js';

function jobError(e: unknown): JobError {
  if (e instanceof SimulationError) return { code: e.code, message: e.message, stations: e.stations };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e), stations: [] };
}

export class SweepSession {
  readonly state: Store<SweepViewState> = createStore(emptySweepView);
  private sweepRun: Cancellable<unknown> | null = null;
  private planRun: Cancellable<unknown> | null = null;
  private staffRun: Cancellable<unknown> | null = null;

  constructor(
    private readonly createWorker: () => WorkerHandle = createSweepWorker,
    private readonly cores: number = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2,
  ) {}

  update(fn: (s: SweepViewState) => SweepViewState): void {
    this.state.update(fn);
  }

  /** Called with the open document and its bottleneck station; the forms follow it. */
  sync(docKey: string, scenario: Scenario, bottleneck: string | null = null): void {
    this.state.update((s) => syncDocument(s, docKey, scenario, bottleneck));
  }

  /** Starts the sweep in the form, or marks the fields that are wrong. */
  startSweep(scenario: Scenario): void {
    const s = this.state.get();
    if (!s.sweepForm || this.sweepRun) return;
    const valid = validateScenario(scenario);
    if (!valid.ok) {
      this.state.update((v) => ({ ...v, sweep: failJob(v.sweep, { code: 'invalid', message: valid.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; '), stations: [] }) }));
      return;
    }
    const read = readSweepForm(s.sweepForm, valid.scenario);
    if (!read.ok) {
      this.state.update((v) => ({ ...v, sweepErrors: read.errors }));
      return;
    }
    const { spec, seed, replications } = read.value;
    let run: Cancellable<SweepResult>;
    try {
      run = runSweepInWorkers(valid.scenario, spec, {
        seed,
        replications,
        workers: this.cores,
        createWorker: this.createWorker,
        onProgress: (p) => this.state.update((v) => ({ ...v, sweep: progressJob(v.sweep, p) })),
        onPartial: (r) => this.state.update((v) => ({ ...v, sweep: partialJob(v.sweep, r) })),
      });
    } catch (e) {
      // A value the scenario refuses (2.5 servers, a probability of 1.2): said before anything runs.
      this.state.update((v) => ({ ...v, sweepErrors: {}, sweep: failJob(startJob(v.sweep, scenario.name, 0), jobError(e)) }));
      return;
    }
    this.sweepRun = run;
    this.state.update((v) => ({ ...v, sweepErrors: {}, sweep: startJob(v.sweep, scenario.name, workerCount(this.cores, replications * spec.params.reduce((n, p) => n * p.values.length, 1))) }));
    run.result.then(
      (result) => {
        this.sweepRun = null;
        this.state.update((v) => ({ ...v, sweep: finishJob(v.sweep, result) }));
      },
      (e: unknown) => {
        this.sweepRun = null;
        this.state.update((v) => ({ ...v, sweep: failJob(v.sweep, jobError(e)) }));
      },
    );
  }

  cancelSweep(): void {
    this.sweepRun?.cancel();
  }

  startPlan(scenario: Scenario): void {
    const s = this.state.get();
    if (!s.planForm || this.planRun) return;
    const valid = validateScenario(scenario);
    if (!valid.ok) {
      this.state.update((v) => ({ ...v, plan: failJob(v.plan, { code: 'invalid', message: valid.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; '), stations: [] }) }));
      return;
    }
    const read = readPlanForm(s.planForm, valid.scenario);
    if (!read.ok) {
      this.state.update((v) => ({ ...v, planErrors: read.errors }));
      return;
    }
    const run = runPlanInWorker(valid.scenario, read.value.spec, {
      ...read.value.options,
      createWorker: this.createWorker,
      onProgress: (p) => this.state.update((v) => ({ ...v, plan: progressJob(v.plan, p) })),
    });
    this.planRun = run;
    this.state.update((v) => ({ ...v, planErrors: {}, plan: startJob(v.plan, scenario.name, 1) }));
    run.result.then(
      (result) => {
        this.planRun = null;
        this.state.update((v) => ({ ...v, plan: finishJob(v.plan, result) }));
      },
      (e: unknown) => {
        this.planRun = null;
        this.state.update((v) => ({ ...v, plan: failJob(v.plan, jobError(e)) }));
      },
    );
  }

  cancelPlan(): void {
    this.planRun?.cancel();
  }

  /** Starts the staffing search of the form (the core's `planStaffing`, in a worker), or says what is wrong with the form. */
  startStaff(scenario: Scenario): void {
    const s = this.state.get();
    if (!s.staffForm || this.staffRun) return;
    const valid = validateScenario(scenario);
    if (!valid.ok) {
      this.state.update((v) => ({ ...v, staff: failJob(v.staff, { code: 'invalid', message: valid.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; '), stations: [] }) }));
      return;
    }
    const form = s.staffForm;
    let target;
    try {
      target = parseStaffingTarget(form.target);
    } catch (e) {
      this.state.update((v) => ({ ...v, staffError: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const replications = Number(form.replications);
    if (!/^\s*\d+\s*$/.test(form.replications) || replications < 2 || replications > 1000) {
      this.state.update((v) => ({ ...v, staffError: `replications: expected a whole number from 2 to 1000, got "${form.replications}"` }));
      return;
    }
    const run = runStaffInWorker(valid.scenario, { stations: [form.station], intervalSeconds: form.intervalSeconds, target }, {
      seed: valid.scenario.seed ?? 1,
      replications,
      createWorker: this.createWorker,
      onProgress: (p) => this.state.update((v) => ({ ...v, staff: progressJob(v.staff, p) })),
    });
    this.staffRun = run;
    this.state.update((v) => ({ ...v, staffError: null, staff: startJob(v.staff, scenario.name, 1) }));
    run.result.then(
      (result) => {
        this.staffRun = null;
        this.state.update((v) => ({ ...v, staff: finishJob(v.staff, result) }));
      },
      (e: unknown) => {
        this.staffRun = null;
        this.state.update((v) => ({ ...v, staff: failJob(v.staff, jobError(e)) }));
      },
    );
  }

  cancelStaff(): void {
    this.staffRun?.cancel();
  }

  /** Reads a roster file's text (`lanesim roster --format json`); a file that is not one is refused with the path and what was expected. */
  openRoster(text: string, file: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      this.state.update((v) => ({ ...v, rosterError: `${file}: not JSON (${e instanceof Error ? e.message : String(e)})` }));
      return;
    }
    try {
      const doc = parseRosterDoc(json, file);
      this.state.update((v) => ({ ...v, roster: { doc, file }, rosterError: null }));
    } catch (e) {
      this.state.update((v) => ({ ...v, rosterError: e instanceof Error ? e.message : String(e) }));
    }
  }
}
