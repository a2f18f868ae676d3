/**
 * The workbench's state and the actions on it, outside React: the open document (with undo
 * history), what the screen shows, the session's runs and the run in progress. Components
 * read the stores and call these actions; the Host is the only way out of the page.
 */
import type { Draft } from 'immer';
import type { Host, Language, OpenedFile } from '../host/host-api.js';
import { capErrors, DEFAULT_REPLICATIONS, SimulationError, validateScenarioText, type Scenario } from '../../sim/index.js';
import { canRedo, canUndo, documentText, sealHistory, editDocument, isDirty, loadDocument, markSaved, redo, undo, type DocumentState } from './document-history.js';
import { failRun, finishRun, progressRun, startRun, emptyRuns, type RunsState } from './runs-state.js';
import { createStore, type Store } from './store.js';
import { validationOf } from './validation.js';
import { namesFor } from './names.js';
import { scenarioChanges } from '../../present/insight/scenario-changes.js';
import { validationLine } from '../../present/words/validation-words.js';
import { createBrowserWorker, runInPool, workerCount, type PoolRun, type WorkerHandle } from '../workers/worker-pool.js';

export type Tab = 'editor' | 'results' | 'compare' | 'sweep' | 'replay';
export type EditorSection = 'lane' | 'arrivals' | 'classes' | 'settings';

export interface ViewState {
  tab: Tab;
  section: EditorSection;
  selectedStation: string | null;
  /** A message for the planner (file errors, save failures); null when none. */
  notice: { kind: 'error' | 'info'; title: string; lines: string[] } | null;
  language: Language;
  replications: number;
  /** Seed override; null uses the scenario's seed. */
  seed: number | null;
  allowOverload: boolean;
}

/** The seed a run of this scenario uses: the header's override, else the scenario's own, else 1. The replay tab uses the same. */
export function runSeedOf(view: Pick<ViewState, 'seed'>, scenario: Pick<Scenario, 'seed'>): number {
  return view.seed ?? scenario.seed ?? 1;
}
const AUTOSAVE_DELAY_MS = 800;

export class Workbench {
  readonly doc: Store<DocumentState | null> = createStore<DocumentState | null>(null);
  readonly view: Store<ViewState>;
  readonly runs: Store<RunsState> = createStore(emptyRuns);
  private pool: PoolRun | null = null;
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  private runCounter = 0;

  constructor(
    readonly host: Host,
    language: Language,
    private readonly createWorker: () => WorkerHandle = createBrowserWorker,
    private readonly cores: number = navigator.hardwareConcurrency,
  ) {
    this.view = createStore<ViewState>({
      tab: 'editor',
      section: 'lane',
      selectedStation: null,
      notice: null,
      language,
      replications: DEFAULT_REPLICATIONS, // the same default as the command line
      seed: null,
      allowOverload: false,
    });
  }

  setView(patch: Partial<ViewState>): void {
    this.view.update((v) => ({ ...v, ...patch }));
  }

  notify(kind: 'error' | 'info', title: string, lines: string[] = []): void {
    this.setView({ notice: { kind, title, lines } });
  }

  /** Opens scenario text (a file, a bundled scenario, a recovery copy). Invalid input changes nothing. */
  openText(file: OpenedFile, options: { saved: boolean; errorTitle: string }): boolean {
    const v = validateScenarioText(file.text);
    if (!v.ok) {
      // Each problem in the UI's language, with the file and the JSON path (or line and column).
      const lang = this.view.get().language;
      this.notify('error', options.errorTitle, capErrors(v.errors, 12).map((e) => validationLine(e, lang, file.name)));
      return false;
    }
    this.openScenario(v.scenario, { fileName: file.name, path: file.path, saved: options.saved });
    return true;
  }

  openScenario(scenario: Scenario, file: { fileName: string; path?: string; saved: boolean }): void {
    this.doc.set(loadDocument(scenario, file));
    this.setView({ selectedStation: null, tab: 'editor', notice: null });
    this.publishDocumentState();
  }

  edit(recipe: (draft: Draft<Scenario>) => void, mergeKey: string | null = null): void {
    const d = this.doc.get();
    if (!d) return;
    const next = editDocument(d, recipe, mergeKey, performance.now());
    if (next === d) return;
    this.doc.set(next);
    this.afterChange();
  }

