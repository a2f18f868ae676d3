/**
 * `lanesim consolidate`: derives a consolidated lane from a classic one — stations on one
 * path merged into one checkpoint (一次过检, 一关两检, a walk-through corridor), checked-bag
 * screening moved onto the baggage system (一机双屏, 先期机检) — with the merge recorded in
 * `mergedFrom`. The work is sim/scenario/consolidate.ts; this is the command-line edge.
 */
import { consolidate, ConsolidateError, laneStructure, type Distribution, type Scenario } from '../../sim/index.js';
import { distributionSchema } from '../../sim/scenario/distribution-schema.js';
import { structureDeltaText, structureText } from '../../present/insight/consolidation-text.js';
import { expectPositionals, intOption, parseArgs, stringOption, type ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, InputError, UsageError } from '../errors.js';
import { loadScenarioFile } from '../load-scenario.js';
import { writeScenarioOutput } from '../scenario-output.js';

const NAME = 'consolidate';

export const consolidateCommand: Command = {
  name: NAME,
  summary: 'merge stations on one path into one checkpoint (derives the consolidated lane)',
  help: `Usage: lanesim consolidate <lane.json> --stations a,b[,c…] --into <id> [options]

Merges stations that follow each other on the passengers' path into one checkpoint: its
checks are all the stations' checks, alarms keep their checks and targets, routing around
the merged stations is rewired (secondary stations that resumed inside the merged run
resume after it), service times combine by the rule, per-bag times are kept, and the
merged station records what it was made of ("mergedFrom"; lanesim split undoes it).
Refused, with the reason, when the stations are not one run of one path or when rewiring
would change where a passenger goes.

Options:
      --stations a,b       the stations to merge (any order; they must follow each other)
      --into ID            id of the merged station
      --service RULE       sum (default: checks one after another), max (checks at the same
                           time: the slowest decides), or the merged station's own
                           distribution as JSON, e.g. '{"dist":"lognormal","mean":26,"cv":0.5}',
                           or a number of seconds (constant)
      --servers N          servers of the merged station (default: the parts' servers)
      --label TEXT         display name (default: the parts' names joined by " + ")
      --baggage-system a   checked-bag screening stations to take off the passenger's path:
                           their bags are screened in the baggage system (一机双屏, 先期机检)
                           and their alarms call the passenger to the merged station
  -o, --out FILE           write the lane there (default: print it)
  -h, --help               show this help

Prints the structure before and after (inspection steps and queues on the main path).

Examples:
  lanesim consolidate scenarios/harbin-t1-exit-classic.json --stations customs-carryon,security \\
      --baggage-system customs-checked --into joint-check --service max -o merged.json
  lanesim consolidate lane.json --stations temperature,radiation --into corridor --service sum

Exit codes: 0 ok, 1 invalid lane or a merge that is refused, 2 usage.
`,
  async run(argv, io) {
    const args = parseArgs(
      argv,
      [{ name: 'stations' }, { name: 'into' }, { name: 'service' }, { name: 'servers' }, { name: 'label' }, { name: 'baggage-system' }, { name: 'out', short: 'o' }],
      NAME,
    );
    const [file] = expectPositionals(args, 1, 1, 'the lane file (lanesim consolidate <lane.json> --stations a,b --into id)', NAME);
    const stations = idList(args, 'stations') ?? [];
    const into = stringOption(args, 'into');
    if (stations.length === 0) throw new UsageError('missing --stations a,b (the stations to merge)', NAME);
    if (!into) throw new UsageError('missing --into ID (the merged station\'s id)', NAME);
    const service = serviceOption(args);
    const servers = intOption(args, 'servers', 1, 1000, NAME);
    const loaded = await loadScenarioFile(file, io.cwd);
    let merged: Scenario;
    let notes: string[];
    try {
      ({ scenario: merged, notes } = consolidate(loaded.scenario, {
        stations,
        into,
        service,
        servers,
        label: stringOption(args, 'label'),
        baggageSystem: idList(args, 'baggage-system'),
      }));
    } catch (e) {
      if (e instanceof ConsolidateError) throw new InputError(`${file}: cannot merge: ${e.message}`);
      throw e;
    }
    merged = { ...merged, name: `${loaded.scenario.name} — consolidated (${into})`.slice(0, 200) };
    for (const n of notes) io.stderr.write(`note: ${n}\n`);
    const before = laneStructure(loaded.scenario);
    const after = laneStructure(merged);
    io.stderr.write(`structure: ${structureText(before, 'en')} → ${structureText(after, 'en')} (${structureDeltaText({ steps: after.steps - before.steps, queues: after.queues - before.queues }, 'en')})\n`);
    await writeScenarioOutput(merged, stringOption(args, 'out'), io);
    return EXIT_OK;
  },
};

function idList(args: ParsedArgs, name: string): string[] | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const ids = raw.split(',').map((s) => s.trim());
  if (ids.some((s) => s === '')) throw new UsageError(`--${name}: expected a comma-separated list of station ids such as a,b, got "${raw}"`, NAME);
  return ids;
}

function serviceOption(args: ParsedArgs): 'sum' | 'max' | Distribution | undefined {
  const raw = stringOption(args, 'service');
  if (raw === undefined || raw === 'sum' || raw === 'max') return raw;
  if (/^\s*\d+(\.\d+)?\s*$/.test(raw)) return { dist: 'constant', value: Number(raw) };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(`--service: expected sum, max, a number of seconds or a distribution as JSON such as {"dist":"lognormal","mean":26,"cv":0.5}, got "${raw}"`, NAME);
  }
  const parsed = distributionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--service: ${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}; expected a distribution such as {"dist":"lognormal","mean":26,"cv":0.5}`, NAME);
  }
  return parsed.data;
}
