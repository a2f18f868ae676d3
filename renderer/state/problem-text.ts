/**
 * A validation problem in the UI's language: the core gives a code and its figures, and
 * present/words/validation-words.ts words it (station ids shown by their display names).
 */
import type { ValidationError } from '../../sim/index.js';
import type { Language } from '../../present/words/languages.js';
import { validationText } from '../../present/words/validation-words.js';

/** The problem's text; `station` turns a station id into its display name. */
export function problemText(e: ValidationError, lang: Language, station: (id: string) => string): string {
  return validationText(e, lang, { station });
}