  /** Closes the undo step being typed into (called when a field loses focus and before a run). */
  seal(): void {
    const d = this.doc.get();
    if (d) this.doc.set(sealHistory(d));
  }

  undo(): void {
    const d = this.doc.get();
    if (d && canUndo(d)) {
      this.doc.set(undo(d));
      this.afterChange();
    }
  }

  redo(): void {
    const d = this.doc.get();
    if (d && canRedo(d)) {
      this.doc.set(redo(d));
      this.afterChange();
    }
  }

  private afterChange(): void {
    const d = this.doc.get();
    // A station removed by undo must not stay selected.
    const sel = this.view.get().selectedStation;
    if (d && sel && !d.scenario.stations.some((s) => s.id === sel)) this.setView({ selectedStation: null });
    this.publishDocumentState();
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => {
      const cur = this.doc.get();
      if (cur && isDirty(cur)) void this.host.autosave(documentText(cur)).catch(() => {});
    }, AUTOSAVE_DELAY_MS);
  }

  private publishDocumentState(): void {
    const d = this.doc.get();
    // The title in the UI's language: the scenario's translated name where the file has one.
    if (d) this.host.setDocumentState({ title: namesFor(d.scenario, this.view.get().language).scenario || d.fileName, dirty: isDirty(d) });
  }

  /** Saves; with errors in the scenario it still saves (never lose work) but says so. */
  async save(saveAs: boolean, failTitle: string): Promise<void> {
    const d = this.doc.get();
    if (!d) return;
    try {
      const saved = await this.host.saveScenario({ path: d.path, suggestedName: d.fileName, text: documentText(d) }, { saveAs });
      if (saved) {
        const cur = this.doc.get();
        if (cur) this.doc.set(markSaved(cur, { fileName: saved.name, path: saved.path }));
        this.publishDocumentState();
      }
    } catch (e) {
      this.notify('error', failTitle, [e instanceof Error ? e.message : String(e)]);
    }
  }

  /** Runs the open scenario in the worker pool. */
  run(invalidTitle: string): void {
    this.seal();
    const d = this.doc.get();
    if (!d || this.pool) return;
    const validation = validationOf(d.scenario);
    if (!validation.runnable) {
      const lang = this.view.get().language;
      const names = namesFor(d.scenario, lang);
      this.notify('error', invalidTitle, capErrors(validation.errors, 12).map((e) => validationLine(e, lang, undefined, names)));
      return;
    }
    // The validated form: clock strings ("at": "08:30") resolved to seconds.
    const scenario = validation.scenario ?? d.scenario;
    // What the run is: the document it came from and what it changed against that file.
    const sourceKey = `${d.fileName}\u0000${d.path ?? ''}`;
    const changes = scenarioChanges(d.origin, d.scenario);
    const view = this.view.get();
    const seed = runSeedOf(view, scenario);
    const replications = view.replications;
    const workers = workerCount(this.cores, replications);
    this.runs.update((r) => startRun(r, replications, workers));
    this.setView({ notice: null });
    const pool = runInPool(scenario, {
      seed,
      replications,
      allowOverload: view.allowOverload,
      workers,
      createWorker: this.createWorker,
      onProgress: (done) => this.runs.update((r) => progressRun(r, done)),
    });
    this.pool = pool;
    pool.result.then(
      (result) => {
        this.pool = null;
        this.runCounter++;
        this.runs.update((r) => finishRun(r, { scenarioName: scenario.name, finishedAt: Date.now(), scenario, result, sourceKey, changes }, `run-${this.runCounter}`));
        // The Results view mounts a task later, so neither the task that received the result
        // (its structured clone, the workers ending) nor the mount holds the UI thread for both (issue 12).
        setTimeout(() => this.setView({ tab: 'results' }), 0);
      },
      (e: unknown) => {
        this.pool = null;
        const err = e instanceof SimulationError ? { code: e.code, message: e.message, stations: e.stations } : { code: 'internal', message: e instanceof Error ? e.message : String(e), stations: [] };
        this.runs.update((r) => failRun(r, err));
      },
    );
  }

  cancelRun(): void {
    this.pool?.cancel();
  }

  isRunning(): boolean {
    return this.pool !== null;
  }

  setLanguage(language: Language): void {
    this.host.setLanguage(language);
    this.setView({ language });
    this.publishDocumentState();
  }
}
