/**
 * What a sweep worker does, apart from the `self` wiring so tests can serve it over a
 * MessageChannel. For sweeps it holds the prepared run of each point it is working on
 * (a point is prepared once per worker, then any of its replications can run there), and
 * summarises a point with `finishRun` — so each point's result is exactly `run()`'s. For
 * the capacity planner it runs `planCapacity` whole (its search is sequential: each step
 * depends on the last), reporting progress through a callback. Errors come back as data
 * with the core's code, as in the replication worker.
 */
import {
  finishRun,
  planCapacity,
  planStaffing,
  prepareRun,
  runBlock,
  SimulationError,
  type PlanProgress,
  type PlanResult,
  type PlanSpec,
  type BlockStats,
  type PreparedRun,
  type RunResult,
  type Scenario,
  type StaffingResult,
  type StaffingSpec,
} from '../../sim/index.js';
import type { WorkerAnswer, WorkerFailure } from '../workers/replication-api.js';

export interface PointRunOptions {
  seed: number;
  replications: number;
}

export interface WorkerStaffOptions {
  seed: number;
  replications: number;
}

export interface StaffProgress {
  iteration: number;
  maxIterations: number;
  phase: 'up' | 'down' | 'final';
  missing: number;
}

export interface WorkerPlanOptions {
  seed: number;
  replications: number;
  maxReplications: number;
}

function failure(e: unknown): WorkerFailure {
  if (e instanceof SimulationError) return { ok: false, code: e.code, message: e.message, stations: e.stations };
  return { ok: false, code: 'internal', message: e instanceof Error ? e.message : String(e), stations: [] };
}

export function createSweepApi() {
  const prepared = new Map<number, PreparedRun>();
  const need = (point: number): PreparedRun => {
    const p = prepared.get(point);
    if (!p) throw new SimulationError('invalid', `The worker has not prepared point ${point}.`);
    return p;
  };
  return {
    /**
     * Prepares a point (compiles it, checks its load). Points are handed out in order, so
     * earlier points are done with here and their compiled lanes are dropped.
     */
    prepare(point: number, scenario: Scenario, options: PointRunOptions): WorkerAnswer<true> {
      for (const k of prepared.keys()) if (k < point) prepared.delete(k);
      try {
        prepared.set(point, prepareRun(scenario, options));
        return { ok: true, value: true };
      } catch (e) {
        return failure(e);
      }
    },
    /**
     * Replications first … first + count − 1 of a point: their statistics merged into ONE
     * block (histograms and per-replication figures, no per-passenger arrays): one message
     * per block, which is also the sweep's unit of progress.
     */
    runBlock(point: number, first: number, count: number): WorkerAnswer<BlockStats> {
      try {
        return { ok: true, value: runBlock(need(point), first, count) };
      } catch (e) {
        return failure(e);
      }
    },
    finish(point: number, blocks: BlockStats[], wallMs: number): WorkerAnswer<RunResult> {
      try {
        const result = finishRun(need(point), blocks, wallMs);
        prepared.delete(point);
        return { ok: true, value: result };
      } catch (e) {
        return failure(e);
      }
    },
    plan(scenario: Scenario, spec: PlanSpec, options: WorkerPlanOptions, onProgress?: (p: PlanProgress) => void): WorkerAnswer<PlanResult> {
      try {
        return { ok: true, value: planCapacity(scenario, spec, { ...options, onProgress, now: () => performance.now() }) };
      } catch (e) {
        return failure(e);
      }
    },
    /** Staff needed per interval (`planStaffing`, the core's pure-TS search), replications in this worker. */
    async staff(scenario: Scenario, spec: StaffingSpec, options: WorkerStaffOptions, onProgress?: (p: StaffProgress) => void): Promise<WorkerAnswer<StaffingResult>> {
      try {
        return { ok: true, value: await planStaffing(scenario, spec, { ...options, onProgress }) };
      } catch (e) {
        return failure(e);
      }
    },
  };
}

export type SweepApi = ReturnType<typeof createSweepApi>;
