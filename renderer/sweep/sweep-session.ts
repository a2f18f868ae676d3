/**
 * The Sweep & Plan view's controller, outside React (as the Workbench is for the rest of the
 * window): it owns the state store, reads the forms, starts and cancels sweeps and plans in
 * workers. One per window, so a sweep keeps running while the planner looks at another tab.
 */
import { parseRosterDoc, parseStaffingTarget, SimulationError, validateScenario, type Scenario, type SweepResult } from '../../sim/index.js';
import { createStore, type Store } from '../state/store.js';
import { workerCount, type WorkerHandle } from '../workers/worker-pool.js';
import { readPlanForm } from './plan-form.js';
import { readSweepForm, type FormReading } from './sweep-form.js';
import { createSweepWorker, runPlanInWorker, runStaffInWorker, runSweepInWorkers, type Cancellable } from './sweep-runner.js';
import { emptySweepView, failJob, finishJob, partialJob, progressJob, startJob, syncDocument, type JobError, type Panel, type SweepViewState } from './sweep-state.js';

function jobError(e: unknown): JobError {
  if (e instanceof SimulationError) return { code: e.code, message: e.message, stations: e.stations };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e), stations: [] };
}

/** What a panel's job ends with. */
type ResultOf<K extends Panel> = NonNullable<SweepViewState[K]['result']>;

export class SweepSession {
  readonly state: Store<SweepViewState> = createStore(emptySweepView);
  /** Each panel's run while it goes (a second start is ignored until it ends). */
  private readonly runs: Record<Panel, Cancellable<unknown> | null> = { sweep: null, plan: null, staff: null };

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

  /** Changes a panel's job, and other fields of the view (`also`) in the same update. */
  private setJob<K extends Panel>(key: K, fn: (job: SweepViewState[K]) => SweepViewState[K], also: Partial<SweepViewState> = {}): void {
    this.state.update((v) => ({ ...v, ...also, [key]: fn(v[key]) }));
  }

  /** The scenario as the core reads it, or null with the panel's job failed on its first errors. */
  private validScenario(key: Panel, scenario: Scenario): Scenario | null {
    const valid = validateScenario(scenario);
    if (valid.ok) return valid.scenario;
    const message = valid.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ');
    this.setJob(key, (job) => failJob(job, { code: 'invalid', message, stations: [] }));
    return null;
  }

  /** The scenario validated, for a panel that has its form and no run going; else null. */
  private startable(key: Panel, form: object | null, scenario: Scenario): Scenario | null {
    return form && !this.runs[key] ? this.validScenario(key, scenario) : null;
  }

  /**
   * What a panel's form asks for, with the valid scenario; null when the panel cannot start
   * (see `startable`) or a field is wrong (marked through `mark`).
   */
  private readForm<F extends object, T, E extends string>(
    key: Panel,
    form: F | null,
    scenario: Scenario,
    read: (form: F, scenario: Scenario) => FormReading<T, E>,
    mark: (errors: Partial<Record<E, string>>) => Partial<SweepViewState>,
  ): { value: T; valid: Scenario } | null {
    const valid = this.startable(key, form, scenario);
    if (!form || !valid) return null;
    const reading = read(form, valid);
    if (reading.ok) return { value: reading.value, valid };
    this.state.update((v) => ({ ...v, ...mark(reading.errors) }));
    return null;
  }

  /** A started run becomes the panel's job: running now (`also` set with it), then finished or failed. */
  private follow<K extends Panel>(key: K, run: Cancellable<ResultOf<K>>, scenarioName: string, workers: number, also: Partial<SweepViewState>): void {
    this.runs[key] = run;
    this.setJob(key, (job) => startJob(job, scenarioName, workers), also);
    run.result.then(
      (result) => {
        this.runs[key] = null;
        this.setJob(key, (job) => finishJob(job, result));
      },
      (e: unknown) => {
        this.runs[key] = null;
        this.setJob(key, (job) => failJob(job, jobError(e)));
      },
    );
  }

  /** Starts the sweep in the form, or marks the fields that are wrong. */
  startSweep(scenario: Scenario): void {
    const request = this.readForm('sweep', this.state.get().sweepForm, scenario, readSweepForm, (sweepErrors) => ({ sweepErrors }));
    if (!request) return;
    const { valid } = request;
    const { spec, seed, replications } = request.value;
    let run: Cancellable<SweepResult>;
    try {
      run = runSweepInWorkers(valid, spec, {
        seed,
        replications,
        workers: this.cores,
        createWorker: this.createWorker,
        onProgress: (p) => this.setJob('sweep', (job) => progressJob(job, p)),
        onPartial: (r) => this.setJob('sweep', (job) => partialJob(job, r)),
      });
    } catch (e) {
      // A value the scenario refuses (2.5 servers, a probability of 1.2): said before anything runs.
      this.setJob('sweep', (job) => failJob(startJob(job, scenario.name, 0), jobError(e)), { sweepErrors: {} });
      return;
    }
    this.follow('sweep', run, scenario.name, workerCount(this.cores, replications * spec.params.reduce((n, p) => n * p.values.length, 1)), { sweepErrors: {} });
  }

  cancelSweep(): void {
    this.runs.sweep?.cancel();
  }

  startPlan(scenario: Scenario): void {
    const request = this.readForm('plan', this.state.get().planForm, scenario, readPlanForm, (planErrors) => ({ planErrors }));
    if (!request) return;
    const run = runPlanInWorker(request.valid, request.value.spec, {
      ...request.value.options,
      createWorker: this.createWorker,
      onProgress: (p) => this.setJob('plan', (job) => progressJob(job, p)),
    });
    this.follow('plan', run, scenario.name, 1, { planErrors: {} });
  }

  cancelPlan(): void {
    this.runs.plan?.cancel();
  }

  /** Starts the staffing search of the form (the core's `planStaffing`, in a worker), or says what is wrong with the form. */
  startStaff(scenario: Scenario): void {
    const form = this.state.get().staffForm;
    const valid = this.startable('staff', form, scenario);
    if (!form || !valid) return;
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
    const run = runStaffInWorker(valid, { stations: [form.station], intervalSeconds: form.intervalSeconds, target }, {
      seed: valid.seed ?? 1,
      replications,
      createWorker: this.createWorker,
      onProgress: (p) => this.setJob('staff', (job) => progressJob(job, p)),
    });
    this.follow('staff', run, scenario.name, 1, { staffError: null });
  }

  cancelStaff(): void {
    this.runs.staff?.cancel();
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
