/**
 * Asks a fresh worker to rebuild a trace; the worker ends when it has answered, and a
 * newer request cancels an older one by terminating its worker.
 */
import type { RunLog } from '../../sim/index.js';
import type { TraceAnswer, TraceRequest } from './trace-messages.js';

export interface TraceJob {
  result: Promise<RunLog>;
  cancel(): void;
}

/** Starts the rebuild in a module worker. */
export function loadTrace(request: TraceRequest): TraceJob {
  const worker = new Worker(new URL('./trace-worker.ts', import.meta.url), { type: 'module' });
  let settle: ((e: Error) => void) | null = null;
  const result = new Promise<RunLog>((resolve, reject) => {
    settle = reject;
    worker.onmessage = (e: MessageEvent<TraceAnswer>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.log);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the trace worker failed'));
    };
    worker.postMessage(request);
  });
  return {
    result,
    cancel() {
      worker.terminate();
      settle?.(new Error('cancelled'));
    },
  };
}
