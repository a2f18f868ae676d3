/**
 * Rebuilds a replay's trace off the UI thread (the UI never runs the model): replication 0
 * of the scenario with the given seed, recorded, sent back with its columns transferred.
 */
import { rebuildTrace } from '../../sim/replay/index.js';
import type { TraceRequest, TraceAnswer } from './trace-messages.js';

self.onmessage = (e: MessageEvent<TraceRequest>) => {
  const { scenario, seed, recordVisits } = e.data;
  let answer: TraceAnswer;
  try {
    const { log } = rebuildTrace(scenario, seed, recordVisits);
    answer = { ok: true, log };
    const p = log.passengers;
    const v = log.visits;
    const buffers = [p.classIndex, p.bags, p.entry, p.exit, p.source, v.passenger, v.station, v.arrive, v.start, v.end, v.alarm, v.server].map((a) => a.buffer as ArrayBuffer);
    (self as unknown as Worker).postMessage(answer, buffers);
  } catch (err) {
    answer = { ok: false, message: err instanceof Error ? err.message : String(err) };
    (self as unknown as Worker).postMessage(answer);
  }
};
