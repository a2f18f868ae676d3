/**
 * Argument parsing shared by every command: `--name value`, `--name=value`, boolean flags
 * and positionals, with typed accessors that turn a malformed value into a usage error
 * (exit 2) naming the option and what it expects. Deliberately small: each command
 * declares its options, and anything undeclared is an error, not silently ignored.
 */
import { UsageError } from './errors.js';
import { parseDuration } from '../sim/index.js';

export interface OptionSpec {
  name: string;
  /** A flag takes no value. */
  flag?: boolean;
  /** One-letter alias, without the dash. */
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  /** Option values by name; flags map to "true". Repeated options keep the last value. */
  options: Map<string, string>;
}

/** The options every command accepts. */
export const COMMON_OPTIONS: OptionSpec[] = [{ name: 'help', flag: true, short: 'h' }];

/** Parses `args` against the command's options; `--` ends options. */
export function parseArgs(args: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const all = [...COMMON_OPTIONS, ...specs];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short!, s]));
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      spec = byName.get(name);
      if (!spec) throw new UsageError(`unknown option --${name}${suggest(name, all.map((s) => s.name))}`, command);
    } else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      spec = byShort.get(arg.slice(1));
      if (!spec) throw new UsageError(`unknown option ${arg}`, command);
    } else {
      positionals.push(arg);
      continue;
    }
    if (spec.flag) {
      if (inline !== undefined) throw new UsageError(`--${spec.name} takes no value`, command);
      options.set(spec.name, 'true');
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${spec.name} needs a value`, command);
    }
    options.set(spec.name, value);
  }
  return { positionals, options };
}

function suggest(name: string, names: string[]): string {
  const close = names.find((n) => n.startsWith(name.slice(0, 3)) || name.startsWith(n.slice(0, 3)));
  return close ? ` (did you mean --${close}?)` : '';
}

/** A whole number option within bounds, or `fallback` when absent. */
export function intOption(args: ParsedArgs, name: string, min: number, max: number, command: string): number | undefined {
  const raw = args.options.get(name);
  if (raw === undefined) return undefined;
  const v = Number(raw);
  if (!/^\s*-?\d+\s*$/.test(raw) || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new UsageError(`--${name}: expected a whole number from ${min} to ${max.toLocaleString('en')}, got "${raw}"`, command);
  }
  return v;
}

/** One of a fixed set of words. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T, command: string): T {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name}: expected one of ${choices.join(', ')}, got "${raw}"`, command);
  }
  return raw as T;
}

/** A comma-separated list of finite numbers, e.g. `--values 2,4,6`. */
export function numberListOption(args: ParsedArgs, name: string, command: string): number[] | undefined {
  const raw = args.options.get(name);
  if (raw === undefined) return undefined;
  const parts = raw.split(',').map((s) => s.trim());
  const values = parts.map(Number);
  if (parts.length === 0 || parts.some((p) => p === '') || values.some((v) => !Number.isFinite(v))) {
    throw new UsageError(`--${name}: expected a comma-separated list of numbers such as 2,4,6, got "${raw}"`, command);
  }
  return values;
}

/**
 * A duration option as people type it ("90s", "15min", "1h30", or seconds), through the
 * core's parser so the editor and the command line read the same text the same way.
 */
export function durationOption(args: ParsedArgs, name: string, min: number, max: number, command: string): number | undefined {
  const raw = args.options.get(name);
  if (raw === undefined) return undefined;
  const v = parseDuration(raw);
  if (typeof v === 'string') throw new UsageError(`--${name}: ${v}`, command);
  if (v < min || v > max) throw new UsageError(`--${name}: expected a duration from ${min} s to ${max.toLocaleString('en')} s, got "${raw}" (${v} s)`, command);
  return v;
}

/** A string option, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name);
}

/** Requires between `min` and `max` positional arguments. */
export function expectPositionals(args: ParsedArgs, min: number, max: number, what: string, command: string): string[] {
  const n = args.positionals.length;
  if (n < min) throw new UsageError(`missing ${what}`, command);
  if (n > max) throw new UsageError(`too many arguments: ${args.positionals.slice(max).join(' ')}`, command);
  return args.positionals;
}
