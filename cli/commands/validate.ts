/**
 * `lanesim validate`: checks files without running them — shape, references, sums, a way
 * out of the lane, and whether any station's offered load reaches 1 (the run would be
 * refused). Checks every file and reports every problem, then exits 1 if any failed.
 */
import { displayNames, overloadErrors } from '../../sim/index.js';
import { REPORT_LANGUAGES } from '../../present/words/report-words.js';
import { validateSummaryWords } from '../../present/words/validation-words.js';
import { choiceOption, parseArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_INVALID, EXIT_OK, InputError, UsageError } from '../errors.js';
import { formatValidationErrors, loadScenarioFile } from '../load-scenario.js';

const NAME = 'validate';

export const validateCommand: Command = {
  name: NAME,
  summary: 'check scenario files and report every problem with its JSON path',
  help: `Usage: lanesim validate <scenario.json> [more.json …] [options]

Checks each file: valid JSON, the scenario format version, types and ranges, unknown keys,
references to stations and classes, probabilities summing to 1, a way to the exit from
every station, and that no station's offered load reaches 1. Prints "ok" per valid file
and each problem as  file: json.path: what was expected.

Options:
  --allow-overload   do not report stations whose offered load is ≥ 1
  --lang L           language of the messages: en (default) or zh-CN
  -h, --help         show this help

Examples:
  lanesim validate scenarios/*.json
  lanesim validate my-lane.json && lanesim run my-lane.json
  lanesim validate my-lane.json --lang zh-CN

Exit codes: 0 all valid, 1 some file invalid, 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(argv, [{ name: 'allow-overload', flag: true }, { name: 'lang' }], NAME);
    const lang = choiceOption(args, 'lang', REPORT_LANGUAGES, 'en', NAME);
    const words = validateSummaryWords(lang);
    if (args.positionals.length === 0) throw new UsageError('missing the scenario file(s) to validate', NAME);
    let failed = 0;
    for (const file of args.positionals) {
      try {
        const { scenario } = await loadScenarioFile(file, io.cwd, lang);
        const overloaded = args.options.has('allow-overload') ? [] : overloadErrors(scenario);
        if (overloaded.length > 0) throw new InputError(formatValidationErrors(file, overloaded, lang));
        io.stdout.write(`ok  ${file}  ${words.ok(displayNames(scenario, lang).scenario, scenario.stations.length, scenario.classes.length)}\n`);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        failed++;
        io.stderr.write(e.message + '\n');
      }
    }
    if (failed > 0 && args.positionals.length > 1) io.stderr.write(`${words.failed(failed, args.positionals.length)}\n`);
    return failed > 0 ? EXIT_INVALID : EXIT_OK;
  },
};
