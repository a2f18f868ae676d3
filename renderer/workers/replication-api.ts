/**
 * What a simulation worker does, separated from the `self` wiring so tests can serve it over
 * a MessageChannel: prepare the run (compile the scenario), run the blocks of replications
 * it is handed (keeping their statistics here), hand back ONE merged partial (`BlockStats`:
 * histograms and per-replication figures, no per-passenger arrays), and — in one worker —
 * summarise the partials. Errors come back as data with the core's code, because an Error
 * crossing a worker boundary loses its fields.
 */
import {
  finishRun,
  mergeBlocks,
  prepareRun,
  runBlock,
  SimulationError,
  type BlockStats,
  type PreparedRun,
  type RunResult,
  type Scenario,
  type SimulationErrorCode,
} from '../../sim/index.js';

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

/** Longest time between two progress messages from a worker. */
export const PROGRESS_MS = 100;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export function createReplicationApi() {
  let prepared: PreparedRun | null = null;
  let blocks: BlockStats[] = [];
  const need = (): PreparedRun => {
    if (!prepared) throw new SimulationError('invalid', 'The worker was not prepared.');
    return prepared;
  };
  return {
    prepare(scenario: Scenario, options: WorkerRunOptions): WorkerAnswer<{ seed: number; replications: number }> {
      try {
        prepared = prepareRun(scenario, options);
        blocks = [];
        return { ok: true, value: { seed: prepared.seed, replications: prepared.replications } };
      } catch (e) {
        return failure(e);
      }
    },
    /**
     * Runs replications first … first + count − 1 and keeps their statistics here. Progress
     * goes out as replications done since the last report, at most every PROGRESS_MS and at
     * the block's end: one message per replication would flood the UI thread with renders.
     */
    runBlock(first: number, count: number, onProgress?: (replications: number) => void): WorkerAnswer<true> {
      try {
        let reported = 0;
        let last = now();
        const onReplication = (done: number) => {
          const t = now();
          if (done === count || t - last >= PROGRESS_MS) {
            onProgress?.(done - reported);
            reported = done;
            last = t;
          }
        };
        blocks.push(runBlock(need(), first, count, { onReplication }));
        return { ok: true, value: true };
      } catch (e) {
        return failure(e);
      }
    },
    /** This worker's blocks merged into one partial (null when it ran none), then forgotten. */
    partial(): WorkerAnswer<BlockStats | null> {
      try {
        const value = blocks.length ? mergeBlocks(blocks) : null;
        blocks = [];
        return { ok: true, value };
      } catch (e) {
        return failure(e);
      }
    },
    finish(partials: BlockStats[], wallMs: number): WorkerAnswer<RunResult> {
      try {
        return { ok: true, value: finishRun(need(), partials, wallMs) };
      } catch (e) {
        return failure(e);
      }
    },
  };
}

export type ReplicationApi = ReturnType<typeof createReplicationApi>;
