/**
 * Where each second goes, as text: for all passengers, each class and the slowest 5 %, the
 * mean seconds of walking, queueing, service, waiting for bags and secondary inspection and
 * their shares of the clearance time. Figures from the result's `decomposition`.
 */
import { PARTS, type Decomposition, type PartFigures } from '../sim/index.js';
import { fmtPercent, fmtSeconds } from '../present/format.js';
import { consolidationWords } from '../present/words/consolidation-words.js';
import type { Language } from '../present/words/languages.js';
import { RUN_TABLE_WORDS } from '../present/words/table-words.js';
import { formatTable } from './table.js';

export function renderDecomposition(d: Decomposition, lang: Language = 'en'): string {
  const w = consolidationWords(lang);
  const t = RUN_TABLE_WORDS[lang].decomposition;
  const cells = (mean: PartFigures, share: PartFigures) => PARTS.map((p) => `${fmtSeconds(mean[p])} (${fmtPercent(share[p], 0)})`);
  const rows: string[][] = [[t.all, ...cells(d.overall.mean, d.overall.share)]];
  for (const [id, g] of Object.entries(d.byClass)) rows.push([id, ...cells(g.mean, g.share)]);
  rows.push([t.slowest(fmtSeconds(d.overall.p95.fromSeconds)), ...cells(d.overall.p95.mean, d.overall.p95.share)]);
  let out = `\n${t.title}\n`;
  out += formatTable([{ header: t.passengers }, ...PARTS.map((p) => ({ header: w.parts[p], align: 'right' as const }))], rows);
  return out;
}
