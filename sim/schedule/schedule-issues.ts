/** Issue sentences and class-name lookups for schedule import, the same in the CLI and the app. */
import { normalizeHeader } from './schedule-columns.js';
import type { ScheduleIssue } from './parse-schedule.js';

/** "day.csv: row 5, column "STA" (B): expected a time …" — file, row and column, then what was expected. */
export function formatIssue(file: string, issue: ScheduleIssue): string {
  const where = [
    issue.row !== null ? `row ${issue.row}` : null,
    issue.column !== null ? `column ${issue.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${file}: ${where ? `${where}: ` : ''}${issue.message}`;
}

/**
 * The names a class-mix column may carry, normalised: the class id, its label, and its names in
 * every translation ("citizen", "Chinese citizens", "中国公民" → "citizen").
 */
export function classNamesOf(base: Record<string, unknown> | null | undefined): Map<string, string> {
  const names = new Map<string, string>();
  const classes = Array.isArray(base?.classes) ? (base.classes as unknown[]) : [];
  for (const c of classes) {
    if (c === null || typeof c !== 'object') continue;
    const { id, label } = c as { id?: unknown; label?: unknown };
    if (typeof id !== 'string') continue;
    names.set(normalizeHeader(id), id);
    if (typeof label === 'string') names.set(normalizeHeader(label), id);
  }
  const tr = base?.translations;
  if (tr && typeof tr === 'object') {
    for (const t of Object.values(tr as Record<string, unknown>)) {
      const cls = (t as { classes?: unknown } | null)?.classes;
      if (!cls || typeof cls !== 'object') continue;
      for (const [id, name] of Object.entries(cls as Record<string, unknown>))
        if (typeof name === 'string' && names.has(normalizeHeader(id))) names.set(normalizeHeader(name), id);
    }
  }
  return names;
}
