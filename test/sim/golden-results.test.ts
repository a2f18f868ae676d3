/**
 * Golden results: every bundled scenario, and a few lanes that reach what the bundled ones do
 * not (a warm-up, staffing that changes over the day, departing flights, alarms per bag, routes
 * by class, the benchmark lane), run with fixed seeds and a few replications, must give the
 * same result bit for bit as when the hashes were recorded — the contract that speed work
 * on the loop and the collectors (issue 12) keeps. The hash is SHA-256 of the result JSON
 * without `wallMs` and `engine`, and of the recorded run log where one is recorded.
 *
 * A change that is meant to change results records new hashes with
 * `LANESIM_UPDATE_GOLDEN=1 npx vitest run test/sim/golden-results.test.ts` and says why in
 * its commit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { runDetailed, validateScenario, type RunOptions, type Scenario } from '../../sim/index.js';
import { benchScenario } from '../../bench/engine-bench.js';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./golden-results.json', import.meta.url));
const update = process.env.LANESIM_UPDATE_GOLDEN === '1';
const stored: Record<string, string> = update
  ? {}
  : (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>);
const recorded: Record<string, string> = {};

function valid(doc: unknown): Scenario {
  const v = validateScenario(doc);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

/** JSON with typed arrays as arrays and non-finite numbers named (JSON would write null). */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) => {
    if (ArrayBuffer.isView(v) && !(v instanceof DataView))
      return Array.from(v as unknown as ArrayLike<number>);
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
}

function digest(scenario: Scenario, options: RunOptions): string {
  const { result, log } = runDetailed(scenario, options);
  // The wall time differs every run; the engine version is a label, not a result.
  const { wallMs: _wallMs, engine: _engine, ...rest } = result;
  const h = createHash('sha256').update(canonical(rest));
  if (log) h.update(canonical(log));
  return h.digest('hex');
}

/** Features the bundled scenarios leave out: warm-up, staffing steps, per-bag alarms, class routes with a share, a secondary station. */
const featureLane = valid({
  format: 'lanesim/scenario@1',
  name: 'golden: features',
  horizon: { arrivalsSeconds: 3 * 3600, warmupSeconds: 1800 },
  classes: [
    {
      id: 'citizen',
      share: 0.6,
      bags: [
        { count: 0, probability: 0.3 },
        { count: 1, probability: 0.5 },
        { count: 2, probability: 0.2 },
      ],
    },
    { id: 'foreign', share: 0.4, bags: [{ count: 1, probability: 1 }] },
  ],
  arrivals: [
    {
      kind: 'poisson',
      schedule: [
        { fromSeconds: 0, ratePerHour: 200 },
        { fromSeconds: 3600, ratePerHour: 420 },
        { fromSeconds: 7200, ratePerHour: 150 },
      ],
    },
    {
      kind: 'flights',
      flights: [
        {
          id: 'CZ1',
          atSeconds: 2400,
          passengers: 180,
          deplanePerMinute: 30,
          walk: { dist: 'uniform', min: 60, max: 240 },
        },
      ],
    },
  ],
  entry: 'triage',
  stations: [
    {
      id: 'triage',
      mode: 'queue',
      servers: 2,
      service: { dist: 'triangular', min: 2, mode: 4, max: 9 },
      next: [
        { to: 'egate', classes: ['citizen'], share: 0.8 },
        { to: 'desk', classes: ['citizen', 'foreign'] },
      ],
    },
    { id: 'egate', mode: 'queue', servers: 4, service: { dist: 'gamma', mean: 18, cv: 0.6 }, next: 'xray' },
    {
      id: 'desk',
      mode: 'queue',
      servers: [
        { fromSeconds: 0, servers: 3 },
        { fromSeconds: 3000, servers: 6 },
        { fromSeconds: 8000, servers: 2 },
      ],
      service: { dist: 'lognormal', mean: 50, cv: 0.7 },
      serviceByClass: { citizen: { dist: 'normal', mean: 35, sd: 10 } },
      next: 'xray',
      alarms: [{ check: 'desk', probability: 0.03, to: 'office' }],
    },
    { id: 'office', mode: 'queue', servers: 1, service: { dist: 'erlang', mean: 150, k: 3 }, next: 'xray' },
    {
      id: 'xray',
      mode: 'queue',
      servers: 3,
      service: { dist: 'uniform', min: 5, max: 12 },
      perBag: { dist: 'constant', value: 4 },
      next: 'walkway',
      walk: { dist: 'uniform', min: 10, max: 30 },
      alarms: [{ check: 'xray', probability: 0.04, to: 'bagcheck', per: 'bag' }],
    },
    {
      id: 'bagcheck',
      mode: 'queue',
      servers: 1,
      service: { dist: 'exponential', mean: 60 },
      next: 'walkway',
    },
    { id: 'walkway', mode: 'delay', service: { dist: 'empirical', values: [5, 8, 13, 21] }, next: 'exit' },
  ],
});

/** Departing flights on an exit lane (show-up profiles, cut-offs). */
const departuresLane = valid({
  format: 'lanesim/scenario@1',
  name: 'golden: departures',
  startTime: '05:00',
  horizon: { arrivalsUntil: '12:00' },
  classes: [
    { id: 'citizen', share: 0.6 },
    { id: 'crew', share: 0.4 },
  ],
  arrivals: [
    {
      kind: 'departures',
      id: 'dep',
      closeBeforeSeconds: 2700,
      showUpByClass: { crew: { dist: 'uniform', min: 4500, max: 5400 } },
      flights: [
        { id: 'CZ6079', std: '08:40', passengers: 170 },
        { id: 'HU7917', std: '10:30', passengers: 208, closeBeforeSeconds: 3600 },
      ],
    },
  ],
  entry: 'border',
  stations: [
    { id: 'border', mode: 'queue', servers: 4, service: { dist: 'exponential', mean: 40 }, next: 'exit' },
  ],
});

interface Case {
  name: string;
  scenario: () => Scenario;
  options: RunOptions;
}

const bundledFiles = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.json'))
  .sort();
const cases: Case[] = [
  ...bundledFiles.flatMap((file): Case[] => {
    const scenario = () => valid(JSON.parse(readFileSync(SCENARIOS + file, 'utf8')));
    return [
      { name: `${file} seed 1`, scenario, options: { seed: 1, replications: 2 } },
      {
        name: `${file} seed 7, replication 0 recorded`,
        scenario,
        options: { seed: 7, replications: 2, recordVisits: 200_000 },
      },
    ];
  }),
  { name: 'features lane seed 3', scenario: () => featureLane, options: { seed: 3, replications: 3 } },
  {
    name: 'features lane seed 11, recorded',
    scenario: () => featureLane,
    options: { seed: 11, replications: 2, recordVisits: 200_000 },
  },
  { name: 'departures lane seed 5', scenario: () => departuresLane, options: { seed: 5, replications: 3 } },
  {
    name: 'benchmark lane, 20,000 passengers',
    scenario: () => benchScenario(20_000),
    options: { seed: 1, replications: 2 },
  },
];

describe('golden results (bit-identical)', () => {
  for (const c of cases) {
    test(c.name, () => {
      const hash = digest(c.scenario(), c.options);
      recorded[c.name] = hash;
      if (!update) expect(hash, `${c.name}: the result changed`).toBe(stored[c.name]);
    });
  }

  test('every stored case is still run', () => {
    if (!update) expect(Object.keys(stored).sort()).toEqual(cases.map((c) => c.name).sort());
  });

  afterAll(() => {
    if (update) writeFileSync(GOLDEN, JSON.stringify(recorded, null, 2) + '\n');
  });
});
