/**
 * `npm run bench`: every benchmark of the project in one report — the whole `lanesim run`
 * process against a hand-written loop and a bare heap (wall, CPU, peak memory at 1M and 10M
 * passengers; issue 12), the engine in-process (events per second, ratio to a bare heap loop),
 * the UI's longest main-thread task during a 1,000-replication run in Chromium (issue 12), the
 * replay (frame times with 2,000 passengers on screen, in Node and in Chromium; issue 6) and a
 * full-day staffing (wall time and simulated replications; issue 17) and the CLI's worker pool
 * (replications per second with one worker and one per core, their ratio; issue 16). Targets are measured
 * here, not in timed tests, so a busy CI machine never fails a build on speed. `--quick` skips
 * the 10M-passenger memory run and the UI run; `--pool` runs the pool benchmark alone; `--ui`
 * runs the UI benchmark alone (1,000 replications, and 10,000 with `--ui-10000`; `--trace FILE`
 * keeps the Chromium trace of each UI run, FILE and FILE with `-10000` before its extension).
 */
import { formatBenchReport, runEngineBench } from './engine-bench.js';
import { formatProcessBenchReport, runProcessBench } from './process-bench.js';
import { formatReplayBenchReport, runReplayBench } from './replay-bench.js';
import { formatStaffingBenchReport, runStaffingBench } from './staffing-bench.js';
import { formatUiBenchReport, runUiBench } from './ui-longtask-bench.js';
import { formatPoolBenchReport, runPoolBench } from './pool-bench.js';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
// `--pool` runs only the worker-pool benchmark (the others take minutes); `--rounds N`, `--replications N` set its size.
const numberAfter = (flag: string) => (process.argv.includes(flag) ? Number(process.argv[process.argv.indexOf(flag) + 1]) : undefined);
const rounds = numberAfter('--rounds');
if (process.argv.includes('--pool')) {
  const pool = await runPoolBench({ rounds, replications: numberAfter('--replications') });
  console.log(json ? JSON.stringify({ pool }, null, 2) : formatPoolBenchReport(pool));
  process.exit(0);
}
const traceFile = process.argv.includes('--trace') ? process.argv[process.argv.indexOf('--trace') + 1] : undefined;
const tenThousandTrace = traceFile?.replace(/(\.[^./]*)?$/, '-10000$1');
if (process.argv.includes('--ui')) {
  const ui = await runUiBench({ traceFile });
  const ui10k = process.argv.includes('--ui-10000') ? await runUiBench({ replications: 10_000, traceFile: tenThousandTrace }) : null;
  console.log(json ? JSON.stringify({ ui, ...(ui10k ? { ui10k } : {}) }, null, 2) : [ui, ...(ui10k ? [ui10k] : [])].map(formatUiBenchReport).join('\n\n'));
  process.exit(0);
}
const processBench = await runProcessBench({ memoryPassengers: quick ? [1_000_000] : [1_000_000, 10_000_000] });
const engine = await runEngineBench();
// The UI at 1,000 replications; `--ui-10000` also at 10,000 (about ten times as long).
const ui = quick ? ({ skipped: '--quick' } as const) : await runUiBench({ traceFile });
const ui10k = !quick && process.argv.includes('--ui-10000') ? await runUiBench({ replications: 10_000, traceFile: tenThousandTrace }) : null;
const replay = await runReplayBench();
const staffing = await runStaffingBench();
const pool = await runPoolBench({ rounds });
if (json) {
  console.log(JSON.stringify({ process: processBench, engine, ui, ...(ui10k ? { ui10k } : {}), replay, staffing, pool }, null, 2));
} else {
  console.log(formatProcessBenchReport(processBench));
  console.log('');
  console.log(formatBenchReport(engine));
  console.log('');
  console.log(formatUiBenchReport(ui));
  if (ui10k) console.log(formatUiBenchReport(ui10k));
  console.log('');
  console.log(formatReplayBenchReport(replay));
  console.log('');
  console.log(formatStaffingBenchReport(staffing));
  console.log('');
  console.log(formatPoolBenchReport(pool));
}
