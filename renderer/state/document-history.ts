/**
 * The open scenario with undo and redo. Every edit is an immer recipe; `produceWithPatches`
 * gives the forward and inverse patches, which are all the history keeps (not copies of the
 * document). Keystrokes into one field within a short time merge into one undo step, so undo
 * takes back "45 → 60", not "6", "60". Dirty means "not the revision last saved", so undoing
 * back to the saved state clears the mark.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Scenario } from '../../sim/index.js';

enablePatches();

export interface HistoryEntry {
  /** Revision this entry leads to. */
  revision: number;
  patches: Patch[];
  inverse: Patch[];
  mergeKey: string | null;
  at: number;
}

export interface DocumentState {
  scenario: Scenario;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Revision of the document as shown; 0 is the state it was loaded in. */
  revision: number;
  /** Revision last saved (or loaded); null when it was never saved (a template, a recovery). */
  savedRevision: number | null;
  nextRevision: number;
  fileName: string;
  path?: string;
  /** The scenario as opened or last saved: what a run's changes are told against ("8 → 10"). */
  origin: Scenario;
}

export const MERGE_WINDOW_MS = 1500;
export const MAX_HISTORY = 500;

/** A fresh document: nothing to undo, clean unless it never was saved. */
export function loadDocument(scenario: Scenario, file: { fileName: string; path?: string; saved: boolean }): DocumentState {
  return {
    scenario,
    past: [],
    future: [],
    revision: 0,
    savedRevision: file.saved ? 0 : null,
    nextRevision: 1,
    fileName: file.fileName,
    path: file.path,
    origin: scenario,
  };
}

/** Applies one edit. `mergeKey` (e.g. the field's JSON path) merges quick repeated edits into one undo step. */
export function editDocument(state: DocumentState, recipe: (draft: Draft<Scenario>) => void, mergeKey: string | null = null, now = 0): DocumentState {
  const [scenario, patches, inverse] = produceWithPatches(state.scenario, recipe);
  if (patches.length === 0) return state;
  const last = state.past[state.past.length - 1];
  const canMerge =
    mergeKey !== null && last !== undefined && last.mergeKey === mergeKey && now - last.at <= MERGE_WINDOW_MS && last.revision === state.revision && state.savedRevision !== state.revision;
  if (canMerge) {
    const merged: HistoryEntry = { ...last, patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse], at: now };
    return { ...state, scenario, past: [...state.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = { revision: state.nextRevision, patches, inverse, mergeKey, at: now };
  const past = [...state.past, entry].slice(-MAX_HISTORY);
  return { ...state, scenario, past, future: [], revision: entry.revision, nextRevision: state.nextRevision + 1 };
}

/** Ends the current merge: the next edit starts a new undo step (after a run, a save, leaving a field). */
export function sealHistory(state: DocumentState): DocumentState {
  const last = state.past[state.past.length - 1];
  if (!last || last.mergeKey === null) return state;
  return { ...state, past: [...state.past.slice(0, -1), { ...last, mergeKey: null }] };
}

export function canUndo(state: DocumentState): boolean {
  return state.past.length > 0;
}

export function canRedo(state: DocumentState): boolean {
  return state.future.length > 0;
}

export function undo(state: DocumentState): DocumentState {
  const entry = state.past[state.past.length - 1];
  if (!entry) return state;
  const past = state.past.slice(0, -1);
  const before = past[past.length - 1];
  return {
    ...state,
    scenario: applyPatches(state.scenario, entry.inverse),
    past,
    future: [entry, ...state.future],
    revision: before ? before.revision : 0,
  };
}

export function redo(state: DocumentState): DocumentState {
  const entry = state.future[0];
  if (!entry) return state;
  return {
    ...state,
    scenario: applyPatches(state.scenario, entry.patches),
    past: [...state.past, entry],
    future: state.future.slice(1),
    revision: entry.revision,
  };
}

export function isDirty(state: DocumentState): boolean {
  return state.savedRevision !== state.revision;
}

export function markSaved(state: DocumentState, file: { fileName: string; path?: string }): DocumentState {
  return { ...state, savedRevision: state.revision, fileName: file.fileName, path: file.path ?? state.path, origin: state.scenario };
}

/** The document as the file would be written: two-space JSON with a final newline. */
export function documentText(state: DocumentState): string {
  return JSON.stringify(state.scenario, null, 2) + '\n';
}
