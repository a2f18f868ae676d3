/**
 * Text that came from a scenario file, made safe for the places it is written to: control
 * characters shown as `\uXXXX` escapes (terminals, CSV files someone may `cat`), and CSV
 * cells that a spreadsheet would run as a formula neutralised (OWASP "CSV Injection").
 * Shared by the command line and the app so both write the same bytes.
 */

/** C0 except TAB/LF/CR, DEL, C1, bidi embeddings/overrides/isolates/marks, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
}

/**
 * Shows every control character as a `\uXXXX` escape. TAB, LF and CR stay unless
 * `all`; the escape is valid inside a JSON string, so JSON text stays JSON.
 */
export function escapeControls(text: string, all = false): string {
  const escaped = text.replace(CONTROLS, escapeOne);
  return all ? escaped.replace(/[\t\n\r]/g, escapeOne) : escaped;
}

/** A spreadsheet runs a cell starting with one of these as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-3", "+1.5e3") is data, not a formula, and stays a number. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Prefixes a formula-looking text cell with `'` so spreadsheets show it as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
