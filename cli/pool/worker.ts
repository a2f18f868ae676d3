/**
 * The worker-thread entry (bundled to dist/cli-worker.mjs by scripts/build-cli.mjs):
 * tinypool calls the default export with each block task.
 */
import { answerTask, PreparedCache, type BlockAnswer, type BlockTask } from './block-task.js';

const cache = new PreparedCache();

/** Runs one block of replications in this worker thread. */
export default function runBlockTask(task: BlockTask): BlockAnswer {
  return answerTask(cache, task);
}
