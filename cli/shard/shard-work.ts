/**
 * What a slice holds, decided in one place for both sides: the shard computes it, gather
 * checks it. Run and compare: every scenario's replications cut into N contiguous slices.
 * Sweep: the grid of points × replications cut into N slices, so shards stay even when
 * points are few; a point where a station cannot keep up is a finding every shard records.
 */
import { sliceOf, type Range } from '../pool/blocks.js';
import { checkBlockOutput, type BlockOutput } from '../pool/job.js';
import type { PreparedRun } from '../../sim/index.js';
import { decodePayload, encodePayload, type Encoded } from './payload-codec.js';
import type { Shard } from './shard-option.js';

/** One job's part of a slice: its range and encoded blocks. */
export type JobPart = {
  first: number;
  count: number;
  blocks: Encoded[];
};

export type PointPart =
  ({ status: 'ok' } & JobPart) | { status: 'unstable'; message: string; stations: string[] };

/** The range of replications slice `shard` holds of each of `jobs` jobs (run, compare). */
export function runSliceRanges(jobs: number, replications: number, shard: Shard): Range[] {
  const r = sliceOf(replications, shard.index, shard.count);
  return Array.from({ length: jobs }, () => r);
}

/** The range of each point's replications in slice `shard` of the points × replications grid. */
export function sweepSliceRanges(points: number, replications: number, shard: Shard): Range[] {
  const s = sliceOf(points * replications, shard.index, shard.count);
  return Array.from({ length: points }, (_, p) => {
    const lo = Math.max(s.first, p * replications);
    const hi = Math.min(s.first + s.count, (p + 1) * replications);
    return hi > lo ? { first: lo - p * replications, count: hi - lo } : { first: 0, count: 0 };
  });
}

/** A job's part of the slice, blocks encoded for JSON. */
export function encodePart(range: Range, blocks: readonly BlockOutput[]): JobPart {
  return {
    first: range.first,
    count: range.count,
    blocks: blocks.map((b, i) => encodePayload(b, `blocks[${i}]`)),
  };
}

/**
 * Decodes a job's part and checks it is exactly `expected` (range and replications); throws
 * an Error whose message starts with the JSON path of the problem.
 */
export function decodePart(part: unknown, expected: Range, prepared: PreparedRun, path: string): BlockOutput[] {
  const p = part as Partial<JobPart> | null;
  if (typeof p !== 'object' || p === null)
    throw new Error(`${path}: expected an object {first, count, blocks}`);
  if (p.first !== expected.first || p.count !== expected.count) {
    throw new Error(
      `${path}: holds replications ${String(p.first)}…+${String(p.count)}, expected ${expected.first}…+${expected.count} for this slice`,
    );
  }
  if (!Array.isArray(p.blocks)) throw new Error(`${path}.blocks: expected an array`);
  const out: BlockOutput[] = [];
  let next = expected.first;
  p.blocks.forEach((b, i) => {
    const decoded = decodePayload(b, `${path}.blocks[${i}]`);
    const reps = (decoded as { stats?: { replications?: unknown } } | null)?.stats?.replications;
    const n = Array.isArray(reps) ? reps.length : 0;
    if (n === 0) throw new Error(`${path}.blocks[${i}]: expected the statistics of at least one replication`);
    out.push(checkBlockOutput(decoded, prepared, next, n, `${path}.blocks[${i}]`));
    next += n;
  });
  if (next !== expected.first + expected.count)
    throw new Error(`${path}.blocks: hold ${next - expected.first} replications, expected ${expected.count}`);
  return out;
}
