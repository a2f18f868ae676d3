/**
 * `npm run bench`: every benchmark of the project in one report — the engine (events per
 * second, ratio to a bare heap loop, peak memory; issue 2) and the replay (frame times with
 * 2,000 passengers on screen, in Node and in Chromium; issue 6) and a full-day staffing
 * (wall time and simulated replications; issue 17). Targets are measured here,
 * not in timed tests, so a busy CI machine never fails a build on speed.
 */
import { formatBenchReport, runEngineBench } from './engine-bench.js';
import { formatReplayBenchReport, runReplayBench } from './replay-bench.js';
import { formatStaffingBenchReport, runStaffingBench } from './staffing-bench.js';

const json = process.argv.includes('--json');
const engine = await runEngineBench();
const replay = await runReplayBench();
const staffing = await runStaffingBench();
if (json) {
  console.log(JSON.stringify({ engine, replay, staffing }, null, 2));
} else {
  console.log(formatBenchReport(engine));
  console.log('');
  console.log(formatReplayBenchReport(replay));
  console.log('');
  console.log(formatStaffingBenchReport(staffing));
}
