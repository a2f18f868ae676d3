/**
 * A validation problem in the UI's language. Problems the core reports with a `code`
 * (offered load, JSON syntax) are worded here from their figures; the others keep the
 * core's English message, which names the JSON path and what was expected.
 */
import type { TFunction } from 'i18next';
import type { ValidationError } from '../../sim/index.js';

/** The problem's text; `station` turns a station id into its display name. */
export function problemText(e: ValidationError, t: TFunction, station: (id: string) => string): string {
  if (!e.code || !e.values) return e.message;
  const values: Record<string, string | number> = { ...e.values };
  if (typeof values.station === 'string') values.station = station(values.station);
  return t(`problems.${e.code}`, { ...values, defaultValue: e.message });
}
