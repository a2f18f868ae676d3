/**
 * Rebuilding a replay's trace from its scenario and seed: replication 0 of the run a
 * planner would get with the same seed, recorded. Deterministic (seeded streams only), so
 * a replay file needs no stored trace to show the same story everywhere.
 */
import { prepareRun, runRecorded } from '../run.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { SimulationError } from '../simulation-error.js';
import type { RunLog } from '../stats/result-types.js';
import type { BlockStats } from '../stats/block-stats.js';

export interface RebuiltTrace {
  log: RunLog;
  /** Replication 0's own statistics: the figures the replay must agree with. */
  stats: BlockStats;
}

/** Runs replication 0 with the log on; overloaded lanes replay too (that is what trainers show). */
export function rebuildTrace(scenario: Scenario, seed: number, recordVisits: number, signal?: AbortSignal): RebuiltTrace {
  const prepared = prepareRun(scenario, { seed, replications: 1, recordVisits, allowOverload: true, signal });
  const { block, log } = runRecorded(prepared, 0, signal);
  if (!log) throw new SimulationError('invalid', 'recordVisits: expected a number ≥ 1 so the run is recorded');
  return { log, stats: block };
}
