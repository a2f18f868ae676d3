/** `lanesim run`: one scenario, every replication, the result as a table, JSON or CSV, optionally written to a folder. */
import { displayNames, type RunLog, type RunResult } from '../../sim/index.js';
import type { ReportLanguage } from '../../present/report/index.js';
import { summaryCsv } from '../../sim/export/index.js';
import { durationOption, expectPositionals, parseArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { RUN_OPTIONS, RUN_OPTIONS_HELP, runSettings, type OutputFormat } from '../common-options.js';
import { EXIT_OK } from '../errors.js';
import { loadScenarioFile, type LoadedScenario } from '../load-scenario.js';
import { resultJson, writeOutDir } from '../out-dir.js';
import { renderRunTable } from '../render-run.js';
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, reportLanguage, writeChartFiles, writeReportFile } from '../report-files.js';
import { MAX_RECORDED_VISITS } from '../simulate.js';
import { prepareScenarios, simulateAll } from '../pooled-run.js';
import { createBlockRunner } from '../pool/index.js';
import { runShard } from '../shard/run-shard.js';
import { refuseWithShard, SHARD_HELP, SHARD_OPTIONS, shardSetting } from '../shard/shard-option.js';
import type { CliIo } from '../io.js';
import { WORKERS_HELP, WORKERS_OPTIONS, workersSetting } from '../workers-option.js';

const NAME = 'run';

export interface RunOutputOptions {
  format: OutputFormat;
  out?: string;
  report?: string;
  charts?: string;
  language: ReportLanguage;
}

/** Prints and writes a run's result as `lanesim run` does (shared with `lanesim gather`). */
export async function emitRun(io: CliIo, loaded: LoadedScenario, result: RunResult, log: RunLog | null, options: RunOutputOptions): Promise<void> {
  const { out, report, charts, language } = options;
  if (options.format === 'json') io.stdout.write(resultJson(result));
  else if (options.format === 'csv') io.stdout.write(summaryCsv(result));
  else io.stdout.write(renderRunTable(result, loaded.file, language));
  if (out) {
    const written = await writeOutDir(out, io.cwd, result, log);
    io.stderr.write(`wrote ${written.join(', ')}${log?.truncated ? ` (passengers.csv stops after ${MAX_RECORDED_VISITS.toLocaleString('en')} visits)` : ''}\n`);
  }
  // The report and charts (ECharts) load only when asked for.
  const present = report || charts ? await import('../../present/report/index.js') : null;
  if (report && present) {
    const written = await writeReportFile(report, io.cwd, await present.runReportHtml({ scenario: loaded.scenario, result, language }));
    io.stderr.write(`wrote ${written}\n`);
  }
  if (charts && present) {
    const names = displayNames(loaded.scenario, language);
    const written = await writeChartFiles(charts, io.cwd, present.runCharts({ name: names.scenario, result, station: names.station, passengerClass: names.passengerClass }, present.reportStrings(language)), names.scenario);
    io.stderr.write(`wrote ${written.join(', ')}\n`);
  }
}

export const runCommand: Command = {
  name: NAME,
  summary: 'simulate a scenario and report clearance times, waits and queues',
  help: `Usage: lanesim run <scenario.json> [options]

Simulates the scenario's lane over its horizon, replicated with independent random
streams, and reports clearance time (mean, percentiles, 95 % intervals), the share of
passengers cleared within the target, each class and each station.

Options:
${RUN_OPTIONS_HELP}
  -o, --out DIR          also write result.json, stations.csv, passengers.csv (replication 0,
                         one row per passenger) and timeseries.csv into DIR (with --shard:
                         the partial result file, default stdout)
  -i, --interval D       width of the time-series intervals: 900, 15min, 1h (default: from
                         the horizon, at most about 240 intervals)
${REPORT_OPTIONS_HELP}
${WORKERS_HELP}
${SHARD_HELP}
  -h, --help             show this help

Examples:
  lanesim run scenarios/harbin-t1-entry-smart.json
  lanesim run scenarios/heihe-road-port.json --replications 100 --seed 7
  lanesim run scenarios/harbin-t1-exit-merged.json --format json > result.json
  lanesim run scenarios/harbin-t1-entry-classic.json --out results/classic
  lanesim run scenarios/harbin-t1-entry-smart.json --report smart.html --charts charts --lang zh-CN
  lanesim run scenarios/harbin-t1-entry-smart-day.json -r 3000 --workers 8
  lanesim run scenarios/harbin-t1-entry-smart-day.json -r 3000 --shard 2/8 --out part-2.json

Exit codes: 0 ok, 1 invalid scenario or a lane that cannot keep up (or a worker failed),
2 usage, 130 interrupted (Ctrl-C: nothing is written).
`,
  async run(argv, io) {
    const args = parseArgs(argv, [...RUN_OPTIONS, { name: 'out', short: 'o' }, { name: 'interval', short: 'i' }, ...REPORT_OPTIONS, ...WORKERS_OPTIONS, ...SHARD_OPTIONS], NAME);
    const [file] = expectPositionals(args, 1, 1, 'the scenario file (lanesim run <scenario.json>)', NAME);
    const settings = runSettings(args, NAME);
    const out = stringOption(args, 'out');
    const intervalSeconds = durationOption(args, 'interval', 1, 7 * 86_400, NAME);
    const report = stringOption(args, 'report');
    const charts = stringOption(args, 'charts');
    const language = reportLanguage(args, NAME);
    const workers = workersSetting(args, io, NAME);
    const shard = shardSetting(args, NAME);
    if (shard) refuseWithShard(args, ['format', 'report', 'charts', 'lang'], NAME);
    const loaded = await loadScenarioFile(file, io.cwd, language);
    const jobOptions = {
      seed: settings.seed ?? loaded.scenario.seed ?? 1,
      replications: settings.replications,
      allowOverload: settings.allowOverload,
      recordVisits: out ? MAX_RECORDED_VISITS : 0,
      ...(intervalSeconds !== undefined ? { intervalSeconds } : {}),
    };
    const items = prepareScenarios([loaded], shard ? { ...jobOptions, recordVisits: MAX_RECORDED_VISITS } : jobOptions);
    const runner = createBlockRunner(Math.min(workers, settings.replications));
    if (shard) {
      try {
        await runShard(NAME, items, items[0].job.options, shard, out, { runner, io, command: NAME, label: loaded.file });
      } finally {
        await runner.close();
      }
      return EXIT_OK;
    }
    let ran: Awaited<ReturnType<typeof simulateAll>>;
    try {
      ran = await simulateAll(items, { runner, io, command: NAME, label: loaded.file });
    } finally {
      await runner.close();
    }
    const { result, log } = ran[0];
    await emitRun(io, loaded, result, log, { format: settings.format, out, report, charts, language });
    return EXIT_OK;
  },
};
