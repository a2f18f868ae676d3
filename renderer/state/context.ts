/** The workbench, handed to components through React context, and hooks to read its stores. */
import { createContext, useContext, useRef } from 'react';
import type { DocumentState } from './document-history.js';
import type { RunsState } from './runs-state.js';
import { useStore } from './store.js';
import { validationOf, type ValidationView } from './validation.js';
import type { ViewState, Workbench } from './workbench.js';

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const wb = useContext(WorkbenchContext);
  if (!wb) throw new Error('useWorkbench outside WorkbenchContext');
  return wb;
}

export function useDoc(): DocumentState | null {
  return useStore(useWorkbench().doc);
}

export function useView(): ViewState {
  return useStore(useWorkbench().view);
}

/**
 * The runs, at rest: the same object until something other than the live progress count
 * changes (a run starts, ends, fails, is selected…). Workers report progress every 100 ms;
 * re-rendering the app, the editor and the results at each report blocked the UI thread.
 * Only the run bar shows progress: it reads `useRunsLive`.
 */
export function useRuns(): RunsState {
  const last = useRef<RunsState | null>(null);
  return useStore(useWorkbench().runs, (r) => {
    const prev = last.current;
    if (prev && sameAtRest(prev, r)) return prev;
    last.current = r;
    return r;
  });
}

function sameAtRest(a: RunsState, b: RunsState): boolean {
  if ((a.active === null) !== (b.active === null)) return false;
  if (a.active && b.active && (a.active.total !== b.active.total || a.active.workers !== b.active.workers)) return false;
  for (const key of Object.keys(b) as Array<keyof RunsState>) if (key !== 'active' && a[key] !== b[key]) return false;
  return true;
}

/** The runs with the live progress count (the run bar). */
export function useRunsLive(): RunsState {
  return useStore(useWorkbench().runs);
}

/** Validation of the open document (memoised per document object). */
export function useValidation(): ValidationView | null {
  const doc = useDoc();
  return doc ? validationOf(doc.scenario) : null;
}
