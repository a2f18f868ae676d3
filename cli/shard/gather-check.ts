/**
 * Whether a set of partials can be combined: all slices of the same work (command,
 * scenarios, seed, settings, engine, slice count), each slice exactly once. Every problem is
 * reported, each naming its file (or the missing slice), so one look fixes the set.
 */
import { canonicalJson } from '../../sim/index.js';
import type { PartialDoc } from './partial.js';

export interface ReadPartial {
  file: string;
  doc: PartialDoc;
}

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

function settingsDiff(a: Record<string, unknown>, b: Record<string, unknown>): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]))
    .map((k) => `${k} ${canonicalJson(b[k]) ?? 'absent'} vs ${canonicalJson(a[k]) ?? 'absent'}`)
    .join(', ');
}

function listSlices(indices: number[], count: number): string {
  const shown = indices.slice(0, 20).join(', ');
  return `${indices.length === 1 ? 'slice' : 'slices'} ${shown}${indices.length > 20 ? `, … (${indices.length} in all)` : ''} of ${count}`;
}

/** Problems with the set, one line each (empty when the slices combine). */
export function checkSlices(parts: readonly ReadPartial[], options: { missing?: boolean } = {}): string[] {
  if (parts.length === 0) return [];
  const problems: string[] = [];
  const ref = parts[0];
  const r = ref.doc;
  const same: ReadPartial[] = [ref];
  for (const p of parts.slice(1)) {
    const d = p.doc;
    const before = problems.length;
    if (d.engine !== r.engine) problems.push(`${p.file}: written by LaneSim engine ${d.engine}, ${ref.file} by ${r.engine}; slices must come from one version`);
    if (d.command !== r.command) problems.push(`${p.file}: a slice of \`lanesim ${d.command}\`, ${ref.file} of \`lanesim ${r.command}\``);
    if (d.scenarioHash !== r.scenarioHash) {
      const names = (x: PartialDoc) => x.scenarios.map((s) => s.file).join(', ');
      problems.push(`${p.file}: a slice of other scenarios (${names(d)}, hash ${short(d.scenarioHash)}) than ${ref.file} (${names(r)}, hash ${short(r.scenarioHash)})`);
    }
    if (d.seed !== r.seed) problems.push(`${p.file}: seed ${d.seed}, ${ref.file} has seed ${r.seed}`);
    if (canonicalJson(d.settings) !== canonicalJson(r.settings)) problems.push(`${p.file}: other settings than ${ref.file}: ${settingsDiff(r.settings, d.settings)}`);
    if (d.slice.count !== r.slice.count) problems.push(`${p.file}: slice ${d.slice.index} of ${d.slice.count}, ${ref.file} is a slice of ${r.slice.count}`);
    if (problems.length === before) same.push(p);
  }
  const byIndex = new Map<number, string>();
  for (const p of same) {
    const seen = byIndex.get(p.doc.slice.index);
    if (seen !== undefined) problems.push(`${p.file}: slice ${p.doc.slice.index}/${p.doc.slice.count} again (also in ${seen})`);
    else byIndex.set(p.doc.slice.index, p.file);
  }
  if (problems.length === 0 && options.missing !== false) {
    const missing: number[] = [];
    for (let k = 1; k <= r.slice.count; k++) if (!byIndex.has(k)) missing.push(k);
    if (missing.length > 0) problems.push(`missing ${listSlices(missing, r.slice.count)} (no file given holds ${missing.length === 1 ? 'it' : 'them'})`);
  }
  return problems;
}
