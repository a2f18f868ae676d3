/**
 * The scenarios shipped with the app: every `scenarios/*.json` at build time, so a new file
 * there appears in the menu without touching the UI. They are validated when opened, like
 * any file, and an invalid one shows its errors instead of opening.
 */
const modules = import.meta.glob('../../scenarios/*.json', { eager: true, import: 'default' });

export interface BundledScenario {
  /** File name without extension, e.g. "harbin-t1-entry-smart". */
  id: string;
  fileName: string;
  /** The scenario's own name, when it has one. */
  name: string;
  json: unknown;
}

function nameOf(json: unknown, fallback: string): string {
  if (typeof json === 'object' && json !== null && typeof (json as { name?: unknown }).name === 'string') return (json as { name: string }).name;
  return fallback;
}

export const BUNDLED: readonly BundledScenario[] = Object.entries(modules)
  .map(([path, json]) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    const id = fileName.replace(/\.json$/, '');
    return { id, fileName, name: nameOf(json, id), json };
  })
  .sort((a, b) => a.id.localeCompare(b.id));
