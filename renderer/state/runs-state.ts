/**
 * The runs of this session: each finished run is kept with the scenario it ran, named by
 * scenario and time, so a planner can change the lane, rerun, and compare with the previous
 * run. Pure functions over an immutable list; the store holds the current value.
 */
import type { RunResult, Scenario } from '../../sim/index.js';
import type { ScenarioChange } from '../../present/insight/scenario-changes.js';

export interface RunRecord {
  id: string;
  /** "Harbin T1 entry — smart lane · 14:05:12" */
  name: string;
  scenarioName: string;
  finishedAt: number;
  scenario: Scenario;
  result: RunResult;
  /** The document the run came from (file name and path): "the same scenario" for "compare with previous". */
  sourceKey: string;
  /** What the run's lane changed against that file as opened or saved (empty: the file as it is). */
  changes: ScenarioChange[];
}

export interface RunError {
  code: string;
  message: string;
  stations: string[];
}

export interface RunsState {
  runs: RunRecord[];
  /** A run in progress, if any. */
  active: { done: number; total: number; workers: number } | null;
  error: RunError | null;
  selectedId: string | null;
  /** 2–4 runs to compare; the first is the baseline. */
  compareIds: string[];
}

export const MAX_COMPARE = 4;

export const emptyRuns: RunsState = { runs: [], active: null, error: null, selectedId: null, compareIds: [] };

function clock(ms: number): string {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Names a run by its scenario and the time it finished. */
export function runName(scenarioName: string, finishedAt: number): string {
  return `${scenarioName} · ${clock(finishedAt)}`;
}

export function startRun(state: RunsState, total: number, workers: number): RunsState {
  return { ...state, active: { done: 0, total, workers }, error: null };
}

export function progressRun(state: RunsState, done: number): RunsState {
  if (!state.active) return state;
  return { ...state, active: { ...state.active, done } };
}

/** Adds a finished run and shows it. */
export function finishRun(state: RunsState, record: Omit<RunRecord, 'id' | 'name'>, id: string): RunsState {
  const run: RunRecord = { ...record, id, name: runName(record.scenarioName, record.finishedAt) };
  return { ...state, runs: [...state.runs, run], active: null, error: null, selectedId: id };
}

export function failRun(state: RunsState, error: RunError): RunsState {
  return { ...state, active: null, error };
}

export function selectRun(state: RunsState, id: string): RunsState {
  return state.runs.some((r) => r.id === id) ? { ...state, selectedId: id } : state;
}

/** Adds or removes a run from the comparison; at most four, in the order picked. */
export function toggleCompare(state: RunsState, id: string): RunsState {
  if (state.compareIds.includes(id)) return { ...state, compareIds: state.compareIds.filter((x) => x !== id) };
  if (state.compareIds.length >= MAX_COMPARE || !state.runs.some((r) => r.id === id)) return state;
  return { ...state, compareIds: [...state.compareIds, id] };
}

/** The run before `id` of the same scenario (the same document), or null. */
export function previousOfSameScenario(state: RunsState, id: string): RunRecord | null {
  const i = state.runs.findIndex((r) => r.id === id);
  if (i <= 0) return null;
  const key = state.runs[i].sourceKey;
  for (let k = i - 1; k >= 0; k--) if (state.runs[k].sourceKey === key) return state.runs[k];
  return null;
}

/** The previous run of the same scenario and this one, previous as the baseline: the "rerun and compare" shortcut. */
export function compareWithPrevious(state: RunsState, id: string): RunsState {
  const prev = previousOfSameScenario(state, id);
  return prev ? { ...state, compareIds: [prev.id, id] } : state;
}

/** Makes a compared run the baseline (first); the others keep their order. */
export function setBaseline(state: RunsState, id: string): RunsState {
  if (!state.compareIds.includes(id)) return state;
  return { ...state, compareIds: [id, ...state.compareIds.filter((x) => x !== id)] };
}

export function removeRun(state: RunsState, id: string): RunsState {
  const runs = state.runs.filter((r) => r.id !== id);
  return {
    ...state,
    runs,
    compareIds: state.compareIds.filter((x) => x !== id),
    selectedId: state.selectedId === id ? (runs[runs.length - 1]?.id ?? null) : state.selectedId,
  };
}

export function selectedRun(state: RunsState): RunRecord | null {
  return state.runs.find((r) => r.id === state.selectedId) ?? null;
}
