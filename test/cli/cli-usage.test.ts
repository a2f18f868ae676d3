/** Help on every command and usage errors (exit 2), through the real command. */
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../cli/commands/index.js';
import { ensureBuilt, lanesim, STACK_LINE } from './helpers.js';

beforeAll(ensureBuilt);

describe('lanesim help', () => {
  it('prints the overview with every command', () => {
    const r = lanesim(['--help']);
    expect(r.code).toBe(0);
    for (const c of [...commands.map((c) => c.name), 'help']) expect(r.stdout).toContain(`  ${c}`);
  });

  it.each(commands.map((c) => c.name))('%s --help shows usage and examples', (name) => {
    const r = lanesim([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: lanesim ${name}`);
    expect(r.stdout).toContain('Examples:');
    expect(lanesim(['help', name]).stdout).toBe(r.stdout);
  });

  it('without a command prints the overview on stderr and exits 2', () => {
    const r = lanesim([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: lanesim <command>');
  });
});

describe('usage errors exit 2 with a pointer to --help', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['unknown option', ['run', 'scenarios/heihe-road-port.json', '--replicatoins', '3'], /unknown option --replicatoins \(did you mean --replications\?\)/],
    ['missing scenario', ['run'], /missing the scenario file/],
    ['two scenarios for run', ['run', 'a.json', 'b.json'], /too many arguments: b\.json/],
    ['replications not a number', ['run', 'scenarios/heihe-road-port.json', '-r', 'ten'], /--replications: expected a whole number from 1 to 10,000, got "ten"/],
    ['replications zero', ['run', 'scenarios/heihe-road-port.json', '--replications=0'], /--replications: expected a whole number/],
    ['negative seed', ['run', 'scenarios/heihe-road-port.json', '--seed', '-1'], /--seed: expected a whole number from 0/],
    ['unknown format', ['run', 'scenarios/heihe-road-port.json', '--format', 'xml'], /--format: expected one of table, json, csv, got "xml"/],
    ['option without value', ['run', 'scenarios/heihe-road-port.json', '--seed'], /--seed needs a value/],
    ['compare one file', ['compare', 'scenarios/heihe-road-port.json'], /at least two scenario files/],
    ['validate nothing', ['validate'], /missing the scenario file/],
    ['bench positional', ['bench', 'x'], /too many arguments/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const r = lanesim(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/--help/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
  });
});

describe('version', () => {
  it('prints the engine version', () => {
    const r = lanesim(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^lanesim \S+\n$/);
  });
});

describe('bench', () => {
  it('prints the engine report, and the report as JSON with --format json', () => {
    const table = lanesim(['bench', '--passengers', '20000']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/events\/s/);
    const json = lanesim(['bench', '-p', '20000', '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { passengers: number; eventsPerSecond: number; ratio: number };
    expect(report.passengers).toBeGreaterThan(19_000);
    expect(report.eventsPerSecond).toBeGreaterThan(0);
    expect(report.ratio).toBeGreaterThan(0);
  });
});
