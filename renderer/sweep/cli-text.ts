/**
 * The command line that repeats what the view runs (`lanesim sweep …` / `lanesim plan …`),
 * shown under the form: the planner can rerun or script it and get the same numbers.
 */
import type { PlanRequest } from './plan-form.js';
import type { SweepRequest } from './sweep-form.js';
import { fmtParam } from '../../present/sweep-format.js';

function quote(s: string): string {
  return /^[A-Za-z0-9_./:,=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function sweepCommandLine(file: string, req: SweepRequest): string {
  const parts = ['lanesim', 'sweep', quote(file)];
  req.spec.params.forEach((p, i) => {
    const n = i === 0 ? '' : '2';
    parts.push(`--param${n}`, quote(p.path), `--values${n}`, p.values.map(fmtParam).join(','));
  });
  const m = req.spec.metric;
  parts.push('--metric', 'station' in m ? quote(`${m.station}.${m.name}`) : m.name);
  parts.push('--replications', String(req.replications), '--seed', String(req.seed));
  return parts.join(' ');
}

export function planCommandLine(file: string, req: PlanRequest): string {
  const parts = ['lanesim', 'plan', quote(file), '--stations', req.spec.stations.map((s) => s.id).join(','), '--target', quote(req.targetText)];
  const mins = req.spec.stations.filter((s) => s.min !== undefined).map((s) => `${s.id}=${s.min}`);
  const maxs = req.spec.stations.filter((s) => s.max !== undefined).map((s) => `${s.id}=${s.max}`);
  if (mins.length) parts.push('--min', mins.join(','));
  if (maxs.length) parts.push('--max', maxs.join(','));
  parts.push('--replications', String(req.options.replications), '--max-replications', String(req.options.maxReplications), '--seed', String(req.options.seed));
  return parts.join(' ');
}
