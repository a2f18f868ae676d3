/**
 * Opens a picked file in a fresh worker (open-worker.ts), so the UI thread never parses,
 * validates or decodes it; `onPhase` hears what the worker is doing, `cancel()` terminates it
 * at once (the promise then rejects with "cancelled").
 */
import type { ReplayPhase } from '../../sim/replay/index.js';
import type { OpenAnswer, OpenMessage, OpenRequest } from './open-messages.js';

export interface OpenJob {
  result: Promise<OpenAnswer>;
  cancel(): void;
}

export function openInWorker(text: string, onPhase: (phase: ReplayPhase) => void): OpenJob {
  const worker = new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module' });
  let fail: ((e: Error) => void) | null = null;
  const result = new Promise<OpenAnswer>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (e: MessageEvent<OpenMessage>) => {
      if (e.data.type === 'phase') {
        onPhase(e.data.phase);
        return;
      }
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the worker opening the file failed'));
    };
    const request: OpenRequest = { text };
    worker.postMessage(request);
  });
  return {
    result,
    cancel() {
      worker.terminate();
      fail?.(new Error('cancelled'));
    },
  };
}
