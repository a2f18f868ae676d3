/**
 * What a simulation worker does, separated from the `self` wiring so tests can serve it over
 * a MessageChannel: prepare the run (compile the scenario), run the blocks of replications
 * it is handed (keeping their statistics here), send ONE merged partial (`BlockStats`:
 * histograms and per-replication figures, no per-passenger arrays) over a MessagePort
 * straight to the worker that summarises the run, which merges and summarises them. Errors come back as data with the core's code, because an Error
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

/** The one message a port will carry (a partial, or null), then the port is closed. */
function receiveOnce(port: MessagePort): Promise<BlockStats | null> {
  return new Promise((resolve) => {
    port.onmessage = (e: MessageEvent<BlockStats | null>) => {
      port.close();
      resolve(e.data);
    };
  });
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
    /**
     * Sends this worker's blocks, merged into one partial (null when it ran none), straight
     * to the worker that finishes the run, over `port`: the UI thread never receives or
     * copies a partial. Something is always sent, so the finishing worker never waits forever.
     */
    sendPartial(port: MessagePort): WorkerAnswer<true> {
      let value: BlockStats | null = null;
      try {
        value = blocks.length ? mergeBlocks(blocks) : null;
        blocks = [];
        return { ok: true, value: true };
      } catch (e) {
        return failure(e);
      } finally {
        port.postMessage(value);
      }
    },
    /**
     * Merges this worker's blocks with the partial arriving on each port (one per other
     * worker) and summarises the run: the result is `run()`'s, whatever the split.
     */
    async finishWith(ports: MessagePort[], wallMs: number): Promise<WorkerAnswer<RunResult>> {
      try {
        const received = await Promise.all(ports.map(receiveOnce));
        const own = blocks.length ? mergeBlocks(blocks) : null;
        blocks = [];
        const partials = [own, ...received].filter((p): p is BlockStats => p !== null);
        return { ok: true, value: finishRun(need(), partials, wallMs) };
      } catch (e) {
        return failure(e);
      }
    },
  };
}

export type ReplicationApi = ReturnType<typeof createReplicationApi>;
