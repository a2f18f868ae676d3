/**
 * `lanesim run|compare … --shard K/N`: the slice's replications of every scenario on the
 * local pool, written as a partial result instead of the final output.
 */
import type { JobOptions } from '../pool/job.js';
import { runScenarioBlocks, type PoolContext, type PreparedScenario } from '../pooled-run.js';
import { makePartial, scenariosHash, type PartialCommand } from './partial.js';
import { encodePart, runSliceRanges } from './shard-work.js';
import type { Shard } from './shard-option.js';
import { emitPartial } from './write-partial.js';

/** Runs the slice and writes its partial; `settings` are the job options every slice must share. */
export async function runShard(
  command: PartialCommand,
  items: readonly PreparedScenario[],
  options: JobOptions,
  shard: Shard,
  out: string | undefined,
  ctx: PoolContext,
): Promise<void> {
  const t0 = ctx.io.now();
  const ranges = runSliceRanges(items.length, options.replications, shard);
  const blocks = await runScenarioBlocks(items, ranges, {
    ...ctx,
    label: `${ctx.label} [slice ${shard.index}/${shard.count}]`,
  });
  const { seed, ...settings } = options;
  const scenarios = items.map((it) => ({
    file: it.loaded.file,
    hash: it.prepared.hash,
    scenario: it.loaded.scenario,
  }));
  const doc = makePartial({
    command,
    scenarioHash: scenariosHash(scenarios.map((s) => s.hash)),
    seed,
    slice: shard,
    settings: { ...settings },
    scenarios,
    wallMs: Math.round(ctx.io.now() - t0),
    payload: { jobs: items.map((_, i) => encodePart(ranges[i], blocks[i])) },
  });
  await emitPartial(doc, out, ctx.io);
}
