/**
 * `lanesim split`: the reverse of consolidate — a merged station back into the stations it
 * was made of, from its `mergedFrom` record (sim/scenario/split.ts).
 */
import { ConsolidateError, laneStructure, split, type Scenario } from '../../sim/index.js';
import { structureDeltaText, structureText } from '../../present/insight/consolidation-text.js';
import { expectPositionals, parseArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, InputError, UsageError } from '../errors.js';
import { loadScenarioFile } from '../load-scenario.js';
import { writeScenarioOutput } from '../scenario-output.js';

const NAME = 'split';

export const splitCommand: Command = {
  name: NAME,
  summary: 'split a merged station back into the stations it was made of',
  help: `Usage: lanesim split <lane.json> --station <id> [-o out.json]

Restores the stations a merged station was made of (recorded in its "mergedFrom" by
lanesim consolidate): their checks, times, alarms and routing as they were, and the
routes the merge rewired. Refused when the station was not made by a merge, or when the
lane has changed so that the parts no longer fit (an id reused, a rewired station gone).

Options:
      --station ID   the merged station
  -o, --out FILE     write the lane there (default: print it)
  -h, --help         show this help

Examples:
  lanesim split merged.json --station joint-check -o classic-again.json

Exit codes: 0 ok, 1 invalid lane or a split that is not defined, 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(argv, [{ name: 'station' }, { name: 'out', short: 'o' }], NAME);
    const [file] = expectPositionals(args, 1, 1, 'the lane file (lanesim split <lane.json> --station id)', NAME);
    const id = stringOption(args, 'station');
    if (!id) throw new UsageError('missing --station ID (the merged station to split)', NAME);
    const loaded = await loadScenarioFile(file, io.cwd);
    let out: Scenario;
    try {
      const r = split(loaded.scenario, id);
      out = r.scenario;
      for (const n of r.notes) io.stderr.write(`note: ${n}\n`);
    } catch (e) {
      if (e instanceof ConsolidateError) throw new InputError(`${file}: cannot split: ${e.message}`);
      throw e;
    }
    const before = laneStructure(loaded.scenario);
    const after = laneStructure(out);
    io.stderr.write(`structure: ${structureText(before, 'en')} → ${structureText(after, 'en')} (${structureDeltaText({ steps: after.steps - before.steps, queues: after.queues - before.queues }, 'en')})\n`);
    await writeScenarioOutput(out, stringOption(args, 'out'), io);
    return EXIT_OK;
  },
};
