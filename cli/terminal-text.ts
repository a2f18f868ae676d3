/**
 * Text from a scenario file (names, labels, unknown keys quoted in messages) must not
 * drive the user's terminal: an ESC or a C1 CSI in a station label could move the cursor,
 * rewrite earlier lines, change the window title or worse. Every string the CLI writes goes
 * through these, which show C0/C1 controls, DEL and the bidirectional overrides as
 * `\u001b`-style escapes (sim/export/text-safety.ts): readable, and still valid inside JSON
 * strings. The progress bar's own two sequences are the only controls let through.
 */
import { escapeControls } from '../sim/export/text-safety.js';

/** For stdout: TAB, LF and CRLF (CSV line ends) stay; a lone CR and every other control is escaped. */
export function escapeForStdout(text: string): string {
  return escapeControls(text).replace(/\r(?!\n)/g, '\\u000d');
}

/** The progress bar's carriage return and erase-line sequence, the only controls written on purpose. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PROGRESS_SEQUENCE = /(\r|\u001b\[K)/;

/** For stderr: like stdout, but a CR is only let through as part of the progress bar. */
export function escapeForStderr(text: string): string {
  return text
    .split(PROGRESS_SEQUENCE)
    .map((part, i) => (i % 2 === 1 ? part : escapeControls(part)))
    .join('');
}

/** For a table cell: every control escaped, TAB and line breaks too (they would break the columns). */
export function escapeCell(text: string): string {
  return escapeControls(text, true);
}
