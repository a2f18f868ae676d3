/**
 * `lanesim gather`: combines the partial results of `lanesim run|compare|sweep --shard K/N`
 * into the result one process would have computed — byte-identical JSON, wall time aside —
 * and prints or writes it as that command would. Refuses slices of different work,
 * duplicates, missing slices and damaged files, naming each.
 */
import { SimulationError } from '../../sim/index.js';
import { expectPositionals, parseArgs, stringOption, choiceOption } from '../args.js';
import type { Command } from '../command.js';
import { OUTPUT_FORMATS } from '../common-options.js';
import { EXIT_OK, InputError, UsageError } from '../errors.js';
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, reportLanguage } from '../report-files.js';
import { checkSlices, type ReadPartial } from '../shard/gather-check.js';
import { combineSlices } from '../shard/combine.js';
import { PARTIAL_FORMAT } from '../shard/partial.js';
import { PartialFileError, readPartialFile } from '../shard/read-partial.js';
import { emitCompare } from './compare.js';
import { emitRun } from './run.js';
import { emitSweep } from './sweep.js';

const NAME = 'gather';

export const gatherCommand: Command = {
  name: NAME,
  summary: 'combine the partial results of sharded runs, compares or sweeps into one result',
  help: `Usage: lanesim gather <partial.json…> [options]

Combines the slices written by \`lanesim run|compare|sweep … --shard K/N\` (${PARTIAL_FORMAT})
into the result a single process would have computed: the same JSON to the byte (wall time
aside: the longest slice's), printed and written as that command prints and writes it.
Every slice 1…N must be given once, all of the same scenarios, seed, settings and LaneSim
version; otherwise nothing is written and each problem is named (exit 1).

Options:
  -f, --format F         table (default), json or csv
  -o, --out DIR          (run) also write result.json, stations.csv, passengers.csv, timeseries.csv
${REPORT_OPTIONS_HELP}
  -h, --help             show this help

Examples:
  lanesim gather part-*.json
  lanesim gather part-1.json part-2.json part-3.json --format json > result.json
  lanesim gather study/part-*.json --out results/day --report day.html

Exit codes: 0 ok, 1 a missing, duplicate, mixed or damaged slice (each named), 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(argv, [{ name: 'format', short: 'f' }, { name: 'out', short: 'o' }, ...REPORT_OPTIONS], NAME);
    const files = expectPositionals(args, 1, 100_000, 'the partial result files (lanesim gather part-*.json)', NAME);
    const format = choiceOption(args, 'format', OUTPUT_FORMATS, 'table', NAME);
    const out = stringOption(args, 'out');
    const report = stringOption(args, 'report');
    const charts = stringOption(args, 'charts');
    const language = reportLanguage(args, NAME);

    const parts: ReadPartial[] = [];
    const problems: string[] = [];
    for (const file of files) {
      try {
        parts.push({ file, doc: await readPartialFile(file, io.cwd) });
      } catch (e) {
        if (!(e instanceof PartialFileError)) throw e;
        problems.push(e.message);
      }
    }
    problems.push(...checkSlices(parts, { missing: problems.length === 0 }));
    if (problems.length > 0) throw new InputError(`${problems.join('\n')}\nlanesim gather: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing written`);

    const command = parts[0].doc.command;
    if (out !== undefined && command !== 'run') throw new UsageError(`--out DIR goes with slices of \`lanesim run\`; these are of \`lanesim ${command}\``, NAME);
    if ((report !== undefined || charts !== undefined) && command === 'sweep') throw new UsageError('--report and --charts go with slices of `lanesim run` or `lanesim compare`', NAME);

    let gathered;
    try {
      gathered = combineSlices(parts);
    } catch (e) {
      if (e instanceof PartialFileError) throw new InputError(`${e.message}\nlanesim gather: nothing written`);
      if (e instanceof SimulationError) throw new InputError(`${parts[0].file}: ${e.message}`);
      throw e;
    }
    if (gathered.command === 'run') await emitRun(io, gathered.loaded, gathered.result, gathered.log, { format, out, report, charts, language });
    else if (gathered.command === 'compare') await emitCompare(io, gathered.loaded, gathered.results, { format, report, charts, language });
    else emitSweep(io, gathered.result, gathered.loaded.file, format);
    return EXIT_OK;
  },
};
