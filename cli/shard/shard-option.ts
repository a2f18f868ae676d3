/**
 * `--shard K/N`: compute only the K-th of N slices of the work and write a partial result
 * (`lanesim/partial@1`) for `lanesim gather`. Slices are contiguous and differ in size by at
 * most one replication (cli/pool/blocks.ts sliceOf); a slice may be empty when N exceeds
 * the work, so a fixed-size array job always fits.
 */
import { stringOption, type OptionSpec, type ParsedArgs } from '../args.js';
import { UsageError } from '../errors.js';

export const MAX_SHARDS = 10_000;

export const SHARD_OPTIONS: OptionSpec[] = [{ name: 'shard' }];

export const SHARD_HELP = `      --shard K/N        compute only slice K of N (1 ≤ K ≤ N ≤ ${MAX_SHARDS.toLocaleString('en')}) and write a partial
                         result (lanesim/partial@1) to stdout or --out FILE; combine the
                         slices with \`lanesim gather\``;

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The --shard option, or null when absent. */
export function shardSetting(args: ParsedArgs, command: string): Shard | null {
  const text = stringOption(args, 'shard');
  if (text === undefined) return null;
  const m = /^(\d{1,5})\/(\d{1,5})$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UsageError(
      `--shard: expected K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS.toLocaleString('en')} (e.g. 2/8), got "${text}"`,
      command,
    );
  }
  return { index, count };
}

/** Options that make no sense on a shard (they shape the final output, which gather writes). */
export function refuseWithShard(args: ParsedArgs, names: readonly string[], command: string): void {
  for (const name of names) {
    if (args.options.has(name))
      throw new UsageError(
        `--${name} does not go with --shard (a shard writes a partial result); give it to \`lanesim gather\``,
        command,
      );
  }
}
