/**
 * Options shared by the commands that run scenarios (run, compare, sweep): replications,
 * seed, output format, overload. Declared once so every command spells and checks them
 * the same way.
 */
import { DEFAULT_REPLICATIONS, MAX_REPLICATIONS } from '../sim/index.js';
import { choiceOption, intOption, type OptionSpec, type ParsedArgs } from './args.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const RUN_OPTIONS: OptionSpec[] = [
  { name: 'replications', short: 'r' },
  { name: 'seed', short: 's' },
  { name: 'format', short: 'f' },
  { name: 'allow-overload', flag: true },
];

export interface RunSettings {
  replications: number;
  /** Undefined: the scenario's own seed (or 1). */
  seed: number | undefined;
  format: OutputFormat;
  allowOverload: boolean;
}

export function runSettings(args: ParsedArgs, command: string): RunSettings {
  return {
    replications: intOption(args, 'replications', 1, MAX_REPLICATIONS, command) ?? DEFAULT_REPLICATIONS,
    seed: intOption(args, 'seed', 0, 2 ** 32 - 1, command),
    format: choiceOption(args, 'format', OUTPUT_FORMATS, 'table', command),
    allowOverload: args.options.has('allow-overload'),
  };
}

/** Help text lines for the shared options. */
export const RUN_OPTIONS_HELP = `  -r, --replications N   independent replications (default ${DEFAULT_REPLICATIONS}, at most ${MAX_REPLICATIONS.toLocaleString('en')})
  -s, --seed S           seed of every random stream (default: the scenario's "seed", else 1)
  -f, --format F         table (default), json or csv
      --allow-overload   run even if a station's offered load is ≥ 1 (its queue grows all day)`;
