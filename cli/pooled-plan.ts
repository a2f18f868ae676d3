/**
 * `lanesim plan` on the worker pool: the planner's search stays in this thread (each step
 * depends on the figures before it), and every batch of replications it asks for (a point's
 * first replications, the extra ones near the target, the candidates of one step, the
 * neighbours of an answer) runs on the pool as blocks. The answer is `planCapacity()`'s for
 * any number of workers (a point's statistics depend only on its scenario, seed and
 * replication indices, and blocks merge exactly).
 */
import type { BlockStats, PlanBlockRequest, PlanBlockRunner } from '../sim/index.js';
import { cutBlocks, makeJob, runBlocks, type BlockRunner, type BlockTask } from './pool/index.js';

/** A PlanBlockRunner over the pool: each request cut into blocks, all of a batch's blocks on the workers together. */
export function poolPlanRunner(runner: BlockRunner, command: string, signal: AbortSignal | undefined): PlanBlockRunner {
  return async (requests, ran) => {
    const tasks: BlockTask[] = [];
    const owner = new Map<BlockTask, PlanBlockRequest>();
    const index: number[] = [];
    requests.forEach((req, k) => {
      const job = makeJob(req.scenario, { seed: req.seed, replications: req.replications, allowOverload: false, recordVisits: 0 });
      for (const b of cutBlocks({ first: req.first, count: req.count }, runner.blockSize(req.count))) {
        const task = { job, first: b.first, count: b.count };
        tasks.push(task);
        owner.set(task, req);
        index.push(k);
      }
    });
    const out = await runBlocks(runner, tasks, { command, signal, onBlock: (t) => ran(owner.get(t)!, t.count) });
    const blocks: BlockStats[][] = requests.map(() => []);
    out.forEach((b, i) => blocks[index[i]].push(b.stats));
    return blocks;
  };
}
