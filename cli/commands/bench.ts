/** `lanesim bench`: the engine benchmark (bench/engine-bench.ts): events per second and the ratio to a bare heap loop. */
import { formatBenchReport, runEngineBench } from '../../bench/engine-bench.js';
import { choiceOption, expectPositionals, intOption, parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../errors.js';

const NAME = 'bench';

export const benchCommand: Command = {
  name: NAME,
  summary: 'measure engine speed: events per second, ratio to a bare heap loop',
  help: `Usage: lanesim bench [options]

Runs one replication of a 4-station tandem lane with a 5 % secondary branch (1,000,000
passengers by default) and a bare event-calendar loop with the same number of events,
and reports events per second, the ratio between the two and peak memory.

Options:
  -p, --passengers N   passengers in the benchmark lane (default 1,000,000)
  -f, --format F       table (default) or json
  -h, --help           show this help

Examples:
  lanesim bench
  lanesim bench --passengers 200000 --format json

Exit codes: 0 ok, 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(argv, [{ name: 'passengers', short: 'p' }, { name: 'format', short: 'f' }], NAME);
    expectPositionals(args, 0, 0, '', NAME);
    const passengers = intOption(args, 'passengers', 1000, 20_000_000, NAME);
    const format = choiceOption(args, 'format', ['table', 'json'] as const, 'table', NAME);
    const report = await runEngineBench(passengers === undefined ? {} : { passengers });
    const text = format === 'json' ? JSON.stringify(report, null, 2) : formatBenchReport(report);
    io.stdout.write(text.endsWith('\n') ? text : text + '\n');
    return EXIT_OK;
  },
};
