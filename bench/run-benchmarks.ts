/**
 * `npm run bench`: every benchmark of the project in one report — the engine (events per
 * second, ratio to a bare heap loop, peak memory; issue 2) and the replay (frame times with
 * 2,000 passengers on screen, in Node and in Chromium; issue 6). Targets are measured here,
 * not in timed tests, so a busy CI machine never fails a build on speed.
 */
import { formatBenchReport, runEngineBench } from './engine-bench.js';
import { formatReplayBenchReport, runReplayBench } from './replay-bench.js';

const json = process.argv.includes('--json');
const engine = await runEngineBench();
const replay = await runReplayBench();
if (json) {
  console.log(JSON.stringify({ engine, replay }, null, 2));
} else {
  console.log(formatBenchReport(engine));
  console.log('');
  console.log(formatReplayBenchReport(replay));
}
