/**
 * Plain-text tables for the terminal: columns aligned (numbers right, words left), a
 * header underlined, optional indentation. Width is measured in terminal cells, so
 * Chinese labels (two cells per character) still line up. Cells are escaped
 * (terminal-text.ts): a label with a line break or ESC cannot break or drive the table.
 */
import { escapeCell } from './terminal-text.js';

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** Terminal cells a string takes: East Asian wide characters count two. */
export function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - cellWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Renders rows under headers; each line ends with a newline. */
export function formatTable(columns: readonly Column[], rawRows: readonly (readonly string[])[], options: { indent?: number; gap?: number } = {}): string {
  const rows = rawRows.map((r) => r.map(escapeCell));
  const indent = ' '.repeat(options.indent ?? 2);
  const gap = ' '.repeat(options.gap ?? 2);
  const widths = columns.map((c, i) => Math.max(cellWidth(c.header), ...rows.map((r) => cellWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    indent +
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i], c.align ?? 'left'))
      .join(gap)
      .trimEnd() +
    '\n';
  let out = line(columns.map((c) => c.header));
  out += indent + widths.map((w) => '─'.repeat(w)).join(gap) + '\n';
  for (const r of rows) out += line(r);
  return out;
}
