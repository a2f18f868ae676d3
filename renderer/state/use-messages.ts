/**
 * The validation messages of one field of the open document, in the UI's language where the
 * core gave a code, with station ids shown by their names. Apart from context.ts because it
 * needs the display names, which themselves read the document from the context.
 */
import { useValidation } from './context.js';
import { problemText } from './problem-text.js';
import { useDisplayNames, useUiLanguage } from './use-display-names.js';

/** Messages for one JSON path, in the UI's language where the core gave a code. */
export function useMessages(path: string): string[] {
  const v = useValidation();
  const lang = useUiLanguage();
  const names = useDisplayNames();
  return (v?.byPath.get(path) ?? []).map((e) => problemText(e, lang, names.station));
}
