/**
 * `lanesim sweep … --shard K/N`: the slice's part of the points × replications grid on the
 * local pool, written as a partial result. Overloaded points are recorded by every slice.
 */
import { scenarioHash, type SweepSpec } from '../../sim/index.js';
import type { LoadedScenario } from '../load-scenario.js';
import type { PoolContext } from '../pooled-run.js';
import { planSweep, runSweepBlocks } from '../pooled-sweep.js';
import { makePartial } from './partial.js';
import { encodePart, sweepSliceRanges, type PointPart } from './shard-work.js';
import type { Shard } from './shard-option.js';
import { emitPartial } from './write-partial.js';

/** Runs the slice of the sweep and writes its partial. */
export async function sweepShard(
  loaded: LoadedScenario,
  spec: SweepSpec,
  settings: { seed?: number; replications: number },
  shard: Shard,
  out: string | undefined,
  ctx: PoolContext,
): Promise<void> {
  const t0 = ctx.io.now();
  const plan = planSweep(loaded, spec, settings);
  const ranges = sweepSliceRanges(plan.points.length, plan.replications, shard);
  const blocks = await runSweepBlocks(loaded, plan, ranges, {
    ...ctx,
    label: `${ctx.label} [slice ${shard.index}/${shard.count}]`,
  });
  const points: PointPart[] = plan.jobs.map((j, i) =>
    'job' in j
      ? { status: 'ok', ...encodePart(ranges[i], blocks[i]) }
      : { status: 'unstable', message: j.unstable.message, stations: j.unstable.stations },
  );
  const hash = scenarioHash(loaded.scenario);
  const doc = makePartial({
    command: 'sweep',
    scenarioHash: hash,
    seed: plan.seed,
    slice: shard,
    settings: {
      replications: plan.replications,
      params: spec.params.map((p) => ({ path: p.path, values: [...p.values] })),
      metric: { ...spec.metric },
    },
    scenarios: [{ file: loaded.file, hash: hash, scenario: loaded.scenario }],
    wallMs: Math.round(ctx.io.now() - t0),
    payload: { points },
  });
  await emitPartial(doc, out, ctx.io);
}
