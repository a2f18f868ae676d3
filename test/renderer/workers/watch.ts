/**
 * Watching a worker protocol from the calling thread's side: every message that reaches it
 * over an endpoint, and the BlockStats (merged partials) inside them.
 */
import type * as Comlink from 'comlink';
import { BLOCK_FORMAT, type BlockStats } from '../../../sim/index.js';

type Listener = Parameters<Comlink.Endpoint['addEventListener']>[1];

/** The endpoint, with every message arriving on it pushed to `seen` first. */
export function watchedEndpoint(endpoint: Comlink.Endpoint, seen: unknown[]): Comlink.Endpoint {
  const wrappers = new Map<Listener, Listener>();
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => endpoint.postMessage(message, transfer),
    addEventListener(type: string, listener: Listener, options?: object) {
      const wrapped: Listener = (ev: Event) => {
        seen.push((ev as MessageEvent).data);
        if (typeof listener === 'function') listener(ev);
        else listener.handleEvent(ev);
      };
      wrappers.set(listener, wrapped);
      endpoint.addEventListener(type, wrapped, options);
    },
    removeEventListener(type: string, listener: Listener, options?: object) {
      endpoint.removeEventListener(type, wrappers.get(listener) ?? listener, options);
      wrappers.delete(listener);
    },
  };
}

/** Every BlockStats inside the messages (however deep). */
export function blocksIn(messages: readonly unknown[]): BlockStats[] {
  const out: BlockStats[] = [];
  const walk = (x: unknown, depth: number) => {
    if (depth > 6 || x === null || typeof x !== 'object') return;
    if ((x as { format?: unknown }).format === BLOCK_FORMAT) {
      out.push(x as BlockStats);
      return;
    }
    for (const v of Array.isArray(x) ? x : Object.values(x)) walk(v, depth + 1);
  };
  for (const m of messages) walk(m, 0);
  return out;
}
