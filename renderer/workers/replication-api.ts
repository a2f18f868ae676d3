/**
 * What a simulation worker does, separated from the `self` wiring so tests can serve it over
 * a MessageChannel: prepare the run (compile the scenario), run the replications it is
 * handed, and — in one worker — summarise them. Errors come back as data with the core's
 * code, because an Error crossing a worker boundary loses its fields.
 */
import * as Comlink from 'comlink';
import { finishRun, prepareRun, runReplication, SimulationError, type PreparedRun, type ReplicationStats, type RunResult, type Scenario, type SimulationErrorCode } from '../../sim/index.js';

export interface WorkerRunOptions {
  seed: number;
  replications: number;
  allowOverload?: boolean;
  intervalSeconds?: number;
}

export interface WorkerFailure {
  ok: false;
  code: string;
  message: string;
  /** For 'unstable': the stations whose offered load is ≥ 1. */
  stations: string[];
}

export type WorkerAnswer<T> = { ok: true; value: T } | WorkerFailure;

const KNOWN_CODES: readonly string[] = ['invalid', 'unstable', 'budget', 'cancelled'];

/** The value of an answer, or the core's SimulationError rebuilt on this side of the boundary. */
export function unwrapAnswer<T>(answer: WorkerAnswer<T>): T {
  if (answer.ok) return answer.value;
  const code = (KNOWN_CODES.includes(answer.code) ? answer.code : 'invalid') as SimulationErrorCode;
  throw new SimulationError(code, answer.message, answer.stations);
}

function failure(e: unknown): WorkerFailure {
  if (e instanceof SimulationError) return { ok: false, code: e.code, message: e.message, stations: e.stations };
  return { ok: false, code: 'internal', message: e instanceof Error ? e.message : String(e), stations: [] };
}

/** The typed-array buffers of a replication, handed over without copying. */
export function transferables(stats: ReplicationStats): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView) => {
    if (a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  add(stats.clearance);
  add(stats.clearanceClass);
  for (const s of stats.stations) add(s.waits);
  for (const q of stats.series.queue) add(q);
  for (const b of stats.series.busy) add(b);
  for (const b of stats.series.available) add(b);
  add(stats.series.inLane);
  add(stats.series.exits);
  add(stats.series.arrivals);
  return [...out];
}

export function createReplicationApi() {
  let prepared: PreparedRun | null = null;
  const need = (): PreparedRun => {
    if (!prepared) throw new SimulationError('invalid', 'The worker was not prepared.');
    return prepared;
  };
  return {
    prepare(scenario: Scenario, options: WorkerRunOptions): WorkerAnswer<{ seed: number; replications: number }> {
      try {
        prepared = prepareRun(scenario, options);
        return { ok: true, value: { seed: prepared.seed, replications: prepared.replications } };
      } catch (e) {
        return failure(e);
      }
    },
    runReplication(r: number): WorkerAnswer<ReplicationStats> {
      try {
        const stats = runReplication(need(), r);
        return Comlink.transfer({ ok: true as const, value: stats }, transferables(stats));
      } catch (e) {
        return failure(e);
      }
    },
    finish(reps: ReplicationStats[], wallMs: number): WorkerAnswer<RunResult> {
      try {
        return { ok: true, value: finishRun(need(), reps, wallMs) };
      } catch (e) {
        return failure(e);
      }
    },
  };
}

export type ReplicationApi = ReturnType<typeof createReplicationApi>;
