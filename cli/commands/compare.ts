/**
 * `lanesim compare`: two or more scenarios run with the same seed and replications (common
 * random numbers), each compared pair by pair against the first.
 */
import { compareResults, displayNames, type RunResult } from '../../sim/index.js';
import { comparisonCsv } from '../../sim/export/index.js';
import { parseArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { RUN_OPTIONS, RUN_OPTIONS_HELP, runSettings, type OutputFormat } from '../common-options.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { loadScenarioFile, type LoadedScenario } from '../load-scenario.js';
import { renderCompareTable } from '../render-compare.js';
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, reportLanguage, writeChartFiles, writeReportFile } from '../report-files.js';
import { prepareScenarios, simulateAll } from '../pooled-run.js';
import { createBlockRunner } from '../pool/index.js';
import { runShard } from '../shard/run-shard.js';
import { refuseWithShard, SHARD_HELP, SHARD_OPTIONS, shardSetting } from '../shard/shard-option.js';
import type { CliIo } from '../io.js';
import type { ReportLanguage } from '../../present/report/index.js';
import { WORKERS_HELP, WORKERS_OPTIONS, workersSetting } from '../workers-option.js';

const NAME = 'compare';

export interface CompareOutputOptions {
  format: OutputFormat;
  report?: string;
  charts?: string;
  language: ReportLanguage;
}

/** Compares each result with the first, prints and writes them as `lanesim compare` does (shared with `lanesim gather`). */
export async function emitCompare(io: CliIo, loaded: readonly LoadedScenario[], results: RunResult[], options: CompareOutputOptions): Promise<void> {
  const { report, charts, language } = options;
  const comparisons = results.slice(1).map((r) => compareResults(results[0], r));
  if (options.format === 'json') io.stdout.write(JSON.stringify({ results, comparisons }, null, 2) + '\n');
  else if (options.format === 'csv') io.stdout.write(comparisonCsv(comparisons));
  else io.stdout.write(renderCompareTable(results, loaded.map((l) => l.file), comparisons, language));
  const runs = loaded.map((l, i) => {
    const names = displayNames(l.scenario, language);
    return { name: names.scenario, scenario: l.scenario, result: results[i], station: names.station, passengerClass: names.passengerClass };
  });
  // The report and charts (ECharts) load only when asked for.
  const present = report || charts ? await import('../../present/report/index.js') : null;
  if (report && present) {
    const written = await writeReportFile(report, io.cwd, await present.compareReportHtml({ runs, comparisons, language }));
    io.stderr.write(`wrote ${written}\n`);
  }
  if (charts && present) {
    const written = await writeChartFiles(charts, io.cwd, present.compareCharts(runs, present.reportStrings(language), comparisons), runs.map((r) => r.name).join(' · '));
    io.stderr.write(`wrote ${written.join(', ')}\n`);
  }
}

export const compareCommand: Command = {
  name: NAME,
  summary: 'run scenarios side by side and test which is better (paired, 95 %)',
  help: `Usage: lanesim compare <a.json> <b.json> [more.json …] [options]

Runs every scenario with the same seed and replications, so replication r of each sees
the same random streams (common random numbers), and compares each scenario against the
first (the baseline): mean and p95 clearance, share within target, throughput and the
wait at every station the two share, with the paired difference B − A, its 95 %
interval, which is better and whether the difference is significant.

Options:
${RUN_OPTIONS_HELP}
${REPORT_OPTIONS_HELP}
${WORKERS_HELP}
${SHARD_HELP}
  -o, --out FILE         with --shard: the partial result file (default stdout)
  -h, --help             show this help

  --format json prints {"results": [RunResult…], "comparisons": [Comparison…]};
  --format csv prints one row per metric per scenario.

Examples:
  lanesim compare scenarios/harbin-t1-entry-classic.json scenarios/harbin-t1-entry-smart.json
  lanesim compare scenarios/harbin-t1-exit-classic.json scenarios/harbin-t1-exit-merged.json -r 50
  lanesim compare base.json more-desks.json more-egates.json --format csv > compare.csv
  lanesim compare scenarios/harbin-t1-exit-classic.json scenarios/harbin-t1-exit-merged.json --report exit.html --charts charts

Exit codes: 0 ok, 1 invalid scenario or a lane that cannot keep up (or a worker failed),
2 usage, 130 interrupted (Ctrl-C: nothing is written).
`,
  async run(argv, io) {
    const args = parseArgs(argv, [...RUN_OPTIONS, ...REPORT_OPTIONS, ...WORKERS_OPTIONS, ...SHARD_OPTIONS, { name: 'out', short: 'o' }], NAME);
    if (args.positionals.length < 2) throw new UsageError('compare needs at least two scenario files', NAME);
    const settings = runSettings(args, NAME);
    const report = stringOption(args, 'report');
    const charts = stringOption(args, 'charts');
    const language = reportLanguage(args, NAME);
    const workers = workersSetting(args, io, NAME);
    const shard = shardSetting(args, NAME);
    if (shard) refuseWithShard(args, ['format', 'report', 'charts', 'lang'], NAME);
    else if (args.options.has('out')) throw new UsageError('--out goes with --shard (the partial result file); compare prints its result', NAME);
    const loaded: LoadedScenario[] = [];
    for (const file of args.positionals) loaded.push(await loadScenarioFile(file, io.cwd, language));
    // One seed for all, so the comparison is paired.
    const seed = settings.seed ?? loaded[0].scenario.seed ?? 1;
    const items = prepareScenarios(loaded, { seed, replications: settings.replications, allowOverload: settings.allowOverload, recordVisits: 0 });
    const runner = createBlockRunner(Math.min(workers, settings.replications * loaded.length));
    if (shard) {
      try {
        await runShard(NAME, items, items[0].job.options, shard, stringOption(args, 'out'), { runner, io, command: NAME, label: `compare ${loaded.length} scenarios` });
      } finally {
        await runner.close();
      }
      return EXIT_OK;
    }
    let results: RunResult[];
    try {
      results = (await simulateAll(items, { runner, io, command: NAME, label: `compare ${loaded.length} scenarios` })).map((r) => r.result);
    } finally {
      await runner.close();
    }
    await emitCompare(io, loaded, results, { format: settings.format, report, charts, language });
    return EXIT_OK;
  },
};
