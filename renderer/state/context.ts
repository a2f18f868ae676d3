/** The workbench, handed to components through React context, and hooks to read its stores. */
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from './problem-text.js';
import { useDisplayNames } from './use-display-names.js';
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

export function useRuns(): RunsState {
  return useStore(useWorkbench().runs);
}

/** Validation of the open document (memoised per document object). */
export function useValidation(): ValidationView | null {
  const doc = useDoc();
  return doc ? validationOf(doc.scenario) : null;
}

/** Messages for one JSON path, in the UI's language where the core gave a code. */
export function useMessages(path: string): string[] {
  const v = useValidation();
  const { t } = useTranslation();
  const names = useDisplayNames();
  return (v?.byPath.get(path) ?? []).map((e) => problemText(e, t, names.station));
}
