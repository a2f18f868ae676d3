/**
 * Where each second goes, as text: for all passengers, each class and the slowest 5 %, the
 * mean seconds of walking, queueing, service, waiting for bags and secondary inspection and
 * their shares of the clearance time. Figures from the result's `decomposition`.
 */
import { PARTS, type Decomposition, type PartFigures } from '../sim/index.js';
import { fmtPercent, fmtSeconds } from '../present/format.js';
import { consolidationWords } from '../present/words/consolidation-words.js';
import { formatTable } from './table.js';

export function renderDecomposition(d: Decomposition): string {
  const w = consolidationWords('en');
  const cells = (mean: PartFigures, share: PartFigures) => PARTS.map((p) => `${fmtSeconds(mean[p])} (${fmtPercent(share[p], 0)})`);
  const rows: string[][] = [['all', ...cells(d.overall.mean, d.overall.share)]];
  for (const [id, g] of Object.entries(d.byClass)) rows.push([id, ...cells(g.mean, g.share)]);
  rows.push([`slowest 5 % (≥ ${fmtSeconds(d.overall.p95.fromSeconds)} s)`, ...cells(d.overall.p95.mean, d.overall.p95.share)]);
  let out = '\nWhere each second goes (mean seconds per passenger, share of clearance)\n';
  out += formatTable([{ header: 'passengers' }, ...PARTS.map((p) => ({ header: w.parts[p], align: 'right' as const }))], rows);
  return out;
}
